package cn.oneseal.domain.model.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.infrastructure.crypto.AesIdentityVault;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A licence's life: versions issued by change registrations under the same credit code, the old
 * ones superseded and never valid again, and the end of a licence (deregistered, revoked) final.
 */
class LicenceVersionTest {

  private static final Instant LATER = BusinessRegistrationTest.NOW.plusSeconds(86_400);

  private final AesIdentityVault vault = AesIdentityVault.withKey(new byte[32]);

  private BusinessRegistration established() {
    BusinessRegistration r =
        new BusinessRegistration(
            "zhangsan", EntityType.COMPANY, false, BusinessRegistrationTest.NOW);
    r.update(
        BusinessRegistrationTest.company(
            List.of(
                BusinessRegistrationTest.person("张三", BusinessRegistrationTest.ID_ZHANG, "100")),
            "100"),
        vault,
        BusinessRegistrationTest.TODAY,
        BusinessRegistrationTest.NOW);
    return r;
  }

  private BusinessLicence licence(BusinessRegistration r) {
    return new BusinessLicence(
        CreditCode.of(BusinessRegistrationTest.ORG_CODE),
        "XK1",
        r,
        "山西省行政审批服务管理局",
        LocalDate.of(2026, 11, 27),
        BusinessRegistrationTest.NOW);
  }

  /** The change form with another domicile, everything else as typed at establishment. */
  private static RegistrationData movedTo(String domicile, RegistrationData before) {
    return new RegistrationData(
        true,
        "110000",
        new NameDeclaration("北京", "别名", "贸易", "有限公司"),
        domicile,
        before.capitalAmount(),
        before.capitalCurrency(),
        before.operatingYears(),
        before.scope(),
        before.legalRepresentativeName(),
        null,
        List.of(
            new RegistrationData.InvestorData(
                "张三",
                Investor.Kind.NATURAL_PERSON,
                "CHN",
                null,
                new BigDecimal("100"),
                Investor.Method.CURRENCY)),
        before.contactPhone(),
        before.contactEmail(),
        before.extra());
  }

  @Test
  void theFirstLicenceIsVersionOneAndItsRecordIsValid() {
    BusinessLicence licence = licence(established());
    LicenceVersion first = LicenceVersion.of(licence, "XK1", BusinessRegistrationTest.NOW);
    assertThat(licence.getLicenceVersion()).isEqualTo(1);
    assertThat(first.getVersionNo()).isEqualTo(1);
    assertThat(first.statusGiven(licence)).isEqualTo(LicenceStatus.VALID);
    assertThat(first.maskedRepresentative()).isEqualTo("张*");
  }

  @Test
  void aChangeFormKeepsNameTypeAndAreaAndChangesTheDomicile() {
    BusinessRegistration current = established();
    BusinessRegistration change =
        BusinessRegistration.changeOf(current, BusinessRegistrationTest.ORG_CODE, LATER);
    assertThat(change.getChangeOf()).isEqualTo(BusinessRegistrationTest.ORG_CODE);
    assertThat(change.getDomicile()).isEqualTo(current.getDomicile());
    assertThat(change.getInvestors()).hasSize(1);

    change.update(
        movedTo(
            "山西省太原市迎泽区迎泽大街1号",
            BusinessRegistrationTest.company(
                List.of(
                    BusinessRegistrationTest.person(
                        "张三", BusinessRegistrationTest.ID_ZHANG, "100")),
                "100")),
        vault,
        BusinessRegistrationTest.TODAY,
        LATER);

    assertThat(change.getDomicile()).isEqualTo("山西省太原市迎泽区迎泽大街1号");
    assertThat(change.getFullName()).isEqualTo(current.getFullName());
    assertThat(change.getArea()).isEqualTo("140100");
    assertThat(change.isForeignInvested()).isFalse();
    // the investor's identity is kept sealed as registered, the name needs no new reservation
    assertThat(change.getInvestors().get(0).getIdentity()).isNotNull();
    assertThat(change.missing(BusinessRegistrationTest.many(), false))
        .extracting(p -> p.code())
        .doesNotContain("error.registration.nameNotReserved");
  }

  @Test
  void aNewLegalRepresentativeNeedsTheirOwnIdentityDocument() {
    BusinessRegistration change =
        BusinessRegistration.changeOf(established(), BusinessRegistrationTest.ORG_CODE, LATER);
    RegistrationData before =
        BusinessRegistrationTest.company(
            List.of(
                BusinessRegistrationTest.person("张三", BusinessRegistrationTest.ID_ZHANG, "100")),
            "100");
    RegistrationData moved = movedTo(before.domicile(), before);
    change.update(
        new RegistrationData(
            false,
            moved.area(),
            moved.name(),
            moved.domicile(),
            moved.capitalAmount(),
            moved.capitalCurrency(),
            null,
            moved.scope(),
            "李四",
            null,
            moved.investors(),
            moved.contactPhone(),
            moved.contactEmail(),
            moved.extra()),
        vault,
        BusinessRegistrationTest.TODAY,
        LATER);
    assertThat(change.getLegalRepIdentity()).isEmpty();
    assertThat(change.missing(BusinessRegistrationTest.many(), true))
        .extracting(p -> p.code())
        .contains("error.registration.required.legalRepresentative");
  }

  @Test
  void anApprovedChangeIssuesTheNextVersionAndTheOldOneIsSupersededForGood() {
    BusinessRegistration current = established();
    BusinessLicence licence = licence(current);
    LicenceVersion first = LicenceVersion.of(licence, "XK1", BusinessRegistrationTest.NOW);
    BusinessRegistration change =
        BusinessRegistration.changeOf(current, licence.getCreditCode(), LATER);
    change.update(
        movedTo(
            "山西省太原市迎泽区迎泽大街1号",
            BusinessRegistrationTest.company(
                List.of(
                    BusinessRegistrationTest.person(
                        "张三", BusinessRegistrationTest.ID_ZHANG, "100")),
                "100")),
        vault,
        BusinessRegistrationTest.TODAY,
        LATER);

    int next = licence.amend(change);
    first.supersede(LATER);
    LicenceVersion second = LicenceVersion.of(licence, "XK2", LATER);

    assertThat(next).isEqualTo(2);
    assertThat(licence.getCreditCode()).isEqualTo(first.getCreditCode());
    assertThat(licence.getFullName()).isEqualTo(first.getFullName());
    assertThat(licence.getEstablishedOn()).isEqualTo(first.getEstablishedOn());
    assertThat(licence.getDomicile()).isEqualTo("山西省太原市迎泽区迎泽大街1号");
    assertThat(first.getDomicile()).isEqualTo("山西省太原市小店区长治路123号");
    assertThat(first.getStatus()).isEqualTo(LicenceStatus.SUPERSEDED);
    assertThat(first.statusGiven(licence)).isEqualTo(LicenceStatus.SUPERSEDED);
    assertThat(second.getVersionNo()).isEqualTo(2);
    assertThat(second.statusGiven(licence)).isEqualTo(LicenceStatus.VALID);

    // deregistered: the version in force shows it, the old one stays superseded
    licence.changeStatus(LicenceStatus.DEREGISTERED, LATER);
    assertThat(second.statusGiven(licence)).isEqualTo(LicenceStatus.DEREGISTERED);
    assertThat(first.statusGiven(licence)).isEqualTo(LicenceStatus.SUPERSEDED);
  }

  @Test
  void aLicenceNoLongerInForceNeitherChangesNorEndsAgain() {
    BusinessRegistration current = established();
    BusinessLicence licence = licence(current);
    licence.changeStatus(LicenceStatus.REVOKED, LATER);
    assertThat(licence.getStatus()).isEqualTo(LicenceStatus.REVOKED);
    assertThat(licence.getStatusChangedAt()).isEqualTo(LATER);

    assertThatThrownBy(() -> licence.changeStatus(LicenceStatus.DEREGISTERED, LATER))
        .isInstanceOf(DomainException.class)
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("error.licence.notInForce");
    BusinessRegistration change =
        BusinessRegistration.changeOf(current, licence.getCreditCode(), LATER);
    assertThatThrownBy(() -> licence.amend(change))
        .isInstanceOf(DomainException.class)
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("error.licence.notInForce");
    assertThat(licence.getLicenceVersion()).isEqualTo(1);
  }
}
