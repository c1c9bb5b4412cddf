package cn.oneseal.web.view.citizen;

import cn.oneseal.application.dto.RegistrationView;
import cn.oneseal.domain.model.registration.DepartmentField;
import cn.oneseal.domain.model.registration.DepartmentFields;
import cn.oneseal.domain.model.registration.EntityType;
import cn.oneseal.web.view.shared.FacesSupport;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The one form as a reader checks it — the applicant on "check your answers", staff and the
 * applicant on the application page: every answer in the reader's language, identity numbers
 * masked, the labels that fit the entity type (法定代表人, 执行事务合伙人 or 经营者).
 */
public final class RegistrationSummary implements Serializable {

  private static final long serialVersionUID = 1L;

  /** An investor line with its kind and method in words. */
  public record InvestorLine(
      String name,
      String kind,
      String country,
      String identityMasked,
      String contribution,
      String method)
      implements Serializable {}

  /** A department field and its answer. */
  public record Answer(String label, String value) implements Serializable {}

  private final RegistrationView draft;
  private final boolean hasCapital;
  private final List<InvestorLine> investors;
  private final List<Answer> departmentAnswers;

  public RegistrationSummary(RegistrationView draft) {
    this.draft = draft;
    this.hasCapital = EntityType.ofId(draft.entityType()).map(EntityType::hasCapital).orElse(true);
    this.investors = draft.investors().stream().map(RegistrationSummary::investor).toList();
    this.departmentAnswers =
        draft.departmentFields().stream()
            .map(name -> new Answer(fieldLabel(name), answer(name, draft.extra().get(name))))
            .toList();
  }

  public RegistrationView getDraft() {
    return draft;
  }

  public String getEntityType() {
    String type = RegistrationTexts.text("wizard.entityType." + draft.entityType());
    return draft.foreignInvested()
        ? RegistrationTexts.text("wizard.entityType.foreign", type)
        : type;
  }

  public String getFullName() {
    return orNotAnswered(draft.fullName());
  }

  public String getDomicileLabel() {
    return RegistrationTexts.text("wizard.domicile." + draft.entityType());
  }

  public String getDomicile() {
    return orNotAnswered(draft.domicile());
  }

  public boolean isHasCapital() {
    return hasCapital;
  }

  public String getCapital() {
    if (draft.capitalAmount() == null) {
      return notAnswered();
    }
    return capital(draft.capitalAmount(), draft.capitalCurrency());
  }

  public String getOperatingTerm() {
    return draft.operatingYears() == null
        ? RegistrationTexts.text("wizard.term.longTerm")
        : RegistrationTexts.text("wizard.term.years", draft.operatingYears());
  }

  public String getRepresentativeLabel() {
    return representativeLabel(draft.entityType());
  }

  public String getRepresentative() {
    if (draft.legalRepresentativeName() == null) {
      return notAnswered();
    }
    return draft.legalRepresentativeIdentity() == null
        ? draft.legalRepresentativeName()
        : draft.legalRepresentativeName() + " · " + draft.legalRepresentativeIdentity();
  }

  public String getInvestorsLabel() {
    return RegistrationTexts.text("wizard.investors." + draft.entityType());
  }

  /** Individual businesses have an operator, no investors. */
  public boolean isHasInvestors() {
    return EntityType.ofId(draft.entityType()).map(t -> t.maxInvestors() > 0).orElse(true);
  }

  public List<InvestorLine> getInvestors() {
    return investors;
  }

  public List<Answer> getDepartmentAnswers() {
    return departmentAnswers;
  }

  public String getContactPhone() {
    return orNotAnswered(draft.contactPhone());
  }

  public String getContactEmail() {
    return draft.contactEmail() == null
        ? RegistrationTexts.text("wizard.none")
        : draft.contactEmail();
  }

  static String representativeLabel(String entityType) {
    return RegistrationTexts.text("wizard.representative." + entityType);
  }

  static String capital(BigDecimal amount, String currency) {
    return RegistrationTexts.text(
        "wizard.capitalValue",
        amount.stripTrailingZeros().toPlainString(),
        RegistrationTexts.text("wizard.currency." + currency));
  }

  static String fieldLabel(String name) {
    return RegistrationTexts.text("registration.field." + name);
  }

  private static String answer(String name, String value) {
    if (value == null || value.isBlank()) {
      return notAnswered();
    }
    boolean chosen =
        DepartmentFields.field(name)
            .map(
                f ->
                    f.kind() == DepartmentField.Kind.CHOICE
                        || f.kind() == DepartmentField.Kind.YES_NO)
            .orElse(false);
    return chosen ? RegistrationTexts.text("registration.choice." + value) : value;
  }

  private static InvestorLine investor(RegistrationView.InvestorLine line) {
    return new InvestorLine(
        line.name(),
        RegistrationTexts.text("wizard.investor.kind." + line.kind()),
        RegistrationChoices.countryLabel(line.country(), FacesSupport.locale()),
        line.identityMasked(),
        RegistrationTexts.text(
            "wizard.contributionValue", line.contribution().stripTrailingZeros().toPlainString()),
        RegistrationTexts.text("wizard.investor.method." + line.method()));
  }

  private static String orNotAnswered(String value) {
    return value == null || value.isBlank() ? notAnswered() : value;
  }

  private static String notAnswered() {
    return RegistrationTexts.text("wizard.notAnswered");
  }
}
