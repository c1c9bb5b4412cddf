package cn.oneseal.application.documents;

import cn.oneseal.domain.model.registration.CreditCode;
import java.time.LocalDate;

/**
 * What a business licence (营业执照) shows, already worded for print: the renderer {@link LicencePdf}
 * formats only the two dates and otherwise prints these strings as they are, so that the wording of
 * capital and operating term stays with the registration that decided it.
 *
 * <p>Every field is required except {@code registeredCapital}: an individual business (个体工商户) has
 * none, and its licence has no capital row at all rather than an empty one. A sheet that could not
 * become a lawful licence — a missing field, an invalid credit code — is refused when it is built,
 * long before anything is printed.
 *
 * @param legalRepresentativeLabel the heading of {@code legalRepresentative}, which depends on the
 *     kind of entity: 法定代表人, 经营者 (individual business), 执行事务合伙人 (partnership) …
 * @param registeredCapital formatted, e.g. 壹佰万元整; {@code null} when the entity has no capital
 * @param operatingTerm formatted, e.g. 2026年11月27日 至 长期
 * @param domicileLabel 住所, 经营场所 or 主要经营场所, depending on the kind of entity
 * @param issuedOn the date printed under the registration authority
 * @param verificationUrl the public verification page this licence's QR code leads to
 */
public record LicenceSheet(
    String creditCode,
    String name,
    String type,
    String legalRepresentative,
    String legalRepresentativeLabel,
    String registeredCapital,
    LocalDate establishedOn,
    String operatingTerm,
    String domicile,
    String domicileLabel,
    String businessScope,
    String authority,
    LocalDate issuedOn,
    String verificationUrl) {

  public LicenceSheet {
    if (!CreditCode.validate(creditCode).isValid()) {
      throw new IllegalArgumentException("not a valid unified social credit code: " + creditCode);
    }
    required(name, "name");
    required(type, "type");
    required(legalRepresentative, "legalRepresentative");
    required(legalRepresentativeLabel, "legalRepresentativeLabel");
    if (registeredCapital != null) {
      required(registeredCapital, "registeredCapital");
    }
    required(establishedOn, "establishedOn");
    required(operatingTerm, "operatingTerm");
    required(domicile, "domicile");
    required(domicileLabel, "domicileLabel");
    required(businessScope, "businessScope");
    required(authority, "authority");
    required(issuedOn, "issuedOn");
    required(verificationUrl, "verificationUrl");
  }

  /** Whether the licence has a 注册资本 row. */
  public boolean hasRegisteredCapital() {
    return registeredCapital != null;
  }

  private static void required(Object value, String field) {
    if (value == null || value instanceof String text && text.isBlank()) {
      throw new IllegalArgumentException("a licence needs its " + field);
    }
  }
}
