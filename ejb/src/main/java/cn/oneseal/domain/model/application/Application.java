package cn.oneseal.domain.model.application;

import cn.oneseal.domain.model.catalog.ApprovalItem;
import cn.oneseal.domain.model.catalog.ItemVersion;
import cn.oneseal.domain.model.clock.BureauTime;
import cn.oneseal.domain.model.clock.Card;
import cn.oneseal.domain.model.clock.Extension;
import cn.oneseal.domain.model.clock.Pause;
import cn.oneseal.domain.model.clock.PauseKind;
import cn.oneseal.domain.shared.DomainException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * An application (申请) for one approval item: the aggregate that carries the statutory process for
 * one applicant. Every transition checks the state it starts from and appends a {@link
 * HistoryEntry}, so the case can be audited step by step; a transition from the wrong state is
 * refused (conflict) and changes nothing.
 *
 * <p>Why the aggregate and not the process model decides what is allowed: the process model says
 * what comes next, but the legal facts (who asked for what, when, with which reasons) are data of
 * the bureau and must stay correct even if the process model changes.
 *
 * <p>Long because every legal act of the procedure is a transition of this one aggregate, with its
 * state check and its history entry; splitting them would scatter the invariants.
 */
@Entity
@Table(name = "application")
public class Application {

  private static final DateTimeFormatter NUMBER_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneId.of("Asia/Shanghai"));

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(unique = true)
  @Size(max = 32)
  private String number;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "item_id")
  private ApprovalItem item;

  /** The version of the item's guide in force when the application was filed. */
  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "item_version_id")
  private ItemVersion itemVersion;

  @Column(nullable = false)
  @Size(max = 64)
  private String applicant;

  @Column(name = "idempotency_key", nullable = false)
  @Size(max = 128)
  private String idempotencyKey;

  /** SHA-256 of what the submission asked for; null for applications filed before it was kept. */
  @Column(name = "idempotency_body_hash", length = 64)
  @Size(max = 64)
  private String idempotencyBodyHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ApplicationStatus status;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  @Column(name = "deemed_accepted")
  private boolean deemedAccepted;

  /** The day the complete materials arrived: the window's days count from it. */
  @Column(name = "received_on")
  private LocalDate receivedOn;

  /** The card of the whole case as the legal-clock watch last computed it. */
  @Column(nullable = false)
  @Size(max = 10)
  private String card = Card.NONE.id();

  @OneToMany(mappedBy = "application", cascade = CascadeType.PERSIST)
  @OrderBy("fromDay, id")
  private List<ClockPause> pauses = new ArrayList<>();

  @OneToMany(mappedBy = "application", cascade = CascadeType.PERSIST)
  @OrderBy("grantedAt, id")
  private List<ClockExtension> extensions = new ArrayList<>();

  @Column(name = "correction_opinion", length = 4000)
  @Size(max = 4000)
  private String correctionOpinion;

  @Column(name = "correction_requested_at")
  private Instant correctionRequestedAt;

  /**
   * The last day to answer the correction notice, from the item version's correction period; {@code
   * null} when the version sets none.
   */
  @Column(name = "correction_due")
  private LocalDate correctionDue;

  /** Whether the applicant was reminded that {@link #correctionDue} nears (once per request). */
  @Column(name = "correction_reminded", nullable = false)
  private boolean correctionReminded;

  @ElementCollection
  @CollectionTable(
      name = "application_correction_item",
      joinColumns = @JoinColumn(name = "application_id"))
  @OrderColumn(name = "position")
  @Column(name = "description")
  private List<@Size(max = 1000) String> correctionItems = new ArrayList<>();

  @Column(name = "decision_outcome")
  @Size(max = 32)
  private String decisionOutcome;

  @Column(name = "decision_reasons", length = 4000)
  @Size(max = 4000)
  private String decisionReasons;

  @Column(name = "withdraw_reason", length = 4000)
  @Size(max = 4000)
  private String withdrawReason;

  /** The registration whose business scope triggered this follow-up permit, if any. */
  @Column(name = "linked_to")
  @Size(max = 32)
  private String linkedTo;

  /** The process instance that runs this application; opaque to the domain. */
  @Column(name = "workflow_ref")
  @Size(max = 64)
  private String workflowRef;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "application_form_field",
      joinColumns = @JoinColumn(name = "application_id"))
  @MapKeyColumn(name = "field_name")
  @Column(name = "field_value", length = 4000)
  private Map<@Size(max = 64) String, @Size(max = 4000) String> form = new TreeMap<>();

  @OneToMany(mappedBy = "application", cascade = CascadeType.PERSIST)
  @OrderBy("uploadedAt, id")
  private List<Material> materials = new ArrayList<>();

  @OneToMany(mappedBy = "application", cascade = CascadeType.PERSIST)
  @OrderBy("occurredAt, id")
  private List<HistoryEntry> history = new ArrayList<>();

  @Version private long version;

  /**
   * The applicant chose the commitment path (告知承诺制): the decision follows the acceptance without
   * substantive review, and a post-check follows the decision.
   */
  @Column(nullable = false)
  private boolean commitment;

  protected Application() {}

  public Application(
      ItemVersion itemVersion,
      String applicant,
      String idempotencyKey,
      Map<String, String> form,
      List<CheckedUpload> uploads,
      Instant now) {
    this.item = itemVersion.getItem();
    this.itemVersion = itemVersion;
    this.applicant = applicant;
    this.idempotencyKey = idempotencyKey;
    this.form = new TreeMap<>(form);
    this.status = ApplicationStatus.SUBMITTED;
    this.submittedAt = now;
    this.receivedOn = BureauTime.day(now);
    uploads.forEach(u -> materials.add(new Material(this, u, applicant, now)));
    record(Step.SUBMIT, Action.SUBMITTED, applicant, null, null, now, null);
  }

  /** Gives the application its public number once the database has given it an id. */
  public void assignNumber() {
    if (number == null) {
      number = String.format("XK%s%06d", NUMBER_DATE.format(submittedAt), id);
    }
  }

  /**
   * The database id a number made by {@link #assignNumber} carries after "XK" and the date, if
   * {@code number} has that form; a lookup must still compare the numbers.
   */
  public static java.util.OptionalLong idIn(String number) {
    int digits = number == null ? 0 : number.length() - 10;
    if (digits < 6 || digits > 18 || !number.startsWith("XK")) {
      return java.util.OptionalLong.empty();
    }
    for (int i = 2; i < number.length(); i++) {
      if (number.charAt(i) < '0' || number.charAt(i) > '9') {
        return java.util.OptionalLong.empty();
      }
    }
    return java.util.OptionalLong.of(Long.parseLong(number.substring(10)));
  }

  /** Marks the application as filed on the applicant's written commitment (告知承诺制). */
  public void fileOnCommitment() {
    if (status != ApplicationStatus.SUBMITTED) {
      throw DomainException.conflict("error.application.wrongState", number, status.name());
    }
    commitment = true;
  }

  public boolean isCommitment() {
    return commitment;
  }

  /**
   * The window accepts. On the commitment path there is no substantive review: the case goes to the
   * decision at once.
   */
  public void accept(String clerk, Instant taskCreated, Instant now, String opinion) {
    transition(
        Set.of(ApplicationStatus.SUBMITTED),
        commitment ? ApplicationStatus.AWAITING_DECISION : ApplicationStatus.UNDER_REVIEW);
    acceptedAt = now;
    record(
        Step.ACCEPT,
        Action.ACCEPTED,
        clerk,
        ApplicationStatus.SUBMITTED,
        taskCreated,
        now,
        opinion);
  }

  /** The one-time notice (一次性告知) of every missing or faulty material. */
  public void requestCorrections(
      String clerk, List<String> missing, Instant taskCreated, Instant now, String opinion) {
    List<String> items =
        missing == null
            ? List.of()
            : missing.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
    if (items.isEmpty()) {
      throw DomainException.invalid("error.correction.listEmpty");
    }
    transition(Set.of(ApplicationStatus.SUBMITTED), ApplicationStatus.CORRECTION_REQUESTED);
    correctionItems.clear();
    correctionItems.addAll(items);
    correctionOpinion = opinion;
    correctionRequestedAt = now;
    correctionDue = null;
    correctionReminded = false;
    pauses.add(
        new ClockPause(
            this,
            PauseKind.CORRECTION,
            Step.SUBMIT_CORRECTIONS.id(),
            BureauTime.day(now),
            opinion));
    String listed =
        String.join("；", items) + (opinion == null || opinion.isBlank() ? "" : " — " + opinion);
    record(
        Step.ACCEPT,
        Action.CORRECTION_REQUESTED,
        clerk,
        ApplicationStatus.SUBMITTED,
        taskCreated,
        now,
        listed);
  }

  /** Sets the last day to answer the correction notice just requested. */
  public void setCorrectionDue(LocalDate due) {
    if (status != ApplicationStatus.CORRECTION_REQUESTED) {
      throw DomainException.conflict("error.correction.notRequested", number);
    }
    this.correctionDue = due;
  }

  public LocalDate getCorrectionDue() {
    return correctionDue;
  }

  public boolean isCorrectionReminded() {
    return correctionReminded;
  }

  /** The reminder that the correction's due day nears was written. */
  public void markCorrectionReminded() {
    correctionReminded = true;
  }

  public void refuse(String clerk, String reasons, Instant taskCreated, Instant now) {
    requireText(reasons, "error.refusal.reasonsRequired");
    transition(Set.of(ApplicationStatus.SUBMITTED), ApplicationStatus.REFUSED);
    decisionOutcome = "refused";
    decisionReasons = reasons;
    decidedAt = now;
    record(
        Step.ACCEPT, Action.REFUSED, clerk, ApplicationStatus.SUBMITTED, taskCreated, now, reasons);
  }

  public void answerCorrections(
      String applicantName,
      String note,
      List<CheckedUpload> uploads,
      Instant taskCreated,
      Instant now) {
    requireApplicant(applicantName);
    if (status != ApplicationStatus.CORRECTION_REQUESTED) {
      throw DomainException.conflict("error.correction.notRequested", number);
    }
    transition(Set.of(ApplicationStatus.CORRECTION_REQUESTED), ApplicationStatus.SUBMITTED);
    uploads.forEach(u -> materials.add(new Material(this, u, applicantName, now)));
    // the window's days restart from the day the materials arrive; the wait did not count
    receivedOn = BureauTime.day(now);
    resume(PauseKind.CORRECTION, now);
    record(
        Step.SUBMIT_CORRECTIONS,
        Action.CORRECTED,
        applicantName,
        ApplicationStatus.CORRECTION_REQUESTED,
        taskCreated,
        now,
        note);
  }

  public void review(
      String officer, String recommendation, String opinion, Instant taskCreated, Instant now) {
    requireText(opinion, "error.review.opinionRequired");
    transition(Set.of(ApplicationStatus.UNDER_REVIEW), ApplicationStatus.AWAITING_DECISION);
    String text = recommendation == null ? opinion : "[" + recommendation + "] " + opinion;
    record(
        Step.REVIEW,
        Action.REVIEWED,
        officer,
        ApplicationStatus.UNDER_REVIEW,
        taskCreated,
        now,
        text);
  }

  /**
   * An officer countersigns the review (会签): not the reviewer, and once per round. An objection
   * sends the case back to the review.
   */
  public void countersign(
      String officer, boolean agree, String opinion, Instant taskCreated, Instant now) {
    requireText(opinion, "error.countersign.opinionRequired");
    int lastReview = -1;
    for (int i = 0; i < history.size(); i++) {
      if (history.get(i).getAction().equals(Action.REVIEWED.id())) {
        lastReview = i;
      }
    }
    if (lastReview < 0) {
      throw DomainException.conflict("error.application.wrongState", number, status.name());
    }
    if (history.get(lastReview).getActor().equals(officer)) {
      throw DomainException.conflict("error.countersign.reviewer");
    }
    for (int i = lastReview + 1; i < history.size(); i++) {
      HistoryEntry entry = history.get(i);
      if (entry.getActor().equals(officer) && entry.getAction().equals(Action.COUNTERSIGNED.id())) {
        throw DomainException.conflict("error.countersign.twice");
      }
    }
    ApplicationStatus before = status;
    transition(
        Set.of(ApplicationStatus.AWAITING_DECISION),
        agree ? ApplicationStatus.AWAITING_DECISION : ApplicationStatus.UNDER_REVIEW);
    record(
        Step.COUNTERSIGN,
        agree ? Action.COUNTERSIGNED : Action.COUNTERSIGN_OBJECTED,
        officer,
        before,
        taskCreated,
        now,
        opinion);
  }

  /**
   * A special step (site inspection, expert review, hearing, public notice) has been carried out;
   * its findings go on record before the decision.
   */
  public void recordSpecialStep(
      String officer, Step step, String findings, Instant taskCreated, Instant now) {
    requireText(findings, "error.specialStep.findingsRequired");
    transition(Set.of(ApplicationStatus.AWAITING_DECISION), ApplicationStatus.AWAITING_DECISION);
    record(
        step,
        Action.SPECIAL_STEP_COMPLETED,
        officer,
        ApplicationStatus.AWAITING_DECISION,
        taskCreated,
        now,
        findings);
  }

  public void approve(String director, String opinion, Instant taskCreated, Instant now) {
    transition(Set.of(ApplicationStatus.AWAITING_DECISION), ApplicationStatus.APPROVED);
    decisionOutcome = "approved";
    decisionReasons = opinion;
    decidedAt = now;
    record(
        Step.DECIDE,
        Action.APPROVED,
        director,
        ApplicationStatus.AWAITING_DECISION,
        taskCreated,
        now,
        opinion);
  }

  /** A denial states its reasons; the rights to reconsideration and litigation go with it. */
  public void deny(String director, String reasons, Instant taskCreated, Instant now) {
    requireText(reasons, "error.denial.reasonsRequired");
    transition(Set.of(ApplicationStatus.AWAITING_DECISION), ApplicationStatus.DENIED);
    decisionOutcome = "denied";
    decisionReasons = reasons;
    decidedAt = now;
    record(
        Step.DECIDE,
        Action.DENIED,
        director,
        ApplicationStatus.AWAITING_DECISION,
        taskCreated,
        now,
        reasons);
  }

  /**
   * The registrar concludes a registration that is not a licence (技术合同认定登记) straight after the
   * window: registered, or rejected with reasons. No director decides it; the registrar's act is
   * the case's outcome ({@code registered} / {@code rejected}).
   */
  public void concludeRegistration(
      String registrar, boolean registered, String opinion, Instant taskCreated, Instant now) {
    if (!registered) {
      requireText(opinion, "error.denial.reasonsRequired");
    }
    transition(
        Set.of(ApplicationStatus.UNDER_REVIEW),
        registered ? ApplicationStatus.APPROVED : ApplicationStatus.DENIED);
    decisionOutcome = registered ? "registered" : "rejected";
    decisionReasons = opinion;
    decidedAt = now;
    record(
        Step.REGISTER_CONTRACT,
        registered ? Action.CONTRACT_REGISTERED : Action.CONTRACT_REJECTED,
        registrar,
        ApplicationStatus.UNDER_REVIEW,
        taskCreated,
        now,
        opinion);
  }

  /**
   * The director grants or refuses support that is not a licence (科技创新券) after the review: the
   * case's outcome is {@code granted} or {@code refused} with reasons, never a licensing decision.
   */
  public void decideSupport(
      String director, boolean grant, String opinion, Instant taskCreated, Instant now) {
    if (!grant) {
      requireText(opinion, "error.denial.reasonsRequired");
    }
    transition(
        Set.of(ApplicationStatus.AWAITING_DECISION),
        grant ? ApplicationStatus.APPROVED : ApplicationStatus.DENIED);
    decisionOutcome = grant ? "granted" : "rejected";
    decisionReasons = opinion;
    decidedAt = now;
    record(
        Step.DECIDE,
        grant ? Action.VOUCHER_ISSUED : Action.VOUCHER_DENIED,
        director,
        ApplicationStatus.AWAITING_DECISION,
        taskCreated,
        now,
        opinion);
  }

  /** The decision is delivered: its result is available to the applicant. */
  public void deliver(Instant now) {
    if (status != ApplicationStatus.APPROVED && status != ApplicationStatus.DENIED) {
      throw DomainException.conflict("error.application.wrongState", number, status.name());
    }
    if (deliveredAt == null) {
      deliveredAt = now;
      record(Step.DELIVER, Action.DELIVERED, "system", status, decidedAt, now, null);
    }
  }

  public void withdraw(String applicantName, String reason, Instant now) {
    requireApplicant(applicantName);
    if (!status.isWithdrawable()) {
      throw DomainException.conflict("error.withdraw.tooLate", number);
    }
    ApplicationStatus from = status;
    status = ApplicationStatus.WITHDRAWN;
    withdrawReason = reason;
    record(Step.WITHDRAW, Action.WITHDRAWN, applicantName, from, null, now, reason);
  }

  /**
   * The correction period passed without an answer: the application is deemed withdrawn, as the
   * item's guide says ({@code consequence}), by the system. Answers whether it was (not when the
   * application is no longer waiting for corrections or its due day has not passed).
   */
  public boolean lapseCorrection(Instant now, String consequence) {
    if (status != ApplicationStatus.CORRECTION_REQUESTED
        || correctionDue == null
        || !BureauTime.day(now).isAfter(correctionDue)) {
      return false;
    }
    status = ApplicationStatus.WITHDRAWN;
    withdrawReason = consequence;
    record(
        Step.WITHDRAW,
        Action.WITHDRAWN,
        "system",
        ApplicationStatus.CORRECTION_REQUESTED,
        null,
        now,
        consequence);
    return true;
  }

  /**
   * The window let the statutory period pass without accepting or sending the correction list: by
   * law the application counts as accepted on the day the materials arrived.
   */
  public void flagDeemedAcceptance(Instant now) {
    if (status == ApplicationStatus.SUBMITTED && !deemedAccepted) {
      deemedAccepted = true;
      record(
          Step.DEEMED_ACCEPTANCE, Action.DEEMED_ACCEPTED, "system", status, submittedAt, now, null);
    }
  }

  /** A file staff add to the case file (e.g. a site inspection's photo), with its author. */
  public void addFile(CheckedUpload upload, String author, Instant now) {
    materials.add(new Material(this, upload, author, now));
  }

  /** This application is a follow-up permit that the registration {@code number} triggered. */
  public void linkTo(String registrationNumber) {
    linkedTo = registrationNumber;
  }

  /**
   * Puts an act of the system or of staff outside the task flow on record: a push of the data to a
   * department retried, follow-up permits opened, the licence issued.
   */
  public void note(Step step, Action action, String actor, String text, Instant now) {
    record(step, action, actor, status, null, now, text);
  }

  /** An act on a step that began at {@code stepStarted} (a task's creation): a workbench act. */
  public void note(
      Step step, Action action, String actor, Instant stepStarted, String text, Instant now) {
    record(step, action, actor, status, stepStarted, now, text);
  }

  /** A special step starts: the legal clock stands still until it ends. */
  public void pause(PauseKind kind, String step, String reason, Instant now) {
    if (pauses.stream().noneMatch(p -> p.isRunning() && p.getKind() == kind)) {
      pauses.add(new ClockPause(this, kind, step, BureauTime.day(now), reason));
    }
  }

  /** The running pause of this kind ends today; the clock counts again from tomorrow. */
  public void resume(PauseKind kind, Instant now) {
    pauses.stream()
        .filter(p -> p.isRunning() && p.getKind() == kind)
        .forEach(p -> p.end(BureauTime.day(now)));
  }

  /**
   * The director extends the limit (行政许可法 Art. 42) with reasons that the applicant is told; at most
   * {@code maxDays} working days in all.
   */
  public void extend(String director, int days, String reason, int maxDays, Instant now) {
    requireText(reason, "error.extension.reasonRequired");
    if (status != ApplicationStatus.UNDER_REVIEW && status != ApplicationStatus.AWAITING_DECISION) {
      throw DomainException.conflict("error.application.wrongState", number, status.name());
    }
    int granted = extensions.stream().mapToInt(e -> e.toExtension().workingDays()).sum();
    if (days < 1 || granted + days > maxDays) {
      throw DomainException.invalid(
          "error.extension.days", String.valueOf(days), String.valueOf(maxDays - granted));
    }
    extensions.add(new ClockExtension(this, days, reason.strip(), director, now));
    record(Step.EXTEND, Action.EXTENDED, director, status, null, now, "+" + days + " — " + reason);
  }

  /**
   * The case goes back from a later step to the review (退回): the decision or the special steps must
   * wait for a new review. A running special step's pause ends.
   */
  public void returnToReview(String actor, Step from, String comment, Instant now) {
    requireText(comment, "error.task.commentRequired");
    ApplicationStatus before = status;
    transition(Set.of(ApplicationStatus.AWAITING_DECISION), ApplicationStatus.UNDER_REVIEW);
    resume(PauseKind.SPECIAL_STEP, now);
    record(from, Action.RETURNED, actor, before, null, now, comment);
  }

  /**
   * The day the legal clock started: the acceptance day, or the day the materials arrived when the
   * window let the 5 days pass (deemed acceptance); {@code null} before acceptance.
   */
  public LocalDate clockStartedOn() {
    if (deemedAccepted) {
      return receivedOn;
    }
    return BureauTime.day(acceptedAt);
  }

  /** Whether the legal clock runs at all: accepted and not yet decided. */
  public boolean isClockOpen() {
    return clockStartedOn() != null && decidedAt == null && status != ApplicationStatus.WITHDRAWN;
  }

  public List<Pause> clockPauses() {
    return pauses.stream().map(ClockPause::toPause).toList();
  }

  public List<Extension> clockExtensions() {
    return extensions.stream().map(ClockExtension::toExtension).toList();
  }

  public String getCard() {
    return card;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public boolean isOwnedBy(String username) {
    return applicant.equals(username);
  }

  private void requireApplicant(String username) {
    if (!isOwnedBy(username)) {
      throw DomainException.notFound("error.application.notFound", number);
    }
  }

  private static void requireText(String text, String code) {
    if (text == null || text.isBlank()) {
      throw DomainException.invalid(code);
    }
  }

  private void transition(Set<ApplicationStatus> from, ApplicationStatus to) {
    if (!EnumSet.copyOf(from).contains(status)) {
      throw DomainException.conflict("error.application.wrongState", number, status.name());
    }
    status = to;
  }

  private void record(
      Step step,
      Action action,
      String actor,
      ApplicationStatus from,
      Instant started,
      Instant now,
      String opinion) {
    ApplicationStatus to = status;
    history.add(new HistoryEntry(this, step, action, actor, from, to, started, now, opinion));
  }

  /**
   * A step after the decision (the post-check of a commitment, a revocation) on the case's record.
   */
  public void recordAfterDecision(
      Step step, Action action, String actor, Instant started, Instant now, String opinion) {
    record(step, action, actor, status, started, now, opinion);
  }

  public void attachWorkflow(String ref) {
    this.workflowRef = ref;
  }

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  public ApprovalItem getItem() {
    return item;
  }

  public ItemVersion getItemVersion() {
    return itemVersion;
  }

  public String getApplicant() {
    return applicant;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  /** Keeps what the submission asked for, to tell a retry from a reuse of its key. */
  public void rememberRequest(String bodyHash) {
    this.idempotencyBodyHash = bodyHash;
  }

  /**
   * Whether a request with this application's idempotency key asks for the same thing; an
   * application filed before requests were remembered accepts any retry, as it did then.
   */
  public boolean isSameRequest(String bodyHash) {
    return idempotencyBodyHash == null || idempotencyBodyHash.equals(bodyHash);
  }

  public ApplicationStatus getStatus() {
    return status;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Instant getAcceptedAt() {
    return acceptedAt;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public Instant getDeliveredAt() {
    return deliveredAt;
  }

  public boolean isDeemedAccepted() {
    return deemedAccepted;
  }

  public String getCorrectionOpinion() {
    return correctionOpinion;
  }

  public Instant getCorrectionRequestedAt() {
    return correctionRequestedAt;
  }

  public List<String> getCorrectionItems() {
    return List.copyOf(correctionItems);
  }

  public String getDecisionOutcome() {
    return decisionOutcome;
  }

  public String getDecisionReasons() {
    return decisionReasons;
  }

  public String getWithdrawReason() {
    return withdrawReason;
  }

  public String getLinkedTo() {
    return linkedTo;
  }

  public String getWorkflowRef() {
    return workflowRef;
  }

  public Map<String, String> getForm() {
    return Map.copyOf(form);
  }

  public List<Material> getMaterials() {
    return List.copyOf(materials);
  }

  public List<HistoryEntry> getHistory() {
    return List.copyOf(history);
  }
}
