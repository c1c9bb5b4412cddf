package cn.oneseal.application;

import cn.oneseal.application.documents.NoticeFacts;
import cn.oneseal.application.documents.NoticePdf;
import cn.oneseal.application.documents.NoticeSheet;
import cn.oneseal.application.documents.NoticeTemplates;
import cn.oneseal.application.documents.RenderedDocument;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.model.application.Application;
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

  @Inject private SealRefusals refusals;

  @Inject private AuditTrail audit;

  /** The window's notice or the director's decision on {@code application}, sealed. */
  IssuedDocument notice(Application application, Kind kind, Actor actor, String reasons) {
    NoticeSheet sheet =
        NoticeTemplates.sheet(
            NoticeTemplates.Kind.valueOf(kind.name()), facts(application, reasons), "");
    return issue(
        application.getNumber(),
        kind,
        actor,
        url -> NoticePdf.render(sheet.withVerificationUrl(url)),
        sheet.documentNumber(),
        sheet.title() + "-" + application.getNumber() + ".pdf");
  }

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
    Role required = kind.isDecision() ? Role.DIRECTOR : Role.CLERK;
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
        application.getCorrectionItems(),
        application.getCorrectionOpinion());
  }
}
