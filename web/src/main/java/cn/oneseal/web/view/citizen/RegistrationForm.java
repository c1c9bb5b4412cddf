package cn.oneseal.web.view.citizen;

import cn.oneseal.application.dto.RegistrationView;
import cn.oneseal.domain.model.registration.Investor;
import cn.oneseal.domain.model.registration.NameDeclaration;
import cn.oneseal.domain.model.registration.RegistrationData;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the wizard's inputs hold: the one form as the applicant edits it, between two saves. It is
 * filled from the saved draft and turned back into {@link RegistrationData} as a whole, so every
 * save sends every answer. Identity numbers are never filled from the draft (only their masked form
 * is shown); left blank they keep the saved number.
 *
 * <p>Long because the form is long: one property per answer of the one form, which the Faces inputs
 * bind to; there is no logic to split out.
 */
public class RegistrationForm implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String DEFAULT_CURRENCY = "CNY";
  static final String DEFAULT_COUNTRY = Investor.CHINA;

  private boolean foreignInvested;
  private String area;
  private String region;
  private String tradeName;
  private String industry;
  private String organizationForm;
  private String domicile;
  private BigDecimal capitalAmount;
  private String capitalCurrency = DEFAULT_CURRENCY;
  private boolean longTerm = true;
  private Integer operatingYears;
  private final List<ScopeRow> scope = new ArrayList<>();
  private String legalRepresentativeName;
  private String legalRepresentativeIdentity;
  private String legalRepresentativeMasked;
  private final List<InvestorRow> investors = new ArrayList<>();
  private String contactPhone;
  private String contactEmail;
  private final Map<String, String> extra = new HashMap<>();

  /** The form of a saved draft. */
  static RegistrationForm of(RegistrationView draft) {
    RegistrationForm form = new RegistrationForm();
    form.foreignInvested = draft.foreignInvested();
    form.area = draft.area();
    form.region = draft.region();
    form.tradeName = draft.tradeName();
    form.industry = draft.industry();
    form.organizationForm = draft.organizationForm();
    form.domicile = draft.domicile();
    form.capitalAmount = draft.capitalAmount();
    form.capitalCurrency =
        draft.capitalCurrency() == null ? DEFAULT_CURRENCY : draft.capitalCurrency();
    form.longTerm = draft.operatingYears() == null;
    form.operatingYears = draft.operatingYears();
    draft.scope().forEach(s -> form.scope.add(new ScopeRow(s.description(), s.industryCode())));
    form.legalRepresentativeName = draft.legalRepresentativeName();
    form.legalRepresentativeMasked = draft.legalRepresentativeIdentity();
    draft.investors().forEach(i -> form.investors.add(InvestorRow.of(i)));
    form.contactPhone = draft.contactPhone();
    form.contactEmail = draft.contactEmail();
    form.extra.putAll(draft.extra());
    if (form.scope.isEmpty()) {
      form.scope.add(new ScopeRow(null, null));
    }
    return form;
  }

  /**
   * Everything typed, for a save. Empty rows (a row added and left blank) are left out; the extra
   * fields sent are those the departments ask for now.
   *
   * @param hasCapital whether the entity type subscribes registered capital
   * @param askedFields the department fields the draft asks for
   */
  RegistrationData toData(boolean hasCapital, List<String> askedFields) {
    Map<String, String> asked = new HashMap<>();
    askedFields.forEach(
        field -> {
          String value = extra.get(field);
          if (value != null && !value.isBlank()) {
            asked.put(field, value);
          }
        });
    return new RegistrationData(
        foreignInvested,
        area,
        getName(),
        domicile,
        hasCapital ? capitalAmount : null,
        hasCapital ? capitalCurrency : null,
        longTerm ? null : operatingYears,
        scope.stream()
            .filter(row -> !row.isBlank())
            .map(row -> new RegistrationData.Scope(row.getDescription(), row.getIndustryCode()))
            .toList(),
        legalRepresentativeName,
        legalRepresentativeIdentity,
        investors.stream().filter(row -> !row.isBlank()).map(InvestorRow::toData).toList(),
        contactPhone,
        contactEmail,
        asked);
  }

  /**
   * The row of the form (from 0) that the {@code sent}-th scope line of {@link #toData} came from:
   * blank rows are not sent, so the two counts differ.
   */
  int scopeRowOfSent(int sent) {
    return rowOfSent(scope.stream().map(ScopeRow::isBlank).toList(), sent);
  }

  /**
   * The row of the form (from 0) that the {@code sent}-th investor of {@link #toData} came from.
   */
  int investorRowOfSent(int sent) {
    return rowOfSent(investors.stream().map(InvestorRow::isBlank).toList(), sent);
  }

  private static int rowOfSent(List<Boolean> blank, int sent) {
    int seen = -1;
    for (int row = 0; row < blank.size(); row++) {
      if (!blank.get(row) && ++seen == sent) {
        return row;
      }
    }
    return -1;
  }

  /** The numbers (1-based) of scope rows that have an industry code but no description. */
  List<Integer> scopeRowsWithoutDescription() {
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < scope.size(); i++) {
      ScopeRow row = scope.get(i);
      if (!row.isBlank() && isBlank(row.getDescription())) {
        rows.add(i + 1);
      }
    }
    return rows;
  }

  /** The four-digit industry codes typed so far, for the follow-up permit hint. */
  List<String> industryCodes() {
    return scope.stream()
        .map(ScopeRow::getIndustryCode)
        .filter(code -> code != null && code.strip().matches("[0-9]{4}"))
        .map(String::strip)
        .distinct()
        .toList();
  }

  void chooseName(NameDeclaration chosen, String chosenArea) {
    this.region = chosen == null ? null : chosen.region();
    this.tradeName = chosen == null ? null : chosen.tradeName();
    this.industry = chosen == null ? null : chosen.industry();
    this.organizationForm = chosen == null ? null : chosen.organizationForm();
    this.area = chosenArea;
  }

  public void addScopeRow() {
    scope.add(new ScopeRow(null, null));
  }

  public void removeScopeRow(int index) {
    if (index >= 0 && index < scope.size()) {
      scope.remove(index);
    }
    if (scope.isEmpty()) {
      scope.add(new ScopeRow(null, null));
    }
  }

  public void addInvestor() {
    investors.add(InvestorRow.empty());
  }

  public void removeInvestor(int index) {
    if (index >= 0 && index < investors.size()) {
      investors.remove(index);
    }
  }

  static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  public String getFullName() {
    return tradeName == null ? null : getName().fullName();
  }

  public String getArea() {
    return area;
  }

  public NameDeclaration getName() {
    return new NameDeclaration(region, tradeName, industry, organizationForm);
  }

  public boolean isForeignInvested() {
    return foreignInvested;
  }

  public void setForeignInvested(boolean foreignInvested) {
    this.foreignInvested = foreignInvested;
  }

  public String getDomicile() {
    return domicile;
  }

  public void setDomicile(String domicile) {
    this.domicile = domicile;
  }

  public BigDecimal getCapitalAmount() {
    return capitalAmount;
  }

  public void setCapitalAmount(BigDecimal capitalAmount) {
    this.capitalAmount = capitalAmount;
  }

  public String getCapitalCurrency() {
    return capitalCurrency;
  }

  public void setCapitalCurrency(String capitalCurrency) {
    this.capitalCurrency = capitalCurrency;
  }

  public boolean isLongTerm() {
    return longTerm;
  }

  public void setLongTerm(boolean longTerm) {
    this.longTerm = longTerm;
  }

  public Integer getOperatingYears() {
    return operatingYears;
  }

  public void setOperatingYears(Integer operatingYears) {
    this.operatingYears = operatingYears;
  }

  public List<ScopeRow> getScope() {
    return scope;
  }

  public String getLegalRepresentativeName() {
    return legalRepresentativeName;
  }

  public void setLegalRepresentativeName(String legalRepresentativeName) {
    this.legalRepresentativeName = legalRepresentativeName;
  }

  public String getLegalRepresentativeIdentity() {
    return legalRepresentativeIdentity;
  }

  public void setLegalRepresentativeIdentity(String legalRepresentativeIdentity) {
    this.legalRepresentativeIdentity = legalRepresentativeIdentity;
  }

  public String getLegalRepresentativeMasked() {
    return legalRepresentativeMasked;
  }

  public List<InvestorRow> getInvestors() {
    return investors;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  /** Department fields by name, for {@code #{...extra[field.name]}}. */
  public Map<String, String> getExtra() {
    return extra;
  }

  /** A line of the business scope as typed. */
  public static class ScopeRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String description;
    private String industryCode;

    ScopeRow(String description, String industryCode) {
      this.description = description;
      this.industryCode = industryCode;
    }

    boolean isBlank() {
      return RegistrationForm.isBlank(description) && RegistrationForm.isBlank(industryCode);
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }

    public String getIndustryCode() {
      return industryCode;
    }

    public void setIndustryCode(String industryCode) {
      this.industryCode = industryCode;
    }
  }

  /**
   * An investor as typed; {@code masked} is the identity number saved before, shown instead of the
   * number itself.
   */
  public static class InvestorRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String kind = Investor.Kind.NATURAL_PERSON.name();
    private String country = DEFAULT_COUNTRY;
    private String identity;
    private String masked;
    private BigDecimal contribution;
    private String method = Investor.Method.CURRENCY.name();

    static InvestorRow empty() {
      return new InvestorRow();
    }

    static InvestorRow of(RegistrationView.InvestorLine line) {
      InvestorRow row = new InvestorRow();
      row.name = line.name();
      row.kind = line.kind();
      row.country = line.country();
      row.masked = line.identityMasked();
      row.contribution = line.contribution();
      row.method = line.method();
      return row;
    }

    /** Nothing typed beyond the preset choices. */
    boolean isBlank() {
      return RegistrationForm.isBlank(name)
          && RegistrationForm.isBlank(identity)
          && contribution == null
          && masked == null;
    }

    RegistrationData.InvestorData toData() {
      return new RegistrationData.InvestorData(
          name,
          isBlank(kind) ? null : Investor.Kind.valueOf(kind),
          country,
          identity,
          contribution,
          isBlank(method) ? null : Investor.Method.valueOf(method));
    }

    private static boolean isBlank(String value) {
      return RegistrationForm.isBlank(value);
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getKind() {
      return kind;
    }

    public void setKind(String kind) {
      this.kind = kind;
    }

    public String getCountry() {
      return country;
    }

    public void setCountry(String country) {
      this.country = country;
    }

    public String getIdentity() {
      return identity;
    }

    public void setIdentity(String identity) {
      this.identity = identity;
    }

    public String getMasked() {
      return masked;
    }

    public BigDecimal getContribution() {
      return contribution;
    }

    public void setContribution(BigDecimal contribution) {
      this.contribution = contribution;
    }

    public String getMethod() {
      return method;
    }

    public void setMethod(String method) {
      this.method = method;
    }
  }
}
