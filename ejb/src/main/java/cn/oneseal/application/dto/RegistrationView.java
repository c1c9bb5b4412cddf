package cn.oneseal.application.dto;

import cn.oneseal.domain.model.registration.BusinessRegistration;
import cn.oneseal.domain.model.registration.Investor;
import cn.oneseal.domain.model.registration.NameDeclaration;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The one form as its readers see it: identity numbers only masked.
 *
 * @param problems what must still be filled or corrected before submission (message keys and
 *     arguments); empty once the form is complete
 * @param changeOf the credit code of the registered business this form changes (变更登记); {@code null}
 *     for an establishment
 */
public record RegistrationView(
    long id,
    String owner,
    String status,
    String entityType,
    boolean foreignInvested,
    String area,
    String region,
    String tradeName,
    String industry,
    String organizationForm,
    String fullName,
    String domicile,
    BigDecimal capitalAmount,
    String capitalCurrency,
    Integer operatingYears,
    List<ScopeLine> scope,
    String legalRepresentativeName,
    String legalRepresentativeIdentity,
    List<InvestorLine> investors,
    String contactPhone,
    String contactEmail,
    Map<String, String> extra,
    List<String> departmentFields,
    String applicationNumber,
    Instant updatedAt,
    List<Problem> problems,
    String changeOf)
    implements Serializable {

  /** A line of the business scope. */
  public record ScopeLine(String description, String industryCode) implements Serializable {}

  /** An investor with the masked identity document. */
  public record InvestorLine(
      String name,
      String kind,
      String country,
      String identityMasked,
      BigDecimal contribution,
      String method)
      implements Serializable {}

  /** Something still missing: a message key and its arguments. */
  public record Problem(String code, List<Object> args) implements Serializable {}

  /**
   * A typed answer that a save refused, with the field of the one form it concerns ({@code
   * domicile}, {@code scope[0].industryCode}, {@code investors[1].identity}, {@code
   * extra.tax.financeContactPhone} …; rows counted from 0).
   */
  public record FieldProblem(String field, String code, List<Object> args)
      implements Serializable {}

  public static RegistrationView of(
      BusinessRegistration r, List<String> departmentFields, List<Problem> problems) {
    NameDeclaration name = r.getName();
    return new RegistrationView(
        r.getId(),
        r.getOwner(),
        r.getStatus().name(),
        r.getEntityType().id(),
        r.isForeignInvested(),
        r.getArea(),
        name.region(),
        name.tradeName(),
        name.industry(),
        name.organizationForm(),
        r.getFullName(),
        r.getDomicile(),
        r.getCapitalAmount(),
        r.getCapitalCurrency(),
        r.getOperatingYears(),
        r.getScope().stream()
            .map(s -> new ScopeLine(s.getDescription(), s.getIndustryCode()))
            .toList(),
        r.getLegalRepName(),
        r.getLegalRepMasked(),
        r.getInvestors().stream().map(RegistrationView::investor).toList(),
        r.getContactPhone(),
        r.getContactEmail(),
        r.getExtra(),
        departmentFields,
        r.getApplicationNumber(),
        r.getUpdatedAt(),
        problems,
        r.getChangeOf());
  }

  private static InvestorLine investor(Investor i) {
    return new InvestorLine(
        i.getName(),
        i.getKind().name(),
        i.getCountry(),
        i.getIdentity().masked(),
        i.getContribution(),
        i.getMethod().name());
  }
}
