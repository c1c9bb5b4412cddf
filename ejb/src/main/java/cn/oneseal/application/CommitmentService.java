package cn.oneseal.application;

import cn.oneseal.application.dto.CommitmentView;
import cn.oneseal.application.oversight.SubjectFact;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.model.application.Action;
import cn.oneseal.domain.model.application.Application;
import cn.oneseal.domain.model.application.Step;
import cn.oneseal.domain.model.catalog.ApprovalItem;
import cn.oneseal.domain.model.catalog.CommitmentTerms;
import cn.oneseal.domain.model.commitment.Commitment;
import cn.oneseal.domain.model.commitment.CommitmentRepository;
import cn.oneseal.domain.model.document.IssuedDocument;
import cn.oneseal.domain.model.document.IssuedDocument.Kind;
import cn.oneseal.domain.model.notification.NotificationKind;
import cn.oneseal.domain.model.registration.LicenceStatus;
import cn.oneseal.domain.shared.DomainException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * 告知承诺制 (notify-and-commit): the applicant's signed commitment, the approval on it, the post-check
 * (核查) within the item's period, rectification, the holder's statement (陈述申辩) and the director's
 * revocation (撤销). The {@code commitmentLicensing} process orders the steps and calls these methods
 * in the transaction of each act; the documents go through {@link DocumentIssuer} (bureau seal for
 * the bureau's acts, the system key for the applicant's letter). A rectification order and a
 * revocation are fired as {@link SubjectFact}s for the credit record and the publications; nothing
 * here puts anyone on the serious-dishonesty list.
 */
@Stateless
@PermitAll
public class CommitmentService {

  /** How long the holder has to state their case after being told (陈述申辩期限). */
  public static final Duration STATEMENT_PERIOD = Duration.ofDays(5);

  /** How long a rectification order gives, unless the officer names another number of days. */
  public static final int DEFAULT_RECTIFICATION_DAYS = 30;

  /** The longest rectification period an officer may give. */
  public static final int MAX_RECTIFICATION_DAYS = 90;

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

  @Inject private CommitmentRepository records;

  @Inject private Clock clock;

  @Inject private DocumentIssuer documents;

  @Inject private ApplicationService applications;

  @Inject private NotificationService notifications;

  @Inject private AuditTrail audit;

  @Inject private Event<SubjectFact> facts;

  /** The item's commitment terms, if it is commitment-eligible. */
  public Optional<CommitmentTerms> terms(String itemCode) {
    return records.item(itemCode).flatMap(ApprovalItem::commitmentTerms);
  }

  /**
   * Refuses the commitment path for an item that does not offer it (before anything is filed);
   * answers the terms the applicant signs.
   */
  public CommitmentTerms requireEligible(String itemCode) {
    return terms(itemCode)
        .orElseThrow(
            () ->
                DomainException.invalidField(
                    "commitment", "error.commitment.notEligible", String.valueOf(itemCode)));
  }

  /**
   * The applicant signs the commitment with the application just filed: the application goes on the
   * commitment path and the letter is recorded, signed by the system key as received.
   */
  public Commitment sign(Actor applicant, String number) {
    Application application = applications.entity(number);
    CommitmentTerms terms = requireEligible(application.getItem().getCode());
    if (existing(number).isPresent()) {
      return existing(number).get();
    }
    application.fileOnCommitment();
    IssuedDocument letter = documents.received(application, applicant, terms.text().zh());
    Commitment commitment =
        new Commitment(
            number,
            application.getItem().getCode(),
            terms.text().zh(),
            applicant.username(),
            clock.instant(),
            letter.getId(),
            terms.getPostCheckPeriod());
    records.add(commitment);
    application.recordAfterDecision(
        Step.SIGN_COMMITMENT,
        Action.COMMITMENT_SIGNED,
        applicant.username(),
        null,
        clock.instant(),
        letter.getDocumentNumber());
    records.flush();
    return commitment;
  }

  /**
   * After the approval was delivered: when the post-check falls due — the decision's moment plus
   * the item's period (default two months). Answers that moment, which the process's timer waits
   * for.
   */
  public Instant schedulePostCheck(String number) {
    Commitment commitment = require(number);
    Application application = applications.entity(number);
    Instant decided =
        application.getDecidedAt() == null ? clock.instant() : application.getDecidedAt();
    Instant due =
        ZonedDateTime.ofInstant(decided, DocumentIssuer.CHINA)
            .plus(java.time.Period.parse(commitment.getPostCheckPeriod()))
            .toInstant();
    commitment.scheduled(due);
    return due;
  }

  /** The application ended without approval: there is nothing to check. */
  public void close(String number) {
    existing(number).ifPresent(Commitment::closed);
  }

  /** The outcome of a post-check or re-check, and the moment the next wait ends. */
  public record CheckResult(String outcome, Instant until) {}

  /**
   * The case officer's post-check (核查) or re-check. {@code met}: the commitment is kept; {@code
   * unmet} (post-check only): a sealed rectification order with its period; {@code false} (or
   * {@code unmet} at the re-check): the holder is told with a sealed notice and may state their
   * case.
   */
  public CheckResult check(
      Actor officer,
      String number,
      boolean recheck,
      String outcome,
      String finding,
      Integer rectificationDays,
      Instant taskCreated) {
    officer.require(Role.OFFICER);
    Commitment commitment = require(number);
    Application application = applications.entity(number);
    Instant now = clock.instant();
    Step step = recheck ? Step.RECHECK : Step.POST_CHECK;
    switch (outcome) {
      case "met" -> {
        commitment.met(finding);
        application.recordAfterDecision(
            step, Action.POST_CHECK_MET, officer.username(), taskCreated, now, finding);
        return new CheckResult(outcome, null);
      }
      case "unmet" -> {
        if (!recheck) {
          requireFinding(finding);
          int days = rectificationDays == null ? DEFAULT_RECTIFICATION_DAYS : rectificationDays;
          if (days < 1 || days > MAX_RECTIFICATION_DAYS) {
            throw DomainException.invalidField(
                "rectificationDays",
                "error.commitment.rectificationDays",
                days,
                MAX_RECTIFICATION_DAYS);
          }
          Instant due = now.plus(Duration.ofDays(days));
          commitment.rectify(finding, due);
          application.recordAfterDecision(
              step, Action.RECTIFICATION_ORDERED, officer.username(), taskCreated, now, finding);
          records.flush();
          IssuedDocument order =
              documents.notice(
                  application,
                  Kind.RECTIFICATION_ORDER,
                  officer,
                  finding + "。请于" + day(due) + "前整改完毕。");
          fire(SubjectFact.Kind.RECTIFICATION_ORDER, application, order, finding);
          return new CheckResult(outcome, due);
        }
        return foundFalse(officer, commitment, application, step, finding, taskCreated);
      }
      case "false" -> {
        return foundFalse(officer, commitment, application, step, finding, taskCreated);
      }
      default ->
          throw DomainException.invalid(
              "error.task.outcome", String.valueOf(outcome), "met, unmet, false");
    }
  }

  private CheckResult foundFalse(
      Actor officer,
      Commitment commitment,
      Application application,
      Step step,
      String finding,
      Instant taskCreated) {
    requireFinding(finding);
    Instant now = clock.instant();
    Instant statementDue = now.plus(STATEMENT_PERIOD);
    commitment.foundFalse(finding, statementDue);
    application.recordAfterDecision(
        step, Action.COMMITMENT_FOUND_FALSE, officer.username(), taskCreated, now, finding);
    records.flush();
    documents.notice(
        application,
        Kind.REVOCATION_NOTICE,
        officer,
        finding + "。陈述申辩期限：" + day(statementDue) + "前。");
    notifications.notify(
        application.getApplicant(),
        NotificationKind.TASK_ASSIGNED,
        application.getNumber(),
        null,
        Step.STATEMENT.id(),
        day(statementDue));
    return new CheckResult("false", statementDue);
  }

  /** The holder's statement (陈述申辩), submitted online within its period. */
  public CommitmentView statement(Actor holder, String number, String text) {
    Application application = applications.readable(holder, number);
    if (!holder.has(Role.CITIZEN) || !application.isOwnedBy(holder.username())) {
      throw DomainException.forbidden("error.forbidden.role", Role.CITIZEN.id());
    }
    if (text != null && text.length() > 4000) {
      throw DomainException.invalidField("text", "error.field.tooLong", 4000);
    }
    Commitment commitment =
        existing(number)
            .orElseThrow(
                () -> DomainException.conflict("error.commitment.statementNotInvited", number));
    if (commitment.getState() != Commitment.State.STATEMENT_INVITED) {
      throw DomainException.conflict("error.commitment.statementNotInvited", number);
    }
    Instant now = clock.instant();
    commitment.statement(text, now);
    application.recordAfterDecision(
        Step.STATEMENT, Action.STATEMENT_SUBMITTED, holder.username(), null, now, text.strip());
    records.flush();
    return view(commitment);
  }

  /**
   * The director decides on revocation (撤销, 行政许可法 Art. 69) after the statement (or its period):
   * revoke — a sealed revocation decision stating the rights of appeal, the approval's status
   * becomes revoked, and a {@link SubjectFact.Kind#REVOCATION} is fired; or keep it.
   */
  public void decideRevocation(
      Actor director, String number, boolean revoke, String reasons, Instant taskCreated) {
    director.require(Role.DIRECTOR);
    Commitment commitment = require(number);
    Application application = applications.entity(number);
    Instant now = clock.instant();
    if (!revoke) {
      commitment.notRevoked();
      application.recordAfterDecision(
          Step.DECIDE_REVOCATION,
          Action.REVOCATION_DECLINED,
          director.username(),
          taskCreated,
          now,
          reasons);
      return;
    }
    requireFinding(reasons);
    String statement =
        commitment.getStatementText() == null ? "你（单位）在规定期限内未提出陈述申辩。" : "你（单位）提出的陈述申辩意见已经审查，不予采纳。";
    application.recordAfterDecision(
        Step.DECIDE_REVOCATION, Action.REVOKED, director.username(), taskCreated, now, reasons);
    records.flush();
    IssuedDocument decision =
        documents.notice(
            application, Kind.REVOCATION_DECISION, director, reasons + "。" + statement);
    commitment.revoked(decision.getId());
    approvalOf(number)
        .ifPresent(
            approval ->
                approval.changeStatus(
                    LicenceStatus.REVOKED, decision.getDocumentNumber(), decision.getIssuedAt()));
    audit.caseAct(director, "decision.revoked", number, decision.getDocumentNumber());
    fire(SubjectFact.Kind.REVOCATION, application, decision, reasons);
  }

  /** The commitment of an application, for those who may read the case. */
  public Optional<CommitmentView> of(Actor actor, String number) {
    applications.readable(actor, number);
    return existing(number).map(this::view);
  }

  private CommitmentView view(Commitment c) {
    IssuedDocument approval = approvalOf(c.getApplicationNumber()).orElse(null);
    return new CommitmentView(
        c.getApplicationNumber(),
        c.getItemCode(),
        c.getState().id(),
        c.getCommitmentText(),
        c.getSignedBy(),
        c.getSignedAt(),
        c.getPostCheckPeriod(),
        c.getPostCheckDue(),
        c.getRectificationDue(),
        c.getStatementDue(),
        c.getStatementText(),
        c.getStatementAt(),
        approval == null ? null : approval.getStatus().id(),
        c.getState() == Commitment.State.STATEMENT_INVITED && c.getStatementText() == null);
  }

  private Optional<IssuedDocument> approvalOf(String number) {
    return records.approvalDecisionOf(number);
  }

  private void fire(
      SubjectFact.Kind kind, Application application, IssuedDocument document, String summary) {
    String creditCode = application.getForm().get(ApplicationForm.CREDIT_CODE);
    String holder =
        application
            .getForm()
            .getOrDefault(ApplicationForm.APPLICANT_NAME, application.getApplicant());
    facts.fire(
        new SubjectFact(
            kind,
            creditCode,
            holder,
            creditCode == null,
            "BUREAU",
            document.getDocumentNumber(),
            application.getNumber(),
            application.getItemVersion().getName().zh() + "：" + summary,
            LocalDate.ofInstant(document.getIssuedAt(), DocumentIssuer.CHINA),
            clock.instant()));
  }

  private Optional<Commitment> existing(String number) {
    return records.ofCase(number);
  }

  private Commitment require(String number) {
    return existing(number)
        .orElseThrow(() -> DomainException.notFound("error.application.notFound", number));
  }

  private static void requireFinding(String finding) {
    if (finding == null || finding.isBlank()) {
      throw DomainException.invalidField("opinion", "error.commitment.findingRequired");
    }
  }

  private static String day(Instant instant) {
    return DAY.format(LocalDate.ofInstant(instant, DocumentIssuer.CHINA));
  }
}
