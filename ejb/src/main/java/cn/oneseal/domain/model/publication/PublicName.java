package cn.oneseal.domain.model.publication;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a holder's name and a published text appear to the public under 双公示. An entity (a company, an
 * individual business under its trade name, any holder with a unified social credit code) is shown
 * by its registered name; a natural person by the surname alone followed by {@code **} (张三 → 张**,
 * 欧阳娜娜 → 欧阳**): the length of the given name is not revealed either. Identity numbers and phone
 * numbers are never shown — they are not stored in a publication, and {@link #scrub} removes any
 * that a free text carries by mistake.
 */
public final class PublicName {

  /** What replaces the given name, whatever its length. */
  public static final String MASK = "**";

  /**
   * The two-character surnames (复姓) of the Hundred Family Surnames and those in use today; a name
   * beginning with one keeps both characters.
   */
  static final Set<String> COMPOUND_SURNAMES =
      Set.of(
          "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐",
          "钟离", "端木", "独孤", "南宫", "西门", "百里", "呼延", "澹台", "公冶", "太史", "申屠", "闻人", "万俟", "赫连", "濮阳",
          "淳于", "单于", "拓跋", "司空", "东郭", "第五", "梁丘", "左丘", "谷梁", "羊舌", "微生", "公羊", "乐正", "漆雕", "壤驷",
          "公良", "夹谷", "宰父", "巫马", "亓官", "司寇", "子车", "颛孙", "鲜于", "闾丘", "东门", "段干", "公西", "公伯", "南门",
          "归海", "仉督");

  /** 18-character resident identity numbers, and 15-digit ones of the first generation. */
  private static final Pattern IDENTITY =
      Pattern.compile("(?<![0-9A-Za-z])(\\d{17}[0-9Xx]|\\d{15})(?![0-9A-Za-z])");

  /** Mainland mobile numbers (with or without +86) and landlines with an area code. */
  private static final Pattern PHONE =
      Pattern.compile(
          "(?<![0-9])((\\+?86[- ]?)?1[3-9]\\d[- ]?\\d{4}[- ]?\\d{4}|0\\d{2,3}[- ]?\\d{7,8})(?![0-9])");

  private PublicName() {}

  /** The name as published: the registered name of an entity, the masked name of a person. */
  public static String of(String name, boolean naturalPerson) {
    String clean = name == null ? "" : name.strip();
    return naturalPerson ? masked(clean) : scrub(clean);
  }

  /**
   * A natural person's name reduced to the surname. Chinese names keep their first character, or
   * both characters of a compound surname; a name written in two parts separated by a middle dot
   * (the names of several ethnic groups, 阿依古丽·买买提, which have no surname) keeps its first character
   * only; a name in Latin letters keeps its last word (the family name in the usual order: {@code
   * John Smith → Smith **}) or, written as one word, its first letter.
   */
  public static String masked(String name) {
    String clean = name == null ? "" : name.strip();
    if (clean.isEmpty()) {
      return MASK;
    }
    if (isLatin(clean)) {
      String[] words = clean.split("\\s+");
      if (words.length == 1) {
        return clean.substring(0, 1).toUpperCase(Locale.ROOT) + MASK;
      }
      return words[words.length - 1] + " " + MASK;
    }
    if (clean.indexOf('·') > 0 || clean.indexOf('•') > 0) {
      return clean.substring(0, clean.offsetByCodePoints(0, 1)) + MASK;
    }
    return surname(clean) + MASK;
  }

  /** The surname of a Chinese name: a compound surname's two characters, otherwise the first. */
  public static String surname(String name) {
    String clean = name.strip();
    if (clean.codePointCount(0, clean.length()) > 2) {
      String two = clean.substring(0, clean.offsetByCodePoints(0, 2));
      if (COMPOUND_SURNAMES.contains(two)) {
        return two;
      }
    }
    return clean.substring(0, clean.offsetByCodePoints(0, 1));
  }

  /**
   * Whether a holder is a natural person, from the data alone: a holder with a unified social
   * credit code, or registered as an entity type, is an entity; a holder without either is treated
   * as a natural person, so that a person is never shown by full name — an organisation that filed
   * without its credit code is shown masked rather than a person in full.
   */
  public static boolean naturalPerson(String creditCode, boolean registeredEntity) {
    return !registeredEntity && (creditCode == null || creditCode.isBlank());
  }

  /** A free text with every identity number and phone number in it replaced by {@code ***}. */
  public static String scrub(String text) {
    if (text == null) {
      return null;
    }
    return PHONE.matcher(IDENTITY.matcher(text).replaceAll("***")).replaceAll("***");
  }

  private static boolean isLatin(String name) {
    return name.codePoints()
        .filter(Character::isLetter)
        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
  }
}
