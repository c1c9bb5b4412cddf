package cn.oneseal.domain.model.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.oneseal.domain.model.registration.Validation.Problem;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.infrastructure.crypto.AesIdentityVault;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The one form: malformed values refused all at once with nothing changed, what is still missing
 * before submission, identity numbers stored only encrypted and shown masked, and which departments
 * receive the data.
 */
class BusinessRegistrationTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
  static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
  static final String ID_ZHANG = "11010519491231002X";
  static final String ID_LI = "110105199001011232";
  static final String ORG_CODE = "91350100M000100Y43";

  private final AesIdentityVault vault = AesIdentityVault.withKey(new byte[32]);

  /** The list in force since 2017: licence, code, tax, social, statistics, seal, fund, customs … */
  static IntegratedList many() {
    List<IntegratedCertificate> certificates =
        java.util.stream.Stream.of(
                "business-licence",
                "organisation-code",
                "tax-registration",
                "social-insurance-registration",
                "statistical-registration",
                "seal-engraving-filing",
                "housing-fund-registration",
                "customs-declarant-registration",
                "foreign-investment-filing",
                "travel-agency-branch-filing")
            .map(code -> new IntegratedCertificate(code, code, code, "部门", "Dept"))
            .toList();
    return new IntegratedList(
        3, LocalDate.of(2017, 10, 1), "多证合一", "Many", "依据", "b", certificates);
  }

  static Map<String, String> departmentFields() {
    Map<String, String> extra = new HashMap<>();
    extra.put("tax.accountingStandard", "small-enterprise");
    extra.put("tax.financeContact", "李四");
    extra.put("tax.financeContactPhone", "0351-1234567");
    extra.put("social.insuredEmployees", "5");
    extra.put("stats.employees", "6");
    extra.put("stats.mainActivity", "软件开发");
    extra.put("seal.count", "2");
    extra.put("fund.contact", "王五");
    extra.put("customs.importExport", "false");
    return extra;
  }

  static RegistrationData company(List<RegistrationData.InvestorData> investors, String capital) {
    return new RegistrationData(
        false,
        "140100",
        new NameDeclaration("太原", "晋创", "科技", "有限公司"),
        "山西省太原市小店区长治路123号",
        new BigDecimal(capital),
        "CNY",
        null,
        List.of(
            new RegistrationData.Scope("软件开发", "6511"), new RegistrationData.Scope("餐饮服务", "6210")),
        "张三",
        ID_ZHANG,
        investors,
        "13800000000",
        "zhang@example.cn",
        departmentFields());
  }

  static RegistrationData.InvestorData person(String name, String id, String amount) {
    return new RegistrationData.InvestorData(
        name,
        Investor.Kind.NATURAL_PERSON,
        "CHN",
        id,
        new BigDecimal(amount),
        Investor.Method.CURRENCY);
  }

  private BusinessRegistration draft(EntityType type) {
    return new BusinessRegistration("zhangsan", type, false, NOW);
  }

  @Test
  void aCompleteCompanyFormHasNothingMissing() {
    BusinessRegistration r = draft(EntityType.COMPANY);
    r.update(
        company(List.of(person("张三", ID_ZHANG, "60"), person("李四", ID_LI, "40")), "100"),
        vault,
        TODAY,
        NOW);

    assertThat(r.missing(many(), true)).isEmpty();
    assertThat(r.getFullName()).isEqualTo("太原晋创科技有限公司");
    assertThat(r.businessScopeText()).isEqualTo("软件开发；餐饮服务");
  }

  @Test
  void identityNumbersAreStoredEncryptedAndShownMasked() {
    BusinessRegistration r = draft(EntityType.COMPANY);
    r.update(company(List.of(person("张三", ID_ZHANG, "100")), "100"), vault, TODAY, NOW);

    SealedIdentity representative = r.getLegalRepIdentity().orElseThrow();
    assertThat(representative.cipherText()).startsWith("v1:").doesNotContain("19491231");
    assertThat(representative.masked()).isEqualTo("110105********002X");
    assertThat(vault.open(representative)).isEqualTo(ID_ZHANG);
    Investor investor = r.getInvestors().get(0);
    assertThat(investor.getIdentity().masked()).isEqualTo("110105********002X");
    assertThat(vault.open(investor.getIdentity())).isEqualTo(ID_ZHANG);
    // the same number encrypted twice gives two different texts (random nonce)
    assertThat(investor.getIdentity().cipherText()).isNotEqualTo(representative.cipherText());
  }

  @Test
  void aBlankIdentityNumberKeepsTheOneSavedBefore() {
    BusinessRegistration r = draft(EntityType.COMPANY);
    r.update(company(List.of(person("张三", ID_ZHANG, "100")), "100"), vault, TODAY, NOW);
    String before = r.getLegalRepIdentity().orElseThrow().cipherText();

    RegistrationData again = company(List.of(person("张三", null, "100")), "100");
    r.update(
        new RegistrationData(
            again.foreignInvested(),
            again.area(),
            again.name(),
            "新住所",
            again.capitalAmount(),
            again.capitalCurrency(),
            again.operatingYears(),
            again.scope(),
            again.legalRepresentativeName(),
            "",
            again.investors(),
            again.contactPhone(),
            again.contactEmail(),
            again.extra()),
        vault,
        TODAY,
        NOW);

    assertThat(r.getDomicile()).isEqualTo("新住所");
    assertThat(r.getLegalRepIdentity().orElseThrow().cipherText()).isEqualTo(before);
    assertThat(vault.open(r.getInvestors().get(0).getIdentity())).isEqualTo(ID_ZHANG);
  }

  @Test
  void removingAnInvestorKeepsTheSavedNumbersOfTheOthers() {
    BusinessRegistration r = draft(EntityType.COMPANY);
    r.update(
        company(List.of(person("张三", ID_ZHANG, "60"), person("李四", ID_LI, "40")), "100"),
        vault,
        TODAY,
        NOW);

    // 张三 is removed; 李四 moves up a row and his number is not typed again
    r.update(company(List.of(person("李四", null, "100")), "100"), vault, TODAY, NOW);

    assertThat(r.getInvestors()).hasSize(1);
    assertThat(vault.open(r.getInvestors().get(0).getIdentity())).isEqualTo(ID_LI);
  }

  @Test
  void theWizardsSaveKeepsEveryWellFormedAnswerWhenOneIsWrong() {
    BusinessRegistration r = draft(EntityType.COMPANY);
    r.update(company(List.of(person("张三", ID_ZHANG, "60")), "100"), vault, TODAY, NOW);
    String savedIdentity = r.getLegalRepIdentity().orElseThrow().cipherText();

    RegistrationData typed = company(List.of(person("张三", null, "100")), "100");
    Map<String, String> extra = new HashMap<>(typed.extra());
    extra.put("tax.financeContactPhone", "not a phone");
    extra.put("fund.contact", "赵六");
    List<BusinessRegistration.FieldProblem> refused =
        r.updateValid(
            new RegistrationData(
                typed.foreignInvested(),
                typed.area(),
                typed.name(),
                "新住所",
                typed.capitalAmount(),
                typed.capitalCurrency(),
                typed.operatingYears(),
                List.of(
                    new RegistrationData.Scope("软件开发", "6511"),
                    new RegistrationData.Scope("餐饮服务", "62X0")),
                typed.legalRepresentativeName(),
                "110105194912310021",
                List.of(person("张三", null, "100"), person("李四", "123", "10")),
                "13900000000",
                "bad-email",
                extra),
            vault,
            TODAY,
            NOW);

    assertThat(refused)
        .extracting(BusinessRegistration.FieldProblem::field)
        .containsExactly(
            "legalRepresentativeIdentity",
            "scope[1].industryCode",
            "investors[1].identity",
            "extra.tax.financeContactPhone",
            "contactEmail");
    // the well-formed answers are saved …
    assertThat(r.getDomicile()).isEqualTo("新住所");
    assertThat(r.getContactPhone()).isEqualTo("13900000000");
    assertThat(r.getExtra()).containsEntry("fund.contact", "赵六");
    assertThat(r.getScope()).extracting(ScopeEntry::getIndustryCode).containsExactly("6511");
    assertThat(r.getInvestors()).extracting(Investor::getName).containsExactly("张三");
    assertThat(r.getInvestors().get(0).getContribution()).isEqualByComparingTo("100");
    // … the malformed ones keep what was saved before
    assertThat(r.getExtra()).containsEntry("tax.financeContactPhone", "0351-1234567");
    assertThat(r.getContactEmail()).isEqualTo("zhang@example.cn");
    assertThat(r.getLegalRepIdentity().orElseThrow().cipherText()).isEqualTo(savedIdentity);
  }

  @Test
  void aSavedInvestorWhoseRowGoesWrongStaysAsSaved() {
    BusinessRegistration r = draft(EntityType.COMPANY);
    r.update(company(List.of(person("李四", ID_LI, "100")), "100"), vault, TODAY, NOW);

    List<BusinessRegistration.FieldProblem> refused =
        r.updateValid(company(List.of(person("李四", null, "-5")), "100"), vault, TODAY, NOW);

    assertThat(refused)
        .extracting(BusinessRegistration.FieldProblem::field)
        .containsExactly("investors[0].contribution");
    assertThat(r.getInvestors().get(0).getContribution()).isEqualByComparingTo("100");
    assertThat(vault.open(r.getInvestors().get(0).getIdentity())).isEqualTo(ID_LI);
  }

  @Test
  void malformedValuesAreAllRefusedAtOnceAndNothingChanges() {
    BusinessRegistration r = draft(EntityType.COMPANY);
    RegistrationData bad =
        new RegistrationData(
            false,
            "14010",
            new NameDeclaration("太原", "晋创", "科技", "有限公司"),
            "住所",
            new BigDecimal("-1"),
            "XYZ",
            99,
            List.of(new RegistrationData.Scope("软件开发", "65A1")),
            "张三",
            "110105194912310021",
            List.of(
                person("李四", "123", "10"),
                new RegistrationData.InvestorData(
                    "Acme",
                    Investor.Kind.ORGANISATION,
                    "U5",
                    ORG_CODE,
                    BigDecimal.ONE,
                    Investor.Method.CURRENCY)),
            "12",
            "no-at-sign",
            Map.of("seal.count", "two", "nonsense", "x"));

    assertThatThrownBy(() -> r.update(bad, vault, TODAY, NOW))
        .isInstanceOfSatisfying(
            DomainException.class,
            e ->
                assertThat(e.details().stream().map(DomainException.Detail::code))
                    .containsExactlyInAnyOrder(
                        "error.registration.area",
                        "error.registration.capital",
                        "error.registration.currency",
                        "error.registration.operatingYears",
                        "error.registration.representativeIdentity",
                        "error.registration.industryCode",
                        "error.registration.investorIdentity",
                        "error.registration.country",
                        "error.registration.fieldValue.seal.count",
                        "error.registration.unknownField",
                        "error.form.phone",
                        "error.registration.email"));
    assertThat(r.getDomicile()).isNull();
    assertThat(r.getScope()).isEmpty();
  }

  @Test
  void anEmptyDraftListsEverythingStillMissing() {
    BusinessRegistration r = draft(EntityType.COMPANY);

    assertThat(r.missing(many(), false).stream().map(Problem::code))
        .contains(
            "error.registration.nameMissing",
            "error.registration.required.domicile",
            "error.registration.required.capital",
            "error.registration.required.scope",
            "error.registration.required.legalRepresentative",
            "error.registration.investorCount",
            "error.registration.required.contactPhone",
            "error.registration.departmentField.tax.financeContact",
            "error.registration.departmentField.customs.importExport")
        // the foreign-investment filing is not asked of a domestic company
        .doesNotContain("error.registration.departmentField.fdi.totalInvestment");
  }

  @Test
  void theNameMustBeReservedForTheOwner() {
    BusinessRegistration r = draft(EntityType.COMPANY);
    r.update(company(List.of(person("张三", ID_ZHANG, "100")), "100"), vault, TODAY, NOW);

    assertThat(r.missing(many(), false).stream().map(Problem::code))
        .containsExactly("error.registration.nameNotReserved");
  }

  @Test
  void contributionsMustAddUpToTheRegisteredCapital() {
    BusinessRegistration r = draft(EntityType.COMPANY);
    r.update(
        company(List.of(person("张三", ID_ZHANG, "60"), person("李四", ID_LI, "30")), "100"),
        vault,
        TODAY,
        NOW);

    List<Problem> missing = r.missing(many(), true);
    assertThat(missing)
        .extracting(Problem::code)
        .containsExactly("error.registration.contributionsSum");
    assertThat(missing.get(0).args()).extracting(Object::toString).containsExactly("90", "100");
  }

  @Test
  void eachEntityTypeHasItsNumberOfInvestors() {
    BusinessRegistration partnership = draft(EntityType.PARTNERSHIP);
    partnership.update(company(List.of(person("张三", ID_ZHANG, "100")), "100"), vault, TODAY, NOW);
    assertThat(partnership.missing(many(), true))
        .extracting(Problem::code)
        .containsExactly("error.registration.investorCount");

    BusinessRegistration cooperative = draft(EntityType.COOPERATIVE);
    cooperative.update(
        company(List.of(person("张三", ID_ZHANG, "50"), person("李四", ID_LI, "50")), "100"),
        vault,
        TODAY,
        NOW);
    assertThat(cooperative.missing(many(), true))
        .extracting(Problem::code)
        .containsExactly("error.registration.investorCount");

    // an individual business has an operator, no investors and no capital
    BusinessRegistration individual = draft(EntityType.INDIVIDUAL_BUSINESS);
    individual.update(company(List.of(), "100"), vault, TODAY, NOW);
    assertThat(individual.getCapitalAmount()).isNull();
    assertThat(individual.missing(many(), true)).isEmpty();
  }

  @Test
  void aForeignInvestedCompanyNeedsAForeignInvestorAndTheCommerceFiling() {
    BusinessRegistration r = new BusinessRegistration("zhangsan", EntityType.COMPANY, true, NOW);
    RegistrationData domestic = company(List.of(person("张三", ID_ZHANG, "100")), "100");
    r.update(
        new RegistrationData(
            true,
            domestic.area(),
            domestic.name(),
            domestic.domicile(),
            domestic.capitalAmount(),
            "USD",
            null,
            domestic.scope(),
            domestic.legalRepresentativeName(),
            domestic.legalRepresentativeIdentity(),
            domestic.investors(),
            domestic.contactPhone(),
            null,
            domestic.extra()),
        vault,
        TODAY,
        NOW);
    assertThat(r.missing(many(), true))
        .extracting(Problem::code)
        .containsExactlyInAnyOrder(
            "error.registration.noForeignInvestor",
            "error.registration.departmentField.fdi.totalInvestment",
            "error.registration.departmentField.fdi.catalogue");

    RegistrationData.InvestorData foreign =
        new RegistrationData.InvestorData(
            "John Smith",
            Investor.Kind.NATURAL_PERSON,
            "GBR",
            "P1234567",
            new BigDecimal("100"),
            Investor.Method.CURRENCY);
    Map<String, String> extra = new HashMap<>(domestic.extra());
    extra.put("fdi.totalInvestment", "300");
    extra.put("fdi.catalogue", "permitted");
    r.update(
        new RegistrationData(
            true,
            domestic.area(),
            domestic.name(),
            domestic.domicile(),
            domestic.capitalAmount(),
            "USD",
            null,
            domestic.scope(),
            domestic.legalRepresentativeName(),
            null,
            List.of(foreign),
            domestic.contactPhone(),
            null,
            extra),
        vault,
        TODAY,
        NOW);
    assertThat(r.missing(many(), true)).isEmpty();
    assertThat(r.getInvestors().get(0).getIdentity().masked()).isEqualTo("P1****67");
    assertThat(EntityType.COMPANY.licenceTypeZh(true, true)).isEqualTo("有限责任公司（外商投资）");
  }

  @Test
  void theDataGoesToTheDepartmentsTheRegistrationConcerns() {
    Map<String, String> noTrade = Map.of("customs.importExport", "false");
    Map<String, String> trade = Map.of("customs.importExport", "true");

    assertThat(DepartmentFields.pushedTo("business-licence", false, noTrade)).isFalse();
    assertThat(DepartmentFields.pushedTo("organisation-code", false, noTrade)).isFalse();
    assertThat(DepartmentFields.pushedTo("travel-agency-branch-filing", false, noTrade)).isFalse();
    assertThat(DepartmentFields.pushedTo("tax-registration", false, noTrade)).isTrue();
    assertThat(DepartmentFields.pushedTo("customs-declarant-registration", false, noTrade))
        .isFalse();
    assertThat(DepartmentFields.pushedTo("customs-declarant-registration", false, trade)).isTrue();
    assertThat(DepartmentFields.pushedTo("foreign-investment-filing", false, noTrade)).isFalse();
    assertThat(DepartmentFields.pushedTo("foreign-investment-filing", true, noTrade)).isTrue();
  }

  @Test
  void aSubmittedFormCannotChange() {
    BusinessRegistration r = draft(EntityType.COMPANY);
    r.submitted("XK20261127000001", NOW);

    assertThatThrownBy(
            () ->
                r.update(company(List.of(person("张三", ID_ZHANG, "100")), "100"), vault, TODAY, NOW))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.code()).isEqualTo("error.registration.notDraft"));
  }
}
