package cn.oneseal.web.view.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Where a refused answer is shown: beside the input it concerns, counting the rows of the form (a
 * blank row is not sent, so the saved line 2 may be the form's row 3); and the countries an
 * investor's nationality is chosen from.
 */
class RegistrationFieldErrorsTest {

  private static RegistrationFieldErrors.Rows rows(RegistrationForm form) {
    return new RegistrationFieldErrors.Rows(form::scopeRowOfSent, form::investorRowOfSent);
  }

  @Test
  void aFieldOfTheFormIsShownAtItsInput() {
    RegistrationForm form = new RegistrationForm();
    assertThat(RegistrationFieldErrors.clientId("domicile", rows(form), n -> Optional.empty()))
        .contains("wizardForm:domicile");
    assertThat(
            RegistrationFieldErrors.clientId(
                "legalRepresentativeIdentity", rows(form), n -> Optional.empty()))
        .contains("wizardForm:legalRepIdentity");
    assertThat(
            RegistrationFieldErrors.clientId(
                "extra.tax.financeContactPhone",
                rows(form),
                n -> Optional.of("wizardForm:departmentSections:0:fields:2:deptText")))
        .contains("wizardForm:departmentSections:0:fields:2:deptText");
    // the list as a whole has no single input: it goes to the top of the page
    assertThat(RegistrationFieldErrors.clientId("scope", rows(form), n -> Optional.empty()))
        .isEmpty();
  }

  @Test
  void aRowIsFoundAmongTheRowsTheFormShowsBlankOnesIncluded() {
    RegistrationForm form = new RegistrationForm();
    form.addScopeRow();
    form.addScopeRow();
    form.addScopeRow();
    form.getScope().get(0).setDescription("餐饮服务");
    form.getScope().get(2).setDescription("软件开发");
    form.addInvestor();
    form.addInvestor();
    form.getInvestors().get(1).setName("李四");

    assertThat(
            RegistrationFieldErrors.clientId(
                "scope[1].industryCode", rows(form), n -> Optional.empty()))
        .contains("wizardForm:scopeRows:2:scopeIndustryCode");
    assertThat(
            RegistrationFieldErrors.clientId(
                "investors[0].identity", rows(form), n -> Optional.empty()))
        .contains("wizardForm:investorRows:1:investorIdentity");
    assertThat(
            RegistrationFieldErrors.clientId(
                "investors[3].identity", rows(form), n -> Optional.empty()))
        .isEmpty();
  }

  @Test
  void countriesAreEveryIsoCodeWithChinaFirstAndTheRegionsNamedAsPartsOfChina() {
    var zh = RegistrationChoices.countries(Locale.SIMPLIFIED_CHINESE);
    var en = RegistrationChoices.countries(Locale.ENGLISH);

    assertThat(zh).hasSizeGreaterThan(240).hasSameSizeAs(en);
    assertThat(zh.get(0)).isEqualTo(new RegistrationChoices.Choice("CHN", "中国 (CHN)"));
    assertThat(zh.subList(1, 4))
        .extracting(RegistrationChoices.Choice::label)
        .containsExactly("中国香港 (HKG)", "中国澳门 (MAC)", "中国台湾 (TWN)");
    assertThat(en)
        .contains(
            new RegistrationChoices.Choice("DEU", "Germany (DEU)"),
            new RegistrationChoices.Choice("TWN", "Taiwan, China (TWN)"));
    assertThat(zh)
        .extracting(RegistrationChoices.Choice::code)
        .allMatch(c -> c.matches("[A-Z]{3}"));
  }
}
