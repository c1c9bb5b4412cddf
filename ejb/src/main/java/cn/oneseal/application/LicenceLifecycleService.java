package cn.oneseal.application;

import cn.oneseal.application.credential.LicenceCredential;
import cn.oneseal.application.dto.BusinessSummary;
import cn.oneseal.application.dto.CredentialView;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.model.registration.BusinessLicence;
import cn.oneseal.domain.model.registration.BusinessLicenceRepository;
import cn.oneseal.domain.model.registration.BusinessRegistrationRepository;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.infrastructure.config.OneSealConfig;
import cn.oneseal.infrastructure.seal.SystemKeyService;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A registered business's licence over its life (docs/licences.md): the businesses a citizen
 * registered ("我的企业") and the licence without a medium (无介质电子营业执照) — a credential signed with the
 * system key, which only the holder and bureau staff may fetch.
 */
@Stateless
@PermitAll
public class LicenceLifecycleService {

  /** Where the certificate that verifies credentials is published (the system certificate). */
  public static final String CERTIFICATE_PATH = "/api/audit/system-certificate";

  @Inject private BusinessLicenceRepository licences;

  @Inject private BusinessRegistrationRepository registrations;

  @Inject private LicenceService licenceService;

  @Inject private SystemKeyService systemKey;

  @Inject private OneSealConfig config;

  @Inject private AuditTrail audit;

  @Inject private Clock clock;

  /** The businesses this citizen registered, with their licences' status and version. */
  public List<BusinessSummary> mine(Actor actor) {
    actor.require(Role.CITIZEN);
    return licences.ofOwner(actor.username()).stream().map(this::summary).toList();
  }

  /**
   * The signed credential of the licence {@code creditCode}, for its holder (the citizen who
   * registered the business) and bureau staff; anyone else is told it does not exist, as for a code
   * nobody issued. Each fetch is recorded in the audit trail.
   */
  public CredentialView credential(Actor actor, String creditCode) {
    BusinessLicence licence = held(actor, creditCode);
    Instant now = clock.instant();
    String jws =
        LicenceCredential.issue(
            new LicenceCredential.Facts(
                licence.getCreditCode(),
                licence.getFullName(),
                licence.getTypeZh(),
                licence.getEntityType().id(),
                licence.getLegalRepName(),
                LicenceService.capital(licence.getCapitalAmount(), licence.getCapitalCurrency()),
                licence.getEstablishedOn().toString(),
                licence.getDomicile(),
                licence.getLicenceVersion(),
                licence.getStatus().id(),
                licenceService.verificationUrl(
                    licence.getCreditCode(), licence.getLicenceVersion()),
                licence.getAuthority()),
            now,
            systemKey.certificate(),
            systemKey::sign);
    audit.caseAct(
        actor,
        "licence.credential",
        licence.getApplicationNumber(),
        licence.getCreditCode() + " (" + licence.getLicenceVersion() + ")");
    return new CredentialView(
        jws, "JWS", now.plus(LicenceCredential.VALIDITY), config.publicUrl() + CERTIFICATE_PATH);
  }

  /** The licence if the actor holds it or is staff; otherwise not found, whatever the code. */
  private BusinessLicence held(Actor actor, String creditCode) {
    BusinessLicence licence =
        creditCode == null || creditCode.length() > 18
            ? null
            : licences.find(creditCode.toUpperCase(Locale.ROOT)).orElse(null);
    boolean holder =
        licence != null
            && actor.has(Role.CITIZEN)
            && registrations
                .find(licence.getRegistrationId())
                .filter(r -> r.isOwnedBy(actor.username()))
                .isPresent();
    if (licence == null || !(holder || actor.isStaff())) {
      throw DomainException.notFound("error.licence.notFound", String.valueOf(creditCode));
    }
    return licence;
  }

  private BusinessSummary summary(BusinessLicence l) {
    return new BusinessSummary(
        l.getCreditCode(),
        l.getFullName(),
        l.getEntityType().id(),
        l.getTypeZh(),
        l.getDomicile(),
        l.getEstablishedOn(),
        l.getStatus().id(),
        l.getLicenceVersion(),
        licenceService.verificationUrl(l.getCreditCode(), l.getLicenceVersion()));
  }
}
