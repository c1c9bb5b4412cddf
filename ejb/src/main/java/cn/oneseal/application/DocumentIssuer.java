package cn.oneseal.application;

import cn.oneseal.application.documents.NoticeFacts;
import cn.oneseal.application.documents.NoticePdf;
import cn.oneseal.application.documents.NoticeSheet;
import cn.oneseal.application.documents.NoticeTemplates;
import cn.oneseal.application.documents.RenderedDocument;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.model.application.Application;
import cn.oneseal.domain.model.application.CorrectionItem;
import cn.oneseal.domain.model.catalog.ItemVersion;
import cn.oneseal.domain.model.document.IssuedDocument;
import cn.oneseal.domain.model.document.IssuedDocument.Kind;
import cn.oneseal.domain.model.document.SealRegisterEntry;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.infrastructure.config.OneSealConfig;
import cn.oneseal.infrastructure.seal.SealService;
import cn.oneseal.infrastructure.seal.SealedPdf;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Function;

/**
 * Produces, seals and registers the documents of an application — the only place where the bureau's
 * seal is applied. Its methods are package-private: only the application services of this package
 * call them, each right after the authorised act that the document records (the clerk's acceptance,
 * correction request or refusal; the director's decision and licence), in the same transaction. The
 * role is checked once more here; a refused attempt is logged.
 */
@Dependent
class DocumentIssuer {

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "oneseal")
  private EntityManager em;

  @Inject private Clock clock;

  @Inject private OneSealConfig config;

  @Inject private SealService seal;

  @Inject private cn.oneseal.infrastructure.seal.SystemKeyService systemKey;

  @Inject private SealRefusals refusals;

  @Inject private AuditTrail audit;

  /** The process key of change registration (the workflow module's ChangeRegistrationProcess). */
  static final String CHANGE_REGISTRATION = "changeRegistration";

  /** The window's notice or the director's decision on {@code application}, sealed. */
  IssuedDocument notice(Application application, Kind kind, Actor actor, String reasons) {
    return notice(application, kind, actor, reasons, new Object[0]);
  }

  /**
   * As above, for a document whose wording needs facts beyond the application's ({@code extra}: the
   * template's arguments from {@code {11}} on, e.g. a technical contract's parties and amounts).
   */
  IssuedDocument notice(
      Application application, Kind kind, Actor actor, String reasons, Object... extra) {
    NoticeSheet sheet = noticeSheet(application, kind, reasons, extra);
    return issue(
        application.getNumber(),
        kind,
        actor,
        url -> NoticePdf.render(sheet.withVerificationUrl(url)),
        sheet.documentNumber(),
        sheet.title() + "-" + application.getNumber() + ".pdf");
  }

  /**
   * What {@link #notice} would seal on {@code application} today, without its QR code's address:
   * the one wording of each document, so that the director's preview before the seal shows exactly
   * the text that is sealed.
   */
  NoticeSheet noticeSheet(Application application, Kind kind, String reasons) {
    return noticeSheet(application, kind, reasons, new Object[0]);
  }

  private NoticeSheet noticeSheet(
      Application application, Kind kind, String reasons, Object[] extra) {
    // an approval on the applicant's commitment says so, and that a post-check follows
    NoticeTemplates.Kind template =
        kind == Kind.APPROVAL_DECISION && application.isCommitment()
            ? NoticeTemplates.Kind.COMMITMENT_APPROVAL
            : deregistration(application, kind)
                .orElseGet(() -> NoticeTemplates.Kind.valueOf(kind.name()));
    // a change registration's approval is a registration notice (准予变更登记通知书)
    if (kind == Kind.APPROVAL_DECISION
        && CHANGE_REGISTRATION.equals(application.getItemVersion().getProcessKey())) {
      template = NoticeTemplates.Kind.CHANGE_REGISTRATION_APPROVAL;
    }
    // a business registration's window speaks the registration rules, not the licensing law
    if (ApplicationService.isRegistration(application)) {
      template = template.forRegistration();
    }
    // a technical contract's window speaks the registration of contracts, not the licensing law
    if (TECHNICAL_CONTRACT_PROCESS.equals(application.getItemVersion().getProcessKey())) {
      template = template.forTechnicalContract();
    }
    // so does an innovation voucher's: support under the province's policy, not a licence
    if (VOUCHER_PROCESS.equals(application.getItemVersion().getProcessKey())) {
      template = template.forVoucher();
    }
    return NoticeTemplates.sheet(template, facts(application, reasons), "", extra);
  }

  /** A deregistration's decision speaks registration: 准予注销登记通知书 / 不予注销登记通知书. */
  private static java.util.Optional<NoticeTemplates.Kind> deregistration(
      Application application, Kind kind) {
    if (!DEREGISTRATION_PROCESS.equals(application.getItemVersion().getProcessKey())) {
      return java.util.Optional.empty();
    }
    return switch (kind) {
      case APPROVAL_DECISION -> java.util.Optional.of(NoticeTemplates.Kind.DEREGISTRATION_APPROVAL);
      case DENIAL_DECISION -> java.util.Optional.of(NoticeTemplates.Kind.DEREGISTRATION_DENIAL);
      default -> java.util.Optional.empty();
    };
  }

  /**
   * The process key of deregistration (the workflow module's {@code DeregistrationProcess.KEY}).
   */
  static final String DEREGISTRATION_PROCESS = "simplifiedDeregistration";

  /**
   * The process key of the registration of technical contracts (the workflow module's {@code
   * TechnicalContractProcess.KEY}).
   */
  static final String TECHNICAL_CONTRACT_PROCESS = "contractRegistration";

  /** The process key of innovation vouchers (the workflow module's {@code VoucherProcess.KEY}). */
  static final String VOUCHER_PROCESS = "innovationVoucher";

  /**
   * Seals and registers a rendered document. {@code render} receives the address of the document's
   * public verification, for its QR code.
   */
  IssuedDocument issue(
      String applicationNumber,
      Kind kind,
      Actor actor,
      Function<String, RenderedDocument> render,
      String documentNumber,
      String fileName) {
    Role required = requiredRole(kind);
    if (!actor.has(required)) {
      refusals.refused(actor, applicationNumber, kind.id());
      throw DomainException.forbidden("error.forbidden.role", required.id());
    }
    Instant now = clock.instant();
    String token = token();
    RenderedDocument rendered = render.apply(verificationUrl(token));
    SealedPdf sealed =
        seal.seal(
            rendered.pdf(),
            rendered.sealPage(),
            rendered.sealArea(),
            reason(kind, documentNumber),
            now);
    IssuedDocument document =
        new IssuedDocument(
            applicationNumber,
            kind,
            documentNumber,
            token,
            fileName,
            "application/pdf",
            sealed.pdf(),
            sealed.sm2Signature(),
            actor.username(),
            now);
    em.persist(document);
    em.flush();
    em.persist(
        new SealRegisterEntry(document, actor.username(), kind.id(), seal.certificateSerial()));
    audit.caseAct(
        actor,
        "seal.used",
        applicationNumber,
        kind.id() + " " + documentNumber + " (" + seal.certificateSerial() + ")");
    return document;
  }

  /**
   * Who acts when a document of this kind is sealed: the director decides (decisions, licences,
   * revocations), the case officer carries out the post-check (rectification order, the notice
   * before revocation), the window does the rest.
   */
  static Role requiredRole(Kind kind) {
    if (kind == Kind.COMMITMENT_LETTER) {
      throw new IllegalArgumentException("a commitment letter is received, never sealed");
    }
    if (kind.isDecision()) {
      return Role.DIRECTOR;
    }
    return kind.isPostCheck() || kind.isRegistrarAct() ? Role.OFFICER : Role.CLERK;
  }

  /**
   * The applicant's commitment letter (告知承诺书), recorded as received: the applicant's own words, so
   * it carries no bureau seal — what no member of staff decides is signed with the system key ("Who
   * seals what"). It is stored, entered in the seal register with the applicant and the system
   * certificate, and found by its QR token like every document.
   */
  IssuedDocument received(Application application, Actor applicant, String commitmentText) {
    if (!applicant.has(Role.CITIZEN) || !application.isOwnedBy(applicant.username())) {
      refusals.refused(applicant, application.getNumber(), Kind.COMMITMENT_LETTER.id());
      throw DomainException.forbidden("error.forbidden.role", Role.CITIZEN.id());
    }
    Instant now = clock.instant();
    String token = token();
    ItemVersion item = application.getItemVersion();
    String name =
        application
            .getForm()
            .getOrDefault(ApplicationForm.APPLICANT_NAME, application.getApplicant());
    String documentNumber =
        "承诺〔" + LocalDate.ofInstant(now, CHINA).getYear() + "〕" + application.getNumber() + "号";
    NoticeSheet sheet =
        new NoticeSheet(
            config.registrationAuthority(),
            documentNumber,
            "告知承诺书",
            config.registrationAuthority(),
            java.util.List.of(
                "申请人："
                    + name
                    + "；申请事项："
                    + item.getName().zh()
                    + "；申请编号："
                    + application.getNumber()
                    + "。",
                "本申请人已知悉审批机关告知的全部许可条件，自愿选择告知承诺方式办理，并作出如下承诺：",
                commitmentText,
                "本承诺书由申请人于网上办事大厅在线签署，系统按收到时的内容记录并以系统密钥签名存证（非审批机关印章）。"),
            LocalDate.ofInstant(now, CHINA),
            verificationUrl(token));
    return receivedFromApplicant(
        application, applicant, documentNumber, token, "告知承诺书", NoticePdf.render(sheet).pdf(), now);
  }

  /**
   * The investors' commitment of a simplified deregistration (全体投资人承诺书), recorded as received like
   * the commitment letter of 告知承诺制: the investors' own words, signed with the system key, never the
   * bureau seal; the applicant who filed it on their behalf is in the seal register.
   */
  IssuedDocument receivedInvestorsCommitment(
      Application application, Actor applicant, java.util.List<String> paragraphs) {
    if (!applicant.has(Role.CITIZEN) || !application.isOwnedBy(applicant.username())) {
      refusals.refused(applicant, application.getNumber(), Kind.COMMITMENT_LETTER.id());
      throw DomainException.forbidden("error.forbidden.role", Role.CITIZEN.id());
    }
    Instant now = clock.instant();
    String token = token();
    String documentNumber =
        "注销承诺〔" + LocalDate.ofInstant(now, CHINA).getYear() + "〕" + application.getNumber() + "号";
    NoticeSheet sheet =
        new NoticeSheet(
            config.registrationAuthority(),
            documentNumber,
            "全体投资人承诺书",
            config.registrationAuthority(),
            paragraphs,
            LocalDate.ofInstant(now, CHINA),
            verificationUrl(token));
    return receivedFromApplicant(
        application,
        applicant,
        documentNumber,
        token,
        "全体投资人承诺书",
        NoticePdf.render(sheet).pdf(),
        now);
  }

  /**
   * Records a commitment the applicant made (their words, not the bureau's act): signed with the
   * system key, never the seal, entered in the seal register with the applicant and the system
   * key's certificate, and on the case's audit trail.
   */
  private IssuedDocument receivedFromApplicant(
      Application application,
      Actor applicant,
      String documentNumber,
      String token,
      String title,
      byte[] pdf,
      Instant now) {
    IssuedDocument document =
        new IssuedDocument(
            application.getNumber(),
            Kind.COMMITMENT_LETTER,
            documentNumber,
            token,
            title + "-" + application.getNumber() + ".pdf",
            "application/pdf",
            pdf,
            null,
            applicant.username(),
            now);
    document.signedBySystem(systemKey.sign(pdf));
    em.persist(document);
    em.flush();
    String certificate = "system-" + systemKey.fingerprint().substring(0, 40);
    em.persist(
        new SealRegisterEntry(document, applicant.username(), "commitment.received", certificate));
    audit.caseAct(
        applicant,
        "commitment.received",
        application.getNumber(),
        Kind.COMMITMENT_LETTER.id() + " " + documentNumber + " (" + certificate + ")");
    return document;
  }

  /** The public page that checks a document, by its unguessable token. */
  String verificationUrl(String token) {
    return config.publicUrl() + "/verify.xhtml?token=" + token;
  }

  private static String reason(Kind kind, String documentNumber) {
    return kind.id() + " " + documentNumber;
  }

  private static String token() {
    byte[] bytes = new byte[12];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private NoticeFacts facts(Application application, String reasons) {
    ItemVersion item = application.getItemVersion();
    var content = item.content();
    return new NoticeFacts(
        config.registrationAuthority(),
        application.getNumber(),
        application
            .getForm()
            .getOrDefault(ApplicationForm.APPLICANT_NAME, application.getApplicant()),
        item.getName().zh(),
        LocalDate.ofInstant(application.getSubmittedAt(), CHINA),
        LocalDate.ofInstant(clock.instant(), CHINA),
        item.getStatutoryDays(),
        item.getPromisedDays(),
        content.consultationPhone(),
        content.complaintPhone(),
        reasons,
        content.resultDocument().zh(),
        // the notice names each material in words, with the clerk's note of what is missing
        CorrectionItem.inWords(
            application.getCorrectionItems(), item.getMaterials(), Locale.SIMPLIFIED_CHINESE),
        application.getCorrectionOpinion(),
        application.getCorrectionDue(),
        application.getCorrectionDue() == null ? null : item.getCorrectionConsequence().zh());
  }
}
