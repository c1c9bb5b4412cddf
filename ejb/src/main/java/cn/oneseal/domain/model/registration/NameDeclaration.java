package cn.oneseal.domain.model.registration;

/**
 * A name as an applicant declares it: administrative division + trade name (字号) + industry +
 * organisation form, e.g. 太原 + 晋创 + 科技 + 有限公司. The industry term is optional. Parts are kept as
 * given apart from surrounding white space; blank parts count as missing.
 */
public record NameDeclaration(
    String region, String tradeName, String industry, String organizationForm) {

  public NameDeclaration {
    region = clean(region);
    tradeName = clean(tradeName);
    industry = clean(industry);
    organizationForm = clean(organizationForm);
  }

  /** The name as it would be registered, e.g. 太原晋创科技有限公司; missing parts are left out. */
  public String fullName() {
    return part(region) + part(tradeName) + part(industry) + part(organizationForm);
  }

  private static String part(String value) {
    return value == null ? "" : value;
  }

  private static String clean(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
