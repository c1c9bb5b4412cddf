package cn.oneseal.domain.model.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NameRulesTest {

  private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
  private static final String TAIYUAN = "140100";
  private static final NameRules RULES = NameRules.standard();
  private static final NameVocabulary VOCABULARY = vocabulary();

  private static final NameDeclaration GOOD = new NameDeclaration("太原", "晋辉", "科技", "有限公司");

  private static NameVocabulary vocabulary() {
    Map<WordCategory, Set<String>> words = new EnumMap<>(WordCategory.class);
    words.put(WordCategory.DIVISION, Set.of("中国", "太原", "太原市", "山西", "灵石", "晋中"));
    words.put(WordCategory.INDUSTRY, Set.of("科技", "餐饮", "贸易", "信息技术"));
    words.put(WordCategory.ORGANIZATION_FORM, Set.of("有限公司", "股份有限公司"));
    words.put(WordCategory.STATE_HARM, Set.of("分裂国家"));
    words.put(WordCategory.PARTY_STATE_MILITARY, Set.of("解放军", "公安"));
    words.put(WordCategory.FOREIGN_INTERNATIONAL, Set.of("联合国", "美国"));
    words.put(WordCategory.OBSCENE, Set.of("色情"));
    words.put(WordCategory.GAMBLING, Set.of("赌场", "博彩"));
    words.put(WordCategory.SUPERSTITION, Set.of("算命", "风水大师"));
    words.put(WordCategory.VIOLENCE, Set.of("暴力"));
    words.put(WordCategory.DISCRIMINATION, Set.of("歧视"));
    words.put(WordCategory.MISLEADING, Set.of("第一", "特供", "中央"));
    words.put(WordCategory.RESTRICTED_PREFIX, Set.of("中国", "中华", "中央", "全国", "国家"));
    return new NameVocabulary(words).with(WordCategory.WELL_KNOWN_MARK, List.of("杏花村", "海尔"));
  }

  private static List<NameProblem> check(NameDeclaration name, ExistingName... existing) {
    return RULES.check(name, TAIYUAN, VOCABULARY, List.of(existing), NOW);
  }

  private static List<String> codes(NameDeclaration name, ExistingName... existing) {
    return check(name, existing).stream().map(NameProblem::code).toList();
  }

  private static NameDeclaration withTradeName(String tradeName) {
    return new NameDeclaration("太原", tradeName, "科技", "有限公司");
  }

  private static ExistingName existing(
      String area, String industry, NameStatus status, Instant since, Instant reservedUntil) {
    String fullName = "太原晋辉" + (industry == null ? "" : industry) + "有限公司";
    return new ExistingName(area, fullName, "晋辉", industry, status, since, reservedUntil, "lisi");
  }

  private static ExistingName registered(String industry) {
    return existing(
        TAIYUAN, industry, NameStatus.REGISTERED, NOW.minus(Duration.ofDays(900)), null);
  }

  private static ExistingName cancelledAt(Instant since) {
    return existing(TAIYUAN, "科技", NameStatus.CANCELLED, since, null);
  }

  private static ExistingName reservedUntil(Instant until) {
    return existing(TAIYUAN, "科技", NameStatus.RESERVED, NOW.minus(Duration.ofDays(10)), until);
  }

  @Test
  void aProperNamePasses() {
    assertThat(check(GOOD)).isEmpty();
    assertThat(GOOD.fullName()).isEqualTo("太原晋辉科技有限公司");
  }

  @Test
  void theIndustryTermIsOptional() {
    NameDeclaration name = new NameDeclaration("山西", "晋辉", null, "股份有限公司");
    assertThat(check(name)).isEmpty();
    assertThat(name.fullName()).isEqualTo("山西晋辉股份有限公司");
  }

  @Test
  void blankPartsCountAsMissing() {
    assertThat(codes(new NameDeclaration(" ", "晋辉", "", "有限公司")))
        .containsExactly("name.region.missing");
  }

  @Test
  void theRegionMustBeGiven() {
    assertThat(codes(new NameDeclaration(null, "晋辉", "科技", "有限公司")))
        .containsExactly("name.region.missing");
  }

  @Test
  void theRegionMustBeADivisionAtCountyLevelOrAbove() {
    assertThat(check(new NameDeclaration("汾河湾", "晋辉", "科技", "有限公司")))
        .containsExactly(NameProblem.of("name.region.unknown", "汾河湾"));
  }

  @Test
  void theOrganizationFormMustBeGiven() {
    assertThat(codes(new NameDeclaration("太原", "晋辉", "科技", null)))
        .containsExactly("name.organizationForm.missing");
  }

  @Test
  void theOrganizationFormMustBeAKnownOne() {
    assertThat(check(new NameDeclaration("太原", "晋辉", "科技", "集团公司")))
        .containsExactly(NameProblem.of("name.organizationForm.unknown", "集团公司"));
  }

  @Test
  void anIndustryTermMustBeAKnownOne() {
    assertThat(check(new NameDeclaration("太原", "晋辉", "炼丹", "有限公司")))
        .containsExactly(NameProblem.of("name.industry.unknown", "炼丹"));
  }

  @Test
  void theTradeNameMustBeGiven() {
    assertThat(codes(withTradeName(null))).containsExactly("name.tradeName.missing");
  }

  @Test
  void aTradeNameHasAtLeastTwoChineseCharacters() {
    assertThat(check(withTradeName("晋")))
        .containsExactly(NameProblem.of("name.tradeName.tooShort", "晋", 2));
  }

  @ParameterizedTest
  @ValueSource(strings = {"晋a", "晋创1", "ＡＢ", "晋·创", "晋 创", "ﾀﾛ", "晋〇"})
  void aTradeNameHasOnlyChineseCharacters(String tradeName) {
    assertThat(codes(withTradeName(tradeName))).containsExactly("name.tradeName.notChinese");
  }

  @Test
  void rareCharactersOfTheExtensionBlocksAreChineseToo() {
    // U+3400 lies in CJK Unified Ideographs Extension A
    assertThat(codes(withTradeName("\u3400晋"))).isEmpty();
  }

  @Test
  void aTradeNameOfCharactersBeyondTheBasicPlaneCountsCharactersNotCodeUnits() {
    // U+20000 is one character but two UTF-16 code units
    assertThat(codes(withTradeName("\uD840\uDC00"))).containsExactly("name.tradeName.tooShort");
    assertThat(codes(withTradeName("\uD840\uDC00晋"))).isEmpty();
  }

  @Test
  void aTradeNameIsNotADivision() {
    assertThat(check(withTradeName("晋中")))
        .containsExactly(NameProblem.of("name.tradeName.isDivision", "晋中"));
  }

  @Test
  void aTradeNameIsNotAnIndustryTerm() {
    assertThat(check(new NameDeclaration("太原", "贸易", "科技", "有限公司")))
        .containsExactly(NameProblem.of("name.tradeName.isIndustry", "贸易"));
  }

  @ParameterizedTest
  @CsvSource({
    "分裂国家, stateHarm",
    "解放军, partyStateMilitary",
    "公安, partyStateMilitary",
    "联合国, foreignInternational",
    "美国, foreignInternational",
    "色情, obscene",
    "赌场, gambling",
    "风水大师, superstition",
    "暴力, violence",
    "歧视, discrimination",
    "特供, misleading",
    "第一, misleading"
  })
  void forbiddenContentIsRefusedByCategory(String word, String category) {
    // 分裂国家 carries 国家 too, which a trade name may not (name.tradeName.restrictedWord)
    assertThat(check(withTradeName(word)))
        .contains(NameProblem.of("name.forbidden." + category, word))
        .allSatisfy(
            p ->
                assertThat(p.code())
                    .isIn("name.forbidden." + category, "name.tradeName.restrictedWord"));
  }

  @Test
  void everyCategoryHasItsOwnCode() {
    assertThat(WordCategory.forbiddenCategories().stream().map(WordCategory::key).toList())
        .containsExactly(
            "stateHarm",
            "partyStateMilitary",
            "foreignInternational",
            "obscene",
            "gambling",
            "superstition",
            "violence",
            "discrimination",
            "misleading");
  }

  @Test
  void aForbiddenWordAnywhereInTheNameCounts() {
    assertThat(check(withTradeName("晋辉博彩")))
        .containsExactly(NameProblem.of("name.forbidden.gambling", "博彩"));
  }

  @Test
  void oneProblemPerCategoryHit() {
    assertThat(codes(withTradeName("赌场博彩算命")))
        .containsExactly("name.forbidden.gambling", "name.forbidden.superstition");
  }

  @Test
  void theLongestForbiddenWordIsNamed() {
    NameVocabulary vocabulary =
        new NameVocabulary(
            Map.of(
                WordCategory.DIVISION, Set.of("太原"),
                WordCategory.ORGANIZATION_FORM, Set.of("有限公司"),
                WordCategory.SUPERSTITION, Set.of("风水", "风水大师")));
    assertThat(
            RULES.check(
                new NameDeclaration("太原", "风水大师", null, "有限公司"),
                TAIYUAN,
                vocabulary,
                List.of(),
                NOW))
        .containsExactly(NameProblem.of("name.forbidden.superstition", "风水大师"));
  }

  @Test
  void aNameStartingWithChinaNeedsSpecialApproval() {
    assertThat(check(new NameDeclaration("中国", "晋辉", "科技", "有限公司")))
        .containsExactly(NameProblem.of("name.restrictedPrefix", "中国"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"中国", "中华", "中央", "全国", "国家"})
  void restrictedPrefixes(String prefix) {
    assertThat(check(new NameDeclaration(prefix, "晋辉", "科技", "有限公司")))
        .contains(NameProblem.of("name.restrictedPrefix", prefix));
  }

  @Test
  void aRestrictedWordInsideTheNameIsNoPrefixButTheTradeNameMayNotCarryIt() {
    assertThat(codes(withTradeName("华中华"))).containsExactly("name.tradeName.restrictedWord");
  }

  @Test
  void chinaInTheMiddleOfANameOnlyAsPartOfTheIndustryTerm() {
    // 太原中国风科技有限公司: 中国 in the trade name
    assertThat(check(withTradeName("中国风")))
        .containsExactly(NameProblem.of("name.tradeName.restrictedWord", "中国"));
    // in the industry term it is the industry's word (a known industry term of the vocabulary)
    NameVocabulary withChinaIndustry = VOCABULARY.with(WordCategory.INDUSTRY, List.of("中国风味餐饮"));
    assertThat(
            RULES.check(
                new NameDeclaration("太原", "晋辉", "中国风味餐饮", "有限公司"),
                TAIYUAN,
                withChinaIndustry,
                List.of(),
                NOW))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"中国", "中华", "中央", "全国", "国家"})
  void noneOfTheStateWordsInATradeName(String word) {
    assertThat(check(withTradeName("晋" + word + "辉")))
        .contains(NameProblem.of("name.tradeName.restrictedWord", word))
        .doesNotContain(NameProblem.of("name.restrictedPrefix", word));
  }

  @Test
  void aNameStartingWithAStateWordIsTheStateCouncilsNotATradeNameProblem() {
    assertThat(codes(new NameDeclaration("中国", "晋辉", "科技", "有限公司")))
        .containsExactly("name.restrictedPrefix");
  }

  @ParameterizedTest
  @CsvSource({"杏花村, 杏花村", "海尔, 海尔", "海尔达, 海尔", "新杏花村, 杏花村"})
  void aWellKnownMarkOfTheListIsNoTradeName(String tradeName, String mark) {
    assertThat(check(withTradeName(tradeName)))
        .containsExactly(NameProblem.of("name.tradeName.wellKnownMark", mark));
  }

  @Test
  void aMarkNotOnTheListIsAnOrdinaryTradeName() {
    assertThat(check(withTradeName("海辉"))).isEmpty();
  }

  @Test
  void theSameTradeNameIsTakenWhileRegisteredOrReserved() {
    assertThat(codes(GOOD, registered("科技"))).containsExactly("name.sameName");
    assertThat(codes(GOOD, reservedUntil(NOW.plus(Duration.ofDays(30)))))
        .containsExactly("name.sameName");
  }

  @Test
  void aNameDeregisteredElevenMonthsAgoStillBlocksThirteenMonthsAgoNoLonger() {
    Instant elevenMonthsAgo = NOW.atZone(NameRules.BUREAU_ZONE).minusMonths(11).toInstant();
    Instant thirteenMonthsAgo = NOW.atZone(NameRules.BUREAU_ZONE).minusMonths(13).toInstant();
    assertThat(check(GOOD, cancelledAt(elevenMonthsAgo)))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("name.sameName");
              // the message says why: cancelled less than a year ago
              assertThat(p.args()).containsExactly("太原晋辉科技有限公司", NameStatus.CANCELLED.ordinal());
            });
    assertThat(check(GOOD, cancelledAt(thirteenMonthsAgo))).isEmpty();
    // in another industry it never blocked
    ExistingName otherIndustry =
        existing(TAIYUAN, "餐饮", NameStatus.CANCELLED, elevenMonthsAgo, null);
    assertThat(check(GOOD, otherIndustry)).isEmpty();
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    NameDeclaration bad = new NameDeclaration("中华", "晋", "炼丹", "集团公司");
    assertThat(codes(bad, registered(null)))
        .containsExactlyInAnyOrder(
            "name.region.unknown",
            "name.industry.unknown",
            "name.organizationForm.unknown",
            "name.tradeName.tooShort",
            "name.restrictedPrefix");
  }

  @Test
  void severalProblemsOfDifferentKinds() {
    NameDeclaration bad = new NameDeclaration("中国", "晋辉", "科技", "特供公司");
    assertThat(codes(bad, registered("科技")))
        .containsExactlyInAnyOrder(
            "name.organizationForm.unknown",
            "name.forbidden.misleading",
            "name.restrictedPrefix",
            "name.sameName");
  }

  @Test
  void aRegisteredNameWithTheSameTradeNameAndIndustryBlocks() {
    ExistingName other = registered("科技");
    assertThat(check(GOOD, other))
        .containsExactly(NameProblem.of("name.sameName", "太原晋辉科技有限公司", 0));
  }

  @Test
  void anotherIndustryDoesNotBlock() {
    assertThat(check(GOOD, registered("餐饮"))).isEmpty();
  }

  @Test
  void noIndustryOnEitherSideBlocks() {
    assertThat(codes(GOOD, registered(null))).containsExactly("name.sameName");
    assertThat(codes(new NameDeclaration("太原", "晋辉", null, "有限公司"), registered("餐饮")))
        .containsExactly("name.sameName");
    assertThat(codes(new NameDeclaration("太原", "晋辉", null, "有限公司"), registered(null)))
        .containsExactly("name.sameName");
  }

  @Test
  void anotherAreaDoesNotBlock() {
    ExistingName inJinzhong =
        existing("140700", "科技", NameStatus.REGISTERED, NOW.minus(Duration.ofDays(900)), null);
    assertThat(check(GOOD, inJinzhong)).isEmpty();
  }

  @Test
  void anotherTradeNameDoesNotBlock() {
    assertThat(check(withTradeName("晋创"), registered("科技"))).isEmpty();
  }

  @Test
  void aNameCancelledExactlyOneYearAgoNoLongerBlocks() {
    Instant oneYearAgo = Instant.parse("2025-11-27T02:00:00Z");
    assertThat(check(GOOD, cancelledAt(oneYearAgo))).isEmpty();
  }

  @Test
  void aNameCancelledOneSecondLessThanAYearAgoStillBlocks() {
    Instant oneYearAgo = Instant.parse("2025-11-27T02:00:00Z");
    assertThat(check(GOOD, cancelledAt(oneYearAgo.plusSeconds(1))))
        .containsExactly(NameProblem.of("name.sameName", "太原晋辉科技有限公司", 2));
  }

  @Test
  void aChangedNameBlocksForAYearToo() {
    Instant oneYearAgo = Instant.parse("2025-11-27T02:00:00Z");
    ExistingName changedRecently =
        existing(TAIYUAN, "科技", NameStatus.CHANGED, oneYearAgo.plusSeconds(1), null);
    ExistingName changedLongAgo = existing(TAIYUAN, "科技", NameStatus.CHANGED, oneYearAgo, null);
    assertThat(check(GOOD, changedRecently))
        .containsExactly(NameProblem.of("name.sameName", "太原晋辉科技有限公司", 3));
    assertThat(check(GOOD, changedLongAgo)).isEmpty();
  }

  @Test
  void aReservationBlocksUntilItsLastSecond() {
    assertThat(check(GOOD, reservedUntil(NOW.plusSeconds(1))))
        .containsExactly(NameProblem.of("name.sameName", "太原晋辉科技有限公司", 1));
  }

  @Test
  void anExpiredReservationNoLongerBlocks() {
    assertThat(check(GOOD, reservedUntil(NOW))).isEmpty();
    assertThat(check(GOOD, reservedUntil(NOW.minusSeconds(1)))).isEmpty();
  }

  @Test
  void theWindowsAreConfigurable() {
    NameRules strict = new NameRules(Period.ofYears(3), Period.ofDays(30), ZoneId.of("UTC"));
    ExistingName cancelledTwoYearsAgo = cancelledAt(Instant.parse("2024-11-27T02:00:00Z"));
    assertThat(strict.check(GOOD, TAIYUAN, VOCABULARY, List.of(cancelledTwoYearsAgo), NOW))
        .extracting(NameProblem::code)
        .containsExactly("name.sameName");
    assertThat(check(GOOD, cancelledTwoYearsAgo)).isEmpty();
    assertThat(strict.reservedUntil(NOW)).isEqualTo(Instant.parse("2026-12-27T02:00:00Z"));
  }

  @Test
  void aReservationLastsTwoCalendarMonthsInBeijingTime() {
    assertThat(RULES.reservedUntil(NOW)).isEqualTo(Instant.parse("2027-01-27T02:00:00Z"));
    // 31 December in Beijing: two months later there is no 31 February, so it ends on the 28th
    Instant newYearsEve = Instant.parse("2026-12-31T04:00:00Z");
    assertThat(RULES.reservedUntil(newYearsEve)).isEqualTo(Instant.parse("2027-02-28T04:00:00Z"));
  }

  @Test
  void aReservationIsActiveUntilItsEnd() {
    NameReservation reservation =
        new NameReservation("太原晋辉科技有限公司", TAIYUAN, "zhangsan", NOW.plusSeconds(1));
    assertThat(reservation.isActive(NOW)).isTrue();
    assertThat(reservation.isActive(NOW.plusSeconds(1))).isFalse();
  }
}
