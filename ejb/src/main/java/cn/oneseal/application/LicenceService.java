package cn.oneseal.application;

import cn.oneseal.application.documents.LicencePdf;
import cn.oneseal.application.documents.LicenceSheet;
import cn.oneseal.application.documents.RenderedDocument;
import cn.oneseal.application.dto.DocumentInfo;
import cn.oneseal.application.dto.LicenceView;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.model.application.Action;
import cn.oneseal.domain.model.application.Application;
import cn.oneseal.domain.model.application.Step;
import cn.oneseal.domain.model.document.IssuedDocument;
import cn.oneseal.domain.model.registration.BusinessLicence;
import cn.oneseal.domain.model.registration.BusinessRegistration;
import cn.oneseal.domain.model.registration.CreditCode;
import cn.oneseal.domain.model.registration.EnterpriseName;
import cn.oneseal.domain.model.registration.LicenceVersion;
import cn.oneseal.domain.model.registration.NameStatus;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.infrastructure.config.OneSealConfig;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Issues the business licence of an approved registration: the unified social credit code, the
 * electronic licence record, the reserved name registered, and the licence PDF attached to the
 * application. Public verification reads the record by its code.
 *
 * <p>The PDF is produced in {@link #issue} only, as the consequence of the director's approval;
 * this is where the bureau's one seal is applied to it (issue 5).
 */
@Stateless
@PermitAll
public class LicenceService {

  static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

  /** How each currency of registered capital is written on a licence. */
  static final Map<String, String> CURRENCY_ZH =
      Map.of("CNY", "万元人民币", "USD", "万美元", "EUR", "万欧元", "HKD", "万港元", "JPY", "万日元", "GBP", "万英镑");

  @PersistenceContext(unitName = "oneseal")
  private EntityManager em;

  @Inject private Clock clock;

  @Inject private CitizenNotices citizenNotices;

  @Inject private ApplicationService applications;

  @Inject private OneSealConfig config;

  @Inject private CreditCodeService creditCodes;

  @Inject private RegistrationService registrations;

  @Inject private DocumentIssuer documents;

  @Inject private AuditTrail audit;

  /**
   * Issues the licence of application {@code number}, approved by {@code director}. Repeating the
   * call (a retried job) returns the licence already issued and issues nothing twice.
   */
  public LicenceView issue(String number, String director) {
    BusinessLicence existing = licenceOfApplication(number);
    if (existing != null) {
      return view(existing);
    }
    Application application = applications.entity(number);
    if (!"approved".equals(application.getDecisionOutcome())) {
      throw DomainException.conflict(
          "error.application.wrongState", number, application.getStatus().name());
    }
    BusinessRegistration registration = registrations.requireByApplication(number);
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, RegistrationService.CHINA);
    CreditCode code =
        creditCodes.issue(
            registration.getArea(),
            registration.getEntityType().creditCodeType(),
            registration.getFullName());
    BusinessLicence licence =
        new BusinessLicence(code, number, registration, config.registrationAuthority(), today, now);
    em.persist(licence);
    em.persist(LicenceVersion.of(licence, number, now));
    registerName(registration, now);
    LicenceSheet sheet = sheet(licence, registration);
    IssuedDocument document =
        documents.issue(
            number,
            IssuedDocument.Kind.BUSINESS_LICENCE,
            Actor.of(approvedBy(application, director), Role.DIRECTOR),
            verification ->
                new RenderedDocument(LicencePdf.render(sheet), 0, LicencePdf.stampArea()),
            code.value(),
            "营业执照-" + code.value() + ".pdf");
    application.note(Step.ISSUE_LICENCE, Action.LICENCE_ISSUED, "system", code.value(), now);
    citizenNotices.licenceIssued(application, registration.getFullName(), code.value(), document);
    em.flush();
    return view(licence);
  }

  /**
   * Issues the next version of the licence that the approved change registration {@code number}
   * changes (变更登记): the same credit code, the changed data, the version it replaces superseded, a
   * new licence PDF sealed as the act of the director who approved. Repeating the call (a retried
   * job) returns the version already issued.
   */
  public LicenceView issueChange(String number, String director) {
    LicenceVersion issued = versionIssuedOn(number);
    if (issued != null) {
      return view(em.find(BusinessLicence.class, issued.getCreditCode()));
    }
    Application application = applications.entity(number);
    if (!"approved".equals(application.getDecisionOutcome())) {
      throw DomainException.conflict(
          "error.application.wrongState", number, application.getStatus().name());
    }
    BusinessRegistration registration = registrations.requireByApplication(number);
    String code = registration.getChangeOf();
    BusinessLicence licence =
        code == null
            ? null
            : em.find(
                BusinessLicence.class, code, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    if (licence == null) {
      throw DomainException.notFound("error.licence.notFound", String.valueOf(code));
    }
    Instant now = clock.instant();
    LicenceVersion replaced = version(code, licence.getLicenceVersion());
    int next = licence.amend(registration);
    if (replaced != null) {
      replaced.supersede(now);
    }
    em.persist(LicenceVersion.of(licence, number, now));
    LicenceSheet sheet = sheet(licence, registration);
    documents.issue(
        number,
        IssuedDocument.Kind.BUSINESS_LICENCE,
        Actor.of(approvedBy(application, director), Role.DIRECTOR),
        verification -> new RenderedDocument(LicencePdf.render(sheet), 0, LicencePdf.stampArea()),
        code,
        "营业执照-" + code + "-" + next + ".pdf");
    application.note(
        Step.ISSUE_LICENCE, Action.LICENCE_ISSUED, "system", code + " (" + next + ")", now);
    em.flush();
    return view(licence);
  }

  /**
   * The licence is the consequence of the director's approval: it is sealed as the act of the
   * director who approved, as the application's history records them, and of no one else.
   */
  private static String approvedBy(Application application, String director) {
    boolean approvedByThem =
        application.getHistory().stream()
            .anyMatch(
                h -> Action.APPROVED.id().equals(h.getAction()) && h.getActor().equals(director));
    if (!approvedByThem) {
      throw DomainException.forbidden("error.forbidden.role", Role.DIRECTOR.id());
    }
    return director;
  }

  /** The public record of a licence, for anyone (the QR code leads here): the version in force. */
  public LicenceView publicLicence(String creditCode) {
    return publicLicence(creditCode, null);
  }

  /**
   * One version of a licence as it was issued, for anyone (the QR code of each PDF names its
   * version): an earlier version shows as superseded, with the version now in force; {@code null}
   * is the version in force. A version never issued is not found.
   */
  public LicenceView publicLicence(String creditCode, Integer version) {
    BusinessLicence licence = licence(creditCode);
    if (version == null || version == licence.getLicenceVersion()) {
      return view(licence);
    }
    LicenceVersion earlier =
        version < 1 || version > licence.getLicenceVersion()
            ? null
            : version(licence.getCreditCode(), version);
    if (earlier == null) {
      throw DomainException.notFound(
          "error.licence.versionNotFound", licence.getCreditCode(), version);
    }
    return view(earlier, licence);
  }

  /** The licence by its credit code, any case; a code that is none is not found. */
  private BusinessLicence licence(String creditCode) {
    BusinessLicence licence =
        creditCode == null || creditCode.length() != CreditCode.LENGTH
            ? null
            : em.find(BusinessLicence.class, creditCode.toUpperCase(java.util.Locale.ROOT));
    if (licence == null) {
      throw DomainException.notFound("error.licence.notFound", String.valueOf(creditCode));
    }
    return licence;
  }

  /** The licence issued on an application, for those who may read the application. */
  public java.util.Optional<LicenceView> ofApplication(Actor actor, String number) {
    applications.readable(actor, number);
    return java.util.Optional.ofNullable(licenceOfApplication(number)).map(this::view);
  }

  /** The documents issued on an application. */
  public List<DocumentInfo> documents(Actor actor, String number) {
    applications.readable(actor, number);
    return em.createQuery(
            "select new cn.oneseal.application.dto.DocumentInfo(d.id, cast(d.kind as string),"
                + " d.fileName, d.contentType, d.sha256, d.issuedAt, d.verificationToken)"
                + " from IssuedDocument d"
                + " where d.applicationNumber = :n order by d.id",
            DocumentInfo.class)
        .setParameter("n", number)
        .getResultList();
  }

  /** One issued document with its bytes. */
  public MaterialFile document(Actor actor, String number, long id) {
    applications.readable(actor, number);
    IssuedDocument document = em.find(IssuedDocument.class, id);
    if (document == null || !document.getApplicationNumber().equals(number)) {
      throw DomainException.notFound("error.document.notFound", id);
    }
    audit.caseAct(
        actor,
        "document.downloaded",
        number,
        document.getKind().id() + " " + document.getDocumentNumber());
    return new MaterialFile(
        document.getFileName(), document.getContentType(), document.getContent());
  }

  private void registerName(BusinessRegistration registration, Instant now) {
    em.createQuery(
            "select n from EnterpriseName n where n.area = :a and n.fullName = :f and n.status = :s",
            EnterpriseName.class)
        .setParameter("a", registration.getArea())
        .setParameter("f", registration.getFullName())
        .setParameter("s", NameStatus.RESERVED)
        .getResultStream()
        .filter(n -> registration.getOwner().equals(n.getReservedBy()))
        .findFirst()
        .ifPresent(n -> n.register(now));
  }

  private LicenceSheet sheet(BusinessLicence licence, BusinessRegistration registration) {
    String representativeLabel = registration.getEntityType().representativeLabelZh();
    return new LicenceSheet(
        licence.getCreditCode(),
        licence.getFullName(),
        licence.getTypeZh(),
        licence.getLegalRepName(),
        representativeLabel,
        capital(licence.getCapitalAmount(), licence.getCapitalCurrency()),
        licence.getEstablishedOn(),
        CHINESE_DATE.format(licence.getEstablishedOn())
            + " 至 "
            + (licence.getOperatingUntil() == null
                ? "长期"
                : CHINESE_DATE.format(licence.getOperatingUntil())),
        licence.getDomicile(),
        registration.getEntityType().domicileLabelZh(),
        licence.getBusinessScope(),
        licence.getAuthority(),
        licence.getEstablishedOn(),
        verificationUrl(licence.getCreditCode(), licence.getLicenceVersion()));
  }

  /**
   * The public page the QR code of version {@code version} of the licence opens: it names the
   * version, so that a replaced licence shows as superseded, never as valid.
   */
  public String verificationUrl(String creditCode, int version) {
    return config.publicUrl()
        + "/verify-licence.xhtml?code="
        + URLEncoder.encode(creditCode, StandardCharsets.UTF_8)
        + "&v="
        + version;
  }

  static String capital(BigDecimal amount, String currency) {
    if (amount == null) {
      return null;
    }
    return amount.stripTrailingZeros().toPlainString()
        + CURRENCY_ZH.getOrDefault(currency, "万" + currency);
  }

  private LicenceView view(BusinessLicence l) {
    return new LicenceView(
        l.getCreditCode(),
        l.getFullName(),
        l.getEntityType().id(),
        l.getTypeZh(),
        l.maskedRepresentative(),
        capital(l.getCapitalAmount(), l.getCapitalCurrency()),
        l.getEstablishedOn(),
        l.getOperatingUntil(),
        l.getDomicile(),
        l.getBusinessScope(),
        l.getStatus().id(),
        l.getAuthority(),
        l.getLicenceVersion(),
        l.getLicenceVersion());
  }

  /** An earlier version as it was issued, with its status given the licence now. */
  private LicenceView view(LicenceVersion v, BusinessLicence current) {
    return new LicenceView(
        v.getCreditCode(),
        v.getFullName(),
        v.getEntityType().id(),
        v.getTypeZh(),
        v.maskedRepresentative(),
        capital(v.getCapitalAmount(), v.getCapitalCurrency()),
        v.getEstablishedOn(),
        v.getOperatingUntil(),
        v.getDomicile(),
        v.getBusinessScope(),
        v.statusGiven(current).id(),
        v.getAuthority(),
        v.getVersionNo(),
        current.getLicenceVersion());
  }

  /**
   * The licence issued on an application: established on it, or changed by it (then the licence as
   * it is now).
   */
  private BusinessLicence licenceOfApplication(String number) {
    LicenceVersion version = versionIssuedOn(number);
    if (version != null) {
      return em.find(BusinessLicence.class, version.getCreditCode());
    }
    return em.createQuery(
            "select l from BusinessLicence l where l.applicationNumber = :n", BusinessLicence.class)
        .setParameter("n", number)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private LicenceVersion versionIssuedOn(String number) {
    return em.createQuery(
            "select v from LicenceVersion v where v.applicationNumber = :n", LicenceVersion.class)
        .setParameter("n", number)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private LicenceVersion version(String creditCode, int version) {
    return em.createQuery(
            "select v from LicenceVersion v where v.creditCode = :c and v.versionNo = :v",
            LicenceVersion.class)
        .setParameter("c", creditCode)
        .setParameter("v", version)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
