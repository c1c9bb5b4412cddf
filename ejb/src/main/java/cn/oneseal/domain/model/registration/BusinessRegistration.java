package cn.oneseal.domain.model.registration;

import cn.oneseal.domain.model.registration.Validation.Problem;
import cn.oneseal.domain.shared.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The one form (一表申请) of a business registration: everything the registration authority and the
 * integrated departments need, typed once. It is a draft of its owner until submitted; then it is
 * frozen and belongs to the application that carries it through the process.
 *
 * <p>Saving a draft refuses malformed values (every problem listed, nothing changed) but accepts
 * missing ones; {@link #missing} lists what must still be filled before the draft can be submitted,
 * which is what the "check your answers" page shows.
 *
 * <p>Long because the one form is long and its rules belong with it: every field the integrated
 * departments need, with its check.
 */
@Entity
@Table(name = "business_registration")
public class BusinessRegistration {

  public static final int MAX_SCOPE_LINES = 30;
  public static final int MAX_INVESTORS = 50;
  public static final int MAX_OPERATING_YEARS = 50;
  static final int MAX_TEXT = 256;

  private static final Pattern INDUSTRY = Pattern.compile("[0-9]{4}");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9\\- ]{5,18}[0-9]");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern AREA = Pattern.compile("[0-9]{6}");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  @Size(max = 64)
  private String owner;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RegistrationStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "entity_type", nullable = false)
  private EntityType entityType;

  @Column(name = "foreign_invested", nullable = false)
  private boolean foreignInvested;

  @Size(max = 6)
  private String area;

  @Column(name = "name_region")
  @Size(max = 64)
  private String nameRegion;

  @Column(name = "name_trade")
  @Size(max = 64)
  private String nameTrade;

  @Column(name = "name_industry")
  @Size(max = 64)
  private String nameIndustry;

  @Column(name = "name_form")
  @Size(max = 64)
  private String nameForm;

  @Column(name = "full_name")
  @Size(max = 256)
  private String fullName;

  @Size(max = 256)
  private String domicile;

  @Column(name = "capital_amount", precision = 18, scale = 2)
  private BigDecimal capitalAmount;

  @Column(name = "capital_currency")
  @Size(max = 3)
  private String capitalCurrency;

  @Column(name = "operating_years")
  private Integer operatingYears;

  @Column(name = "legal_rep_name")
  @Size(max = 64)
  private String legalRepName;

  @Column(name = "legal_rep_identity")
  @Size(max = 512)
  private String legalRepIdentityCipher;

  @Column(name = "legal_rep_masked")
  @Size(max = 32)
  private String legalRepMasked;

  @Column(name = "contact_phone")
  @Size(max = 32)
  private String contactPhone;

  @Column(name = "contact_email")
  @Size(max = 128)
  private String contactEmail;

  @Column(name = "application_number")
  @Size(max = 32)
  private String applicationNumber;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "business_registration_scope",
      joinColumns = @JoinColumn(name = "registration_id"))
  @OrderColumn(name = "position")
  private List<ScopeEntry> scope = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "business_registration_investor",
      joinColumns = @JoinColumn(name = "registration_id"))
  @OrderColumn(name = "position")
  private List<Investor> investors = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "business_registration_extra",
      joinColumns = @JoinColumn(name = "registration_id"))
  @MapKeyColumn(name = "field_name")
  @Column(name = "field_value", length = 512)
  private Map<@Size(max = 64) String, @Size(max = 512) String> extra = new TreeMap<>();

  /**
   * The credit code of the registered business this form changes (变更登记): name, type, area and
   * whether foreign-invested stay as registered; {@code null} for an establishment.
   */
  @Column(name = "change_of")
  @Size(max = 18)
  private String changeOf;

  @Version private long version;

  protected BusinessRegistration() {}

  public BusinessRegistration(
      String owner, EntityType entityType, boolean foreignInvested, Instant now) {
    this.owner = owner;
    this.entityType = entityType;
    this.foreignInvested = foreignInvested;
    this.status = RegistrationStatus.DRAFT;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /**
   * A change registration's form (变更登记), prefilled from the registration in force of the business
   * with credit code {@code creditCode}, for the same owner. Name, type, area and foreign
   * investment are fixed; domicile, scope, capital, legal representative, investors and contacts
   * may change. Identity numbers stay sealed as they were.
   */
  public static BusinessRegistration changeOf(
      BusinessRegistration current, String creditCode, Instant now) {
    BusinessRegistration r =
        new BusinessRegistration(current.owner, current.entityType, current.foreignInvested, now);
    r.changeOf = creditCode;
    r.area = current.area;
    r.nameRegion = current.nameRegion;
    r.nameTrade = current.nameTrade;
    r.nameIndustry = current.nameIndustry;
    r.nameForm = current.nameForm;
    r.fullName = current.fullName;
    r.domicile = current.domicile;
    r.capitalAmount = current.capitalAmount;
    r.capitalCurrency = current.capitalCurrency;
    r.operatingYears = current.operatingYears;
    r.legalRepName = current.legalRepName;
    r.legalRepIdentityCipher = current.legalRepIdentityCipher;
    r.legalRepMasked = current.legalRepMasked;
    r.contactPhone = current.contactPhone;
    r.contactEmail = current.contactEmail;
    current.scope.forEach(
        s -> r.scope.add(new ScopeEntry(s.getDescription(), s.getIndustryCode())));
    current.investors.forEach(
        i ->
            r.investors.add(
                new Investor(
                    i.getName(),
                    i.getKind(),
                    i.getCountry(),
                    i.getIdentity(),
                    i.getContribution(),
                    i.getMethod())));
    r.extra.putAll(current.extra);
    return r;
  }

  /**
   * Saves what the applicant typed. Every malformed value is reported at once and nothing is
   * changed; blank values are simply not filled yet.
   */
  public void update(RegistrationData data, IdentityVault vault, LocalDate today, Instant now) {
    requireDraft();
    List<Problem> problems = formatProblems(data, today);
    if (!problems.isEmpty()) {
      throw DomainException.invalidAll(
          problems.stream()
              .map(p -> new DomainException.Detail(p.code(), p.args().toArray()))
              .toList());
    }
    if (changeOf == null) {
      // a change registration keeps the registered name, area and kind of investment
      foreignInvested = data.foreignInvested();
      area = blankToNull(data.area());
      NameDeclaration name =
          data.name() == null ? new NameDeclaration(null, null, null, null) : data.name();
      nameRegion = name.region();
      nameTrade = name.tradeName();
      nameIndustry = name.industry();
      nameForm = name.organizationForm();
      fullName = name.tradeName() == null ? null : name.fullName();
    }
    domicile = blankToNull(data.domicile());
    capitalAmount = entityType.hasCapital() ? data.capitalAmount() : null;
    capitalCurrency = entityType.hasCapital() ? upper(blankToNull(data.capitalCurrency())) : null;
    operatingYears = data.operatingYears();
    String representative = blankToNull(data.legalRepresentativeName());
    if (changeOf != null
        && !java.util.Objects.equals(representative, legalRepName)
        && blankToNull(data.legalRepresentativeIdentity()) == null) {
      // a new legal representative of a registered business needs their own identity document
      legalRepIdentityCipher = null;
      legalRepMasked = null;
    }
    legalRepName = representative;
    String identity = blankToNull(data.legalRepresentativeIdentity());
    if (identity != null) {
      String masked =
          IdentityDocuments.masked(
                  identity, Investor.Kind.NATURAL_PERSON, foreignRepresentative(identity), today)
              .orElseThrow();
      SealedIdentity sealed = vault.seal(identity.toUpperCase(Locale.ROOT), masked);
      legalRepIdentityCipher = sealed.cipherText();
      legalRepMasked = sealed.masked();
    }
    scope.clear();
    data.scope().stream()
        .filter(s -> !isBlank(s.description()))
        .forEach(s -> scope.add(new ScopeEntry(s.description().strip(), s.industryCode().strip())));
    List<Investor> before = List.copyOf(investors);
    investors.clear();
    for (RegistrationData.InvestorData typed : data.investors()) {
      investors.add(investor(typed, saved(before, typed.name()).orElse(null), vault, today));
    }
    extra.clear();
    data.extra()
        .forEach(
            (field, value) -> {
              if (!isBlank(value)) {
                extra.put(field, value.strip());
              }
            });
    contactPhone = blankToNull(data.contactPhone());
    contactEmail = blankToNull(data.contactEmail());
    updatedAt = now;
  }

  private static Investor investor(
      RegistrationData.InvestorData typed, Investor earlier, IdentityVault vault, LocalDate today) {
    String country = upper(typed.country());
    SealedIdentity identity;
    if (isBlank(typed.identity())) {
      // kept from the draft as saved before: the form never sends the number back
      identity = earlier.getIdentity();
    } else {
      String value = typed.identity().strip().toUpperCase(Locale.ROOT);
      String masked =
          IdentityDocuments.masked(value, typed.kind(), !Investor.CHINA.equals(country), today)
              .orElseThrow();
      identity = vault.seal(value, masked);
    }
    return new Investor(
        typed.name().strip(),
        typed.kind(),
        country,
        identity,
        typed.contribution(),
        typed.method());
  }

  private boolean foreignRepresentative(String identity) {
    return foreignInvested && !identity.strip().matches("[0-9]{17}[0-9Xx]");
  }

  /** Every malformed value of the typed data; blank values are not problems here. */
  List<Problem> formatProblems(RegistrationData data, LocalDate today) {
    return fieldProblems(data, today).stream().map(FieldProblem::problem).toList();
  }

  /**
   * A malformed value and the answer of the one form it concerns: {@code area}, {@code domicile},
   * {@code capitalAmount}, {@code capitalCurrency}, {@code operatingYears}, {@code
   * legalRepresentativeName}, {@code legalRepresentativeIdentity}, {@code scope} (the whole list),
   * {@code scope[i].description} / {@code .industryCode}, {@code investors}, {@code
   * investors[i].name} / {@code .country} / {@code .identity} / {@code .contribution}, {@code
   * extra.<department field>}, {@code contactPhone}, {@code contactEmail}; rows counted from 0.
   */
  public record FieldProblem(String field, Problem problem) {

    /** Whether this problem concerns the given answer or a part of it ({@code scope[1]}). */
    public boolean concerns(String prefix) {
      return field.equals(prefix) || field.startsWith(prefix + ".");
    }
  }

  /** Every malformed value of the typed data with its field, in the order of the form. */
  List<FieldProblem> fieldProblems(RegistrationData data, LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    if (!isBlank(data.area()) && !AREA.matcher(data.area().strip()).matches()) {
      add(problems, "area", Problem.of("error.registration.area", data.area()));
    }
    textTooLong(problems, "domicile", "error.registration.tooLong.domicile", data.domicile());
    textTooLong(
        problems,
        "legalRepresentativeName",
        "error.registration.tooLong.legalRepresentative",
        data.legalRepresentativeName());
    if (data.capitalAmount() != null
        && (data.capitalAmount().signum() <= 0
            || data.capitalAmount().scale() > 2
            || data.capitalAmount().precision() - data.capitalAmount().scale() > 14)) {
      add(
          problems,
          "capitalAmount",
          Problem.of("error.registration.capital", data.capitalAmount().toPlainString()));
    }
    if (!isBlank(data.capitalCurrency())
        && !RegistrationData.CURRENCIES.contains(upper(data.capitalCurrency()))) {
      add(
          problems,
          "capitalCurrency",
          Problem.of("error.registration.currency", data.capitalCurrency()));
    }
    if (data.operatingYears() != null
        && (data.operatingYears() < 1 || data.operatingYears() > MAX_OPERATING_YEARS)) {
      add(
          problems,
          "operatingYears",
          Problem.of(
              "error.registration.operatingYears", data.operatingYears(), MAX_OPERATING_YEARS));
    }
    String identity = blankToNull(data.legalRepresentativeIdentity());
    if (identity != null) {
      boolean foreign = data.foreignInvested() && !identity.matches("[0-9]{17}[0-9Xx]");
      if (IdentityDocuments.masked(identity, Investor.Kind.NATURAL_PERSON, foreign, today)
          .isEmpty()) {
        add(
            problems,
            "legalRepresentativeIdentity",
            Problem.of("error.registration.representativeIdentity"));
      }
    }
    if (data.scope().size() > MAX_SCOPE_LINES) {
      add(problems, "scope", Problem.of("error.registration.scopeTooLong", MAX_SCOPE_LINES));
    }
    for (int i = 0; i < data.scope().size(); i++) {
      RegistrationData.Scope line = data.scope().get(i);
      if (isBlank(line.description())) {
        continue;
      }
      if (line.description().strip().length() > 512) {
        add(
            problems,
            "scope[" + i + "].description",
            Problem.of("error.registration.tooLong.scope", i + 1, 512));
      }
      if (line.industryCode() == null || !INDUSTRY.matcher(line.industryCode().strip()).matches()) {
        add(
            problems,
            "scope[" + i + "].industryCode",
            Problem.of(
                "error.registration.industryCode", i + 1, String.valueOf(line.industryCode())));
      }
    }
    if (data.investors().size() > MAX_INVESTORS) {
      add(problems, "investors", Problem.of("error.registration.tooManyInvestors", MAX_INVESTORS));
    }
    for (int i = 0; i < data.investors().size(); i++) {
      investorProblems(problems, i, data.investors().get(i), today);
    }
    data.extra()
        .forEach(
            (field, value) -> {
              Optional<DepartmentField> known = DepartmentFields.field(field);
              if (known.isEmpty()) {
                add(
                    problems,
                    "extra." + field,
                    Problem.of("error.registration.unknownField", field));
              } else if (!isBlank(value) && !known.get().accepts(value.strip())) {
                add(
                    problems,
                    "extra." + field,
                    Problem.of("error.registration.fieldValue." + field, value));
              }
            });
    if (!isBlank(data.contactPhone()) && !PHONE.matcher(data.contactPhone().strip()).matches()) {
      add(problems, "contactPhone", Problem.of("error.form.phone", data.contactPhone()));
    }
    if (!isBlank(data.contactEmail()) && !EMAIL.matcher(data.contactEmail().strip()).matches()) {
      add(problems, "contactEmail", Problem.of("error.registration.email", data.contactEmail()));
    }
    return problems;
  }

  private static void add(List<FieldProblem> problems, String field, Problem problem) {
    problems.add(new FieldProblem(field, problem));
  }

  private void investorProblems(
      List<FieldProblem> problems,
      int index,
      RegistrationData.InvestorData typed,
      LocalDate today) {
    int n = index + 1;
    String row = "investors[" + index + "]";
    if (typed == null || isBlank(typed.name()) || typed.kind() == null || typed.method() == null) {
      add(problems, row + ".name", Problem.of("error.registration.investorIncomplete", n));
      return;
    }
    textTooLong(problems, row + ".name", "error.registration.tooLong.investor", typed.name(), n);
    String country = upper(typed.country());
    if (country == null || !COUNTRY.matcher(country).matches()) {
      add(
          problems,
          row + ".country",
          Problem.of("error.registration.country", n, String.valueOf(typed.country())));
      return;
    }
    if (isBlank(typed.identity())) {
      if (saved(investors, typed.name()).isEmpty()) {
        add(problems, row + ".identity", Problem.of("error.registration.investorIdentity", n));
      }
    } else if (IdentityDocuments.masked(
            typed.identity(), typed.kind(), !Investor.CHINA.equals(country), today)
        .isEmpty()) {
      add(problems, row + ".identity", Problem.of("error.registration.investorIdentity", n));
    }
    if (typed.contribution() == null
        || typed.contribution().signum() <= 0
        || typed.contribution().scale() > 2) {
      add(problems, row + ".contribution", Problem.of("error.registration.contribution", n));
    }
  }

  /**
   * Saves every well-formed answer and keeps, for each malformed one, what was saved before (a
   * malformed scope line or a new investor row is left out). The wizard saves a step this way, so
   * that one wrong field does not lose the others (autosave); the API's {@link #update} refuses the
   * whole request instead.
   *
   * @return the malformed answers, none of which was saved
   */
  public List<FieldProblem> updateValid(
      RegistrationData data, IdentityVault vault, LocalDate today, Instant now) {
    requireDraft();
    List<FieldProblem> problems = fieldProblems(data, today);
    update(problems.isEmpty() ? data : withoutMalformed(data, problems), vault, today, now);
    return problems;
  }

  private RegistrationData withoutMalformed(RegistrationData data, List<FieldProblem> problems) {
    java.util.function.Predicate<String> wrong =
        field -> problems.stream().anyMatch(p -> p.concerns(field));
    List<RegistrationData.Scope> scopeKept = new ArrayList<>();
    if (wrong.test("scope")) {
      this.scope.forEach(
          s -> scopeKept.add(new RegistrationData.Scope(s.getDescription(), s.getIndustryCode())));
    } else {
      for (int i = 0; i < data.scope().size(); i++) {
        if (!wrong.test("scope[" + i + "]")) {
          scopeKept.add(data.scope().get(i));
        }
      }
    }
    List<RegistrationData.InvestorData> investorsKept = new ArrayList<>();
    if (wrong.test("investors")) {
      this.investors.forEach(i -> investorsKept.add(asTyped(i)));
    } else {
      for (int i = 0; i < data.investors().size(); i++) {
        RegistrationData.InvestorData typed = data.investors().get(i);
        if (!wrong.test("investors[" + i + "]")) {
          investorsKept.add(typed);
        } else if (typed != null) {
          // a saved investor whose row went wrong stays as saved
          saved(this.investors, typed.name())
              .map(BusinessRegistration::asTyped)
              .filter(kept -> investorsKept.stream().noneMatch(k -> k.name().equals(kept.name())))
              .ifPresent(investorsKept::add);
        }
      }
    }
    Map<String, String> extraKept = new java.util.HashMap<>();
    data.extra()
        .forEach(
            (field, value) -> {
              if (!wrong.test("extra." + field)) {
                extraKept.put(field, value);
              } else if (this.extra.containsKey(field)) {
                extraKept.put(field, this.extra.get(field));
              }
            });
    return new RegistrationData(
        data.foreignInvested(),
        wrong.test("area") ? this.area : data.area(),
        data.name(),
        wrong.test("domicile") ? this.domicile : data.domicile(),
        wrong.test("capitalAmount") ? this.capitalAmount : data.capitalAmount(),
        wrong.test("capitalCurrency") ? this.capitalCurrency : data.capitalCurrency(),
        wrong.test("operatingYears") ? this.operatingYears : data.operatingYears(),
        scopeKept,
        wrong.test("legalRepresentativeName") ? this.legalRepName : data.legalRepresentativeName(),
        wrong.test("legalRepresentativeIdentity") ? null : data.legalRepresentativeIdentity(),
        investorsKept,
        wrong.test("contactPhone") ? this.contactPhone : data.contactPhone(),
        wrong.test("contactEmail") ? this.contactEmail : data.contactEmail(),
        extraKept);
  }

  /** A saved investor as the form would send it back: without the number, which is kept. */
  private static RegistrationData.InvestorData asTyped(Investor saved) {
    return new RegistrationData.InvestorData(
        saved.getName(),
        saved.getKind(),
        saved.getCountry(),
        null,
        saved.getContribution(),
        saved.getMethod());
  }

  /**
   * The investor saved before under this name: a row whose identity number is left blank keeps that
   * investor's number, wherever the row has moved in the list.
   */
  private static Optional<Investor> saved(List<Investor> investors, String name) {
    return name == null
        ? Optional.empty()
        : investors.stream().filter(i -> i.getName().equals(name.strip())).findFirst();
  }

  /**
   * What must still be filled or corrected before submission, given the integrated list in force
   * and whether the declared name is reserved for the owner.
   */
  public List<Problem> missing(IntegratedList list, boolean nameReservedForOwner) {
    List<Problem> problems = new ArrayList<>();
    if (area == null || fullName == null) {
      problems.add(Problem.of("error.registration.nameMissing"));
    } else if (!nameReservedForOwner && changeOf == null) {
      problems.add(Problem.of("error.registration.nameNotReserved", fullName));
    }
    if (domicile == null) {
      problems.add(Problem.of("error.registration.required.domicile"));
    }
    if (entityType.hasCapital()) {
      if (capitalAmount == null || capitalCurrency == null) {
        problems.add(Problem.of("error.registration.required.capital"));
      } else if (!investors.isEmpty()) {
        BigDecimal subscribed =
            investors.stream()
                .map(Investor::getContribution)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (subscribed.compareTo(capitalAmount) != 0) {
          problems.add(
              Problem.of(
                  "error.registration.contributionsSum",
                  subscribed.toPlainString(),
                  capitalAmount.toPlainString()));
        }
      }
    }
    if (scope.isEmpty()) {
      problems.add(Problem.of("error.registration.required.scope"));
    }
    if (legalRepName == null || legalRepIdentityCipher == null) {
      problems.add(Problem.of("error.registration.required.legalRepresentative"));
    }
    if (investors.size() < entityType.minInvestors()
        || investors.size() > entityType.maxInvestors()) {
      problems.add(
          Problem.of(
              "error.registration.investorCount",
              entityType.minInvestors(),
              entityType.maxInvestors(),
              investors.size()));
    }
    if (foreignInvested && investors.stream().noneMatch(Investor::isForeign)) {
      problems.add(Problem.of("error.registration.noForeignInvestor"));
    }
    if (contactPhone == null) {
      problems.add(Problem.of("error.registration.required.contactPhone"));
    }
    for (DepartmentField field : DepartmentFields.asked(list, foreignInvested, extra)) {
      if (field.required() && !extra.containsKey(field.name())) {
        problems.add(Problem.of("error.registration.departmentField." + field.name()));
      }
    }
    return problems;
  }

  /** The draft becomes the application's form; from now on it cannot change. */
  public void submitted(String number, Instant now) {
    requireDraft();
    status = RegistrationStatus.SUBMITTED;
    applicationNumber = number;
    updatedAt = now;
  }

  /** Whether the legal representative and every investor is a natural person. */
  public boolean allNaturalPersons() {
    return investors.stream().allMatch(i -> i.getKind() == Investor.Kind.NATURAL_PERSON);
  }

  public String businessScopeText() {
    return String.join("；", scope.stream().map(ScopeEntry::getDescription).toList());
  }

  public boolean isOwnedBy(String username) {
    return owner.equals(username);
  }

  private void requireDraft() {
    if (status != RegistrationStatus.DRAFT) {
      throw DomainException.conflict("error.registration.notDraft", applicationNumber);
    }
  }

  private static void textTooLong(
      List<FieldProblem> problems, String field, String code, String value, Object... position) {
    if (value != null && value.strip().length() > MAX_TEXT) {
      Object[] args = java.util.Arrays.copyOf(position, position.length + 1);
      args[position.length] = MAX_TEXT;
      add(problems, field, new Problem(code, java.util.Arrays.asList(args)));
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private static String blankToNull(String value) {
    return isBlank(value) ? null : value.strip();
  }

  private static String upper(String value) {
    return value == null ? null : value.strip().toUpperCase(Locale.ROOT);
  }

  public Long getId() {
    return id;
  }

  public String getOwner() {
    return owner;
  }

  public RegistrationStatus getStatus() {
    return status;
  }

  public EntityType getEntityType() {
    return entityType;
  }

  public boolean isForeignInvested() {
    return foreignInvested;
  }

  public String getArea() {
    return area;
  }

  public NameDeclaration getName() {
    return new NameDeclaration(nameRegion, nameTrade, nameIndustry, nameForm);
  }

  public String getFullName() {
    return fullName;
  }

  public String getDomicile() {
    return domicile;
  }

  public BigDecimal getCapitalAmount() {
    return capitalAmount;
  }

  public String getCapitalCurrency() {
    return capitalCurrency;
  }

  public Integer getOperatingYears() {
    return operatingYears;
  }

  public String getLegalRepName() {
    return legalRepName;
  }

  public String getLegalRepMasked() {
    return legalRepMasked;
  }

  public Optional<SealedIdentity> getLegalRepIdentity() {
    return legalRepIdentityCipher == null
        ? Optional.empty()
        : Optional.of(new SealedIdentity(legalRepIdentityCipher, legalRepMasked));
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public String getApplicationNumber() {
    return applicationNumber;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public List<ScopeEntry> getScope() {
    return List.copyOf(scope);
  }

  public List<Investor> getInvestors() {
    return List.copyOf(investors);
  }

  public String getChangeOf() {
    return changeOf;
  }

  public Map<String, String> getExtra() {
    return Map.copyOf(extra);
  }
}
