package cn.oneseal.application;

import cn.oneseal.application.dto.VerificationResult;
import cn.oneseal.domain.model.document.IssuedDocument;
import cn.oneseal.domain.model.document.SealRegisterEntry;
import cn.oneseal.domain.model.registration.BusinessLicence;
import cn.oneseal.domain.model.registration.LicenceStatus;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.infrastructure.config.OneSealConfig;
import cn.oneseal.infrastructure.seal.SealCheck;
import cn.oneseal.infrastructure.seal.SealService;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Public verification of the bureau's documents: anyone uploads a PDF, or follows the QR code of a
 * document, and learns whether it carries the bureau's seal, is unchanged since sealing, is in the
 * seal register, and whether the decision or licence still stands.
 */
@Stateless
@PermitAll
public class VerificationService {

  /** Larger files are not documents of the bureau. */
  public static final int MAX_BYTES = 20 * 1024 * 1024;

  /** What {@code DocumentIssuer} hands out: 96 random bits in hexadecimal. */
  private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{24}");

  static final String NOT_REGISTERED = "verification.notRegistered";
  static final String SM2_MISMATCH = "verification.sm2Mismatch";
  static final String RECEIVED_RECORD = "verification.receivedRecord";
  static final String SYSTEM_SIGNATURE_MISMATCH = "verification.systemSignatureMismatch";

  @PersistenceContext(unitName = "oneseal")
  private EntityManager em;

  @Inject private SealService seal;

  @Inject private OneSealConfig config;

  @Inject private cn.oneseal.infrastructure.seal.SystemKeyService systemKey;

  /** Checks an uploaded file. */
  public VerificationResult verify(byte[] pdf) {
    if (pdf == null || pdf.length == 0) {
      throw DomainException.invalid("error.verification.empty");
    }
    if (pdf.length > MAX_BYTES) {
      throw DomainException.invalid("error.verification.tooLarge", MAX_BYTES / 1024 / 1024);
    }
    SealCheck check = seal.check(pdf);
    Optional<IssuedDocument> registered =
        check.sha256() == null ? Optional.empty() : registeredBySha256(check.sha256());
    return result(check, pdf, registered);
  }

  /**
   * Checks a stored document, found by the random token its QR code carries. Anything that is not
   * the token of a document — a guess, an id, a malformed value — is the same "not found".
   */
  public VerificationResult verifyToken(String token) {
    IssuedDocument document =
        token == null || !TOKEN.matcher(token).matches()
            ? null
            : em.createQuery(
                    "select d from IssuedDocument d where d.verificationToken = :t",
                    IssuedDocument.class)
                .setParameter("t", token)
                .getResultStream()
                .findFirst()
                .orElse(null);
    if (document == null) {
      throw DomainException.notFound("error.document.verificationNotFound");
    }
    return verifyStored(document);
  }

  private VerificationResult verifyStored(IssuedDocument document) {
    byte[] pdf = document.getContent();
    if (document.getKind() == IssuedDocument.Kind.COMMITMENT_LETTER) {
      return received(document, pdf);
    }
    return result(seal.check(pdf), pdf, registeredBySha256(document.getSha256()));
  }

  private VerificationResult result(
      SealCheck check, byte[] pdf, Optional<IssuedDocument> registered) {
    if (registered.isPresent()
        && registered.get().getKind() == IssuedDocument.Kind.COMMITMENT_LETTER) {
      return received(registered.get(), pdf);
    }
    List<String> problems = new ArrayList<>(check.problems());
    boolean sm2 =
        registered
            .map(d -> d.getSm2Signature() != null && seal.verifySm2(pdf, d.getSm2Signature()))
            .orElse(false);
    if (registered.isEmpty() && check.signed()) {
      problems.add(NOT_REGISTERED);
    }
    if (registered.isPresent() && !sm2) {
      problems.add(SM2_MISMATCH);
    }
    return new VerificationResult(
        check.signed() && check.bureauSeal(),
        check.intact(),
        registered.isPresent(),
        sm2,
        check.signerSubject(),
        registered.map(this::describe).orElse(null),
        List.copyOf(problems));
  }

  /**
   * A commitment letter carries no seal: the system key signed it as received. It is intact when
   * that signature holds; it is never "sealed", since the bureau did not make it.
   */
  private VerificationResult received(IssuedDocument document, byte[] pdf) {
    byte[] signature = document.getSystemSignature();
    boolean intact = signature != null && systemKey.verify(pdf, signature);
    List<String> problems = new ArrayList<>();
    problems.add(RECEIVED_RECORD);
    if (!intact) {
      problems.add(SYSTEM_SIGNATURE_MISMATCH);
    }
    return new VerificationResult(
        false, intact, true, false, null, describe(document), List.copyOf(problems));
  }

  private Optional<IssuedDocument> registeredBySha256(String sha256) {
    return em.createQuery(
            "select r from SealRegisterEntry r where r.sha256 = :h", SealRegisterEntry.class)
        .setParameter("h", sha256)
        .getResultStream()
        .findFirst()
        .map(entry -> em.find(IssuedDocument.class, entry.getDocumentId()));
  }

  private VerificationResult.Document describe(IssuedDocument d) {
    return new VerificationResult.Document(
        d.getKind().id(),
        d.getDocumentNumber(),
        d.getIssuedAt(),
        config.registrationAuthority(),
        status(d),
        d.getVerificationToken(),
        d.getStatusChangedAt(),
        d.getStatusReason(),
        d.getKind() == IssuedDocument.Kind.COMMITMENT_LETTER);
  }

  /**
   * Whether the licence or decision still stands: a business licence keeps its status on the
   * licence, an approval decision on the issued document; a notice stands as issued, and a
   * commitment letter is no decision at all.
   */
  private String status(IssuedDocument d) {
    if (d.getKind() == IssuedDocument.Kind.COMMITMENT_LETTER) {
      return null;
    }
    if (d.getKind() != IssuedDocument.Kind.BUSINESS_LICENCE) {
      return d.getKind().hasStatus() ? d.getStatus().id() : LicenceStatus.VALID.id();
    }
    BusinessLicence licence = em.find(BusinessLicence.class, d.getDocumentNumber());
    if (licence == null) {
      return LicenceStatus.VALID.id();
    }
    // the PDF of an earlier version (issued on another application) is superseded by the later one
    return em.createQuery(
            "select v from LicenceVersion v where v.applicationNumber = :n",
            cn.oneseal.domain.model.registration.LicenceVersion.class)
        .setParameter("n", d.getApplicationNumber())
        .getResultStream()
        .findFirst()
        .map(v -> v.statusGiven(licence))
        .orElse(licence.getStatus())
        .id();
  }
}
