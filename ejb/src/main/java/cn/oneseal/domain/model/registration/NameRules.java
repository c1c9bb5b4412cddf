package cn.oneseal.domain.model.registration;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The checks of enterprise name self-declaration (企业名称自主申报, docs/domain.md §6). Since names are no
 * longer pre-approved, these rules are what stands between an applicant and a name that misleads,
 * offends or collides with another company's; so {@link #check} reports <em>every</em> problem at
 * once, letting the applicant fix the name in one go instead of one refusal at a time.
 *
 * <p>Beyond the structure (division + trade name + industry + organisation form) they refuse what
 * registration would refuse later (《企业名称登记管理规定》 2020 and its 实施办法, ../shared/domain.md §6): a name
 * that starts with 中国, 中华, 中央, 全国 or 国家 (the State Council's approval, {@code
 * name.restrictedPrefix}); one of those words in the trade name, where only the industry term may
 * carry it ({@code name.tradeName.restrictedWord}); a well-known mark of the maintained list in the
 * trade name ({@code name.tradeName.wellKnownMark}); forbidden content by category; and a trade
 * name equal to one of the same industry in the area that is registered, reserved, or cancelled or
 * changed less than a year ago ({@code name.sameName}). Kept simple: the bracketed 「（中国）」 of a
 * foreign investor's subsidiary is not self-declarable here (its brackets are no Chinese
 * characters); the window handles it.
 *
 * <p>Pure: the word lists and the names already in the area are passed in, the time too. The
 * windows are calendar periods in the bureau's time zone, so "one year ago" means the same date and
 * time a year earlier (a leap day counts as a day, not as a fraction of a year).
 */
public final class NameRules {

  /** A trade name (字号) has at least two Chinese characters. */
  public static final int MIN_TRADE_NAME_LENGTH = 2;

  /** The register's column width; no real trade name comes near it. */
  public static final int MAX_TRADE_NAME_LENGTH = 64;

  public static final Period DEFAULT_SAME_NAME_WINDOW = Period.ofYears(1);
  public static final Period DEFAULT_RESERVATION_PERIOD = Period.ofMonths(2);
  public static final ZoneId BUREAU_ZONE = ZoneId.of("Asia/Shanghai");

  private static final Set<Character.UnicodeBlock> CJK_UNIFIED_IDEOGRAPHS =
      Set.of(
          Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS,
          Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A,
          Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_B,
          Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_C,
          Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_D,
          Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_E,
          Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_F);

  private final Period sameNameWindow;
  private final Period reservationPeriod;
  private final ZoneId zone;

  /**
   * @param sameNameWindow how long a cancelled or changed name still blocks its trade name
   * @param reservationPeriod how long a declared name is kept for its applicant
   */
  public NameRules(Period sameNameWindow, Period reservationPeriod, ZoneId zone) {
    this.sameNameWindow = Objects.requireNonNull(sameNameWindow);
    this.reservationPeriod = Objects.requireNonNull(reservationPeriod);
    this.zone = Objects.requireNonNull(zone);
  }

  /** One year after cancellation, two months of reservation, Beijing time. */
  public static NameRules standard() {
    return new NameRules(DEFAULT_SAME_NAME_WINDOW, DEFAULT_RESERVATION_PERIOD, BUREAU_ZONE);
  }

  /**
   * Every problem of the declared name; empty when it may be used.
   *
   * @param area the registration area the name is declared in (division code of the authority)
   * @param existing names of the register; those of other areas or with another trade name are
   *     ignored, so callers may pass a pre-filtered list
   */
  public List<NameProblem> check(
      NameDeclaration name,
      String area,
      NameVocabulary vocabulary,
      List<ExistingName> existing,
      Instant now) {
    List<NameProblem> problems = new ArrayList<>();
    checkStructure(name, vocabulary, problems);
    checkTradeName(name.tradeName(), vocabulary, problems);
    checkContent(name.fullName(), vocabulary, problems);
    for (ExistingName other : sameNames(name, area, existing, now)) {
      problems.add(NameProblem.of("name.sameName", other.fullName(), other.status().ordinal()));
    }
    return List.copyOf(problems);
  }

  /**
   * The names that make the declared trade name unavailable in the area: same trade name, same
   * industry (or no industry term on either side), and still in the register — registered, reserved
   * until after {@code now}, or cancelled/changed less than the window ago.
   */
  public List<ExistingName> sameNames(
      NameDeclaration name, String area, List<ExistingName> existing, Instant now) {
    if (name.tradeName() == null) {
      return List.of();
    }
    Instant windowStart = now.atZone(zone).minus(sameNameWindow).toInstant();
    return existing.stream()
        .filter(other -> Objects.equals(area, other.area()))
        .filter(other -> name.tradeName().equals(other.tradeName()))
        .filter(
            other ->
                name.industry() == null
                    || other.industry() == null
                    || name.industry().equals(other.industry()))
        .filter(other -> blocks(other, windowStart, now))
        .toList();
  }

  private static boolean blocks(ExistingName other, Instant windowStart, Instant now) {
    return switch (other.status()) {
      case REGISTERED -> true;
      case RESERVED -> other.isActiveReservation(now);
      case CANCELLED, CHANGED -> other.statusSince().isAfter(windowStart);
    };
  }

  /** The end of a reservation made at {@code now}. */
  public Instant reservedUntil(Instant now) {
    return now.atZone(zone).plus(reservationPeriod).toInstant();
  }

  private static void checkStructure(
      NameDeclaration name, NameVocabulary vocabulary, List<NameProblem> problems) {
    if (name.region() == null) {
      problems.add(NameProblem.of("name.region.missing"));
    } else if (!vocabulary.contains(WordCategory.DIVISION, name.region())) {
      problems.add(NameProblem.of("name.region.unknown", name.region()));
    }
    if (name.industry() != null && !vocabulary.contains(WordCategory.INDUSTRY, name.industry())) {
      problems.add(NameProblem.of("name.industry.unknown", name.industry()));
    }
    if (name.organizationForm() == null) {
      problems.add(NameProblem.of("name.organizationForm.missing"));
    } else if (!vocabulary.contains(WordCategory.ORGANIZATION_FORM, name.organizationForm())) {
      problems.add(NameProblem.of("name.organizationForm.unknown", name.organizationForm()));
    }
  }

  private static void checkTradeName(
      String tradeName, NameVocabulary vocabulary, List<NameProblem> problems) {
    if (tradeName == null) {
      problems.add(NameProblem.of("name.tradeName.missing"));
      return;
    }
    int length = tradeName.codePointCount(0, tradeName.length());
    if (!tradeName
        .codePoints()
        .allMatch(c -> CJK_UNIFIED_IDEOGRAPHS.contains(Character.UnicodeBlock.of(c)))) {
      problems.add(NameProblem.of("name.tradeName.notChinese", tradeName));
    }
    if (length < MIN_TRADE_NAME_LENGTH) {
      problems.add(NameProblem.of("name.tradeName.tooShort", tradeName, MIN_TRADE_NAME_LENGTH));
    } else if (length > MAX_TRADE_NAME_LENGTH) {
      problems.add(NameProblem.of("name.tradeName.tooLong", MAX_TRADE_NAME_LENGTH));
    }
    if (vocabulary.contains(WordCategory.DIVISION, tradeName)) {
      problems.add(NameProblem.of("name.tradeName.isDivision", tradeName));
    }
    if (vocabulary.contains(WordCategory.INDUSTRY, tradeName)) {
      problems.add(NameProblem.of("name.tradeName.isIndustry", tradeName));
    }
    // 中国, 中华, 中央, 全国, 国家 inside a name only as part of the industry term (太原中国风科技:
    // refused); at its start they are the prefix rule's (checkContent)
    vocabulary
        .firstOccurrence(WordCategory.RESTRICTED_PREFIX, tradeName)
        .ifPresent(word -> problems.add(NameProblem.of("name.tradeName.restrictedWord", word)));
    // someone else's well-known mark, in the trade name whole or in part
    vocabulary
        .firstOccurrence(WordCategory.WELL_KNOWN_MARK, tradeName)
        .ifPresent(mark -> problems.add(NameProblem.of("name.tradeName.wellKnownMark", mark)));
  }

  private static void checkContent(
      String fullName, NameVocabulary vocabulary, List<NameProblem> problems) {
    if (fullName.isEmpty()) {
      return;
    }
    for (WordCategory category : WordCategory.forbiddenCategories()) {
      vocabulary
          .firstOccurrence(category, fullName)
          .ifPresent(
              word -> problems.add(NameProblem.of("name.forbidden." + category.key(), word)));
    }
    Optional<String> prefix = vocabulary.prefixOf(WordCategory.RESTRICTED_PREFIX, fullName);
    prefix.ifPresent(p -> problems.add(NameProblem.of("name.restrictedPrefix", p)));
  }
}
