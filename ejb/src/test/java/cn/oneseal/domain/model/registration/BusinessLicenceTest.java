package cn.oneseal.domain.model.registration;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.infrastructure.crypto.AesIdentityVault;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the licence shows: type, term and the legal representative masked for the public. */
class BusinessLicenceTest {

  private final AesIdentityVault vault = AesIdentityVault.withKey(new byte[32]);

  private BusinessLicence licence(String representative, Integer years) {
    BusinessRegistration r =
        new BusinessRegistration(
            "zhangsan", EntityType.COMPANY, false, BusinessRegistrationTest.NOW);
    RegistrationData data =
        BusinessRegistrationTest.company(
            List.of(
                BusinessRegistrationTest.person("张三", BusinessRegistrationTest.ID_ZHANG, "100")),
            "100");
    r.update(
        new RegistrationData(
            false,
            data.area(),
            data.name(),
            data.domicile(),
            data.capitalAmount(),
            data.capitalCurrency(),
            years,
            data.scope(),
            representative,
            data.legalRepresentativeIdentity(),
            data.investors(),
            data.contactPhone(),
            null,
            data.extra()),
        vault,
        BusinessRegistrationTest.TODAY,
        BusinessRegistrationTest.NOW);
    return new BusinessLicence(
        CreditCode.of(BusinessRegistrationTest.ORG_CODE),
        "XK1",
        r,
        "山西省行政审批服务管理局",
        LocalDate.of(2026, 11, 27),
        BusinessRegistrationTest.NOW);
  }

  @Test
  void thePublicSeesOnlyTheFamilyName() {
    assertThat(licence("张三", null).maskedRepresentative()).isEqualTo("张*");
    assertThat(licence("欧阳建国", null).maskedRepresentative()).isEqualTo("欧***");
  }

  @Test
  void theOperatingTermEndsTheDayBeforeItsAnniversary() {
    assertThat(licence("张三", 20).getOperatingUntil()).isEqualTo(LocalDate.of(2046, 11, 26));
    assertThat(licence("张三", null).getOperatingUntil()).isNull();
  }

  @Test
  void aCompanyOfNaturalPersonsSaysSoAndStartsValid() {
    BusinessLicence licence = licence("张三", null);
    assertThat(licence.getTypeZh()).isEqualTo("有限责任公司（自然人投资或控股）");
    assertThat(licence.getStatus()).isEqualTo(LicenceStatus.VALID);
    assertThat(licence.getBusinessScope()).isEqualTo("软件开发；餐饮服务");
  }
}
