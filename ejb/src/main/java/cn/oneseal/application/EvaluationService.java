package cn.oneseal.application;

import cn.oneseal.application.dto.EvaluationView;
import cn.oneseal.application.dto.StepClockView;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.model.application.Application;
import cn.oneseal.domain.model.application.HistoryEntry;
import cn.oneseal.domain.model.evaluation.EvaluationRepository;
import cn.oneseal.domain.model.evaluation.ServiceEvaluation;
import cn.oneseal.domain.model.evaluation.ServiceEvaluation.FollowUp;
import cn.oneseal.domain.shared.DomainException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 好差评 (service evaluation, domain.md §8): the applicant rates an ended case once; a negative rating
 * (1 or 2) is followed up by the chief of the section that handled it, who explains and states the
 * rectification (整改); supervisors see every follow-up and urge (督办) it. Every act is on the audit
 * trail. The process of the follow-up lives in the workflow module, which calls this service in its
 * transactions.
 */
@Stateless
@PermitAll
public class EvaluationService {

  /** The subject type of the audit trail's lines. */
  public static final String AUDIT_SUBJECT = "evaluation";

  @Inject private EvaluationRepository repository;

  @Inject private ApplicationService applications;

  @Inject private AccountService accounts;

  @Inject private LegalClockService clocks;

  @Inject private AuditTrail audit;

  @Inject private java.time.Clock clock;

  /**
   * The applicant's rating of their ended case. {@code caseSteps}: the steps (BPMN ids) of the
   * case's process, of which {@code step}, when given, must be one. Refused: anyone but a citizen
   * (403), another's case (404), a case not yet ended or already rated (409), a level outside 1–5,
   * a comment too long or a step the case does not have (400, all problems at once).
   */
  public EvaluationView rate(
      Actor actor,
      String number,
      Integer level,
      String comment,
      String step,
      Collection<String> caseSteps) {
    if (!actor.has(Role.CITIZEN)) {
      throw DomainException.forbidden("error.forbidden.role", Role.CITIZEN.id());
    }
    Application application = applications.readable(actor, number);
    String text = comment == null || comment.isBlank() ? null : comment.strip();
    String stepId = step == null || step.isBlank() ? null : step.strip();
    List<DomainException.Detail> problems = new ArrayList<>();
    if (level == null
        || level < ServiceEvaluation.MIN_LEVEL
        || level > ServiceEvaluation.MAX_LEVEL) {
      problems.add(
          DomainException.Detail.of("level", "error.evaluation.level", String.valueOf(level)));
    }
    if (text != null && text.length() > ServiceEvaluation.COMMENT_LENGTH) {
      problems.add(
          DomainException.Detail.of(
              "comment", "error.field.tooLong", "comment", ServiceEvaluation.COMMENT_LENGTH));
    }
    if (stepId != null && !caseSteps.contains(stepId)) {
      problems.add(
          DomainException.Detail.of(
              "step", "error.evaluation.step", stepId, String.join(", ", caseSteps)));
    }
    if (!problems.isEmpty()) {
      throw DomainException.invalidAll(problems);
    }
    if (!application.getStatus().isFinal()) {
      throw DomainException.conflict("error.evaluation.caseOpen", number);
    }
    applications.lockForWork(number);
    if (repository.ofCase(number).isPresent()) {
      throw DomainException.conflict("error.evaluation.alreadyRated", number);
    }
    ServiceEvaluation evaluation =
        new ServiceEvaluation(
            number,
            application.getItem().getCode(),
            application.getItemVersion().getSection().getCode(),
            handlersOf(application),
            level,
            text,
            stepId,
            actor.username(),
            clock.instant());
    repository.add(evaluation);
    audit.record(
        actor,
        "evaluation.rated",
        "application",
        number,
        "level=" + level + (stepId == null ? "" : " step=" + stepId));
    return view(evaluation, true);
  }

  /**
   * The staff who acted on the case (its history's actors that are staff), for per-person figures.
   */
  private Set<String> handlersOf(Application application) {
    Set<String> names = new LinkedHashSet<>();
    for (HistoryEntry entry : application.getHistory()) {
      String name = entry.getActor();
      if (name != null
          && !name.equals(application.getApplicant())
          && !Actor.SYSTEM.equals(name)
          && name.length() <= 64) {
        names.add(name);
      }
    }
    return names.stream()
        .filter(n -> accounts.actorOf(n).map(Actor::isStaff).orElse(false))
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** Whether the applicant may still rate the case: it ended and has no rating yet. */
  public boolean mayRate(Actor actor, String number) {
    if (!actor.has(Role.CITIZEN)) {
      return false;
    }
    Application application = applications.readable(actor, number);
    return application.getStatus().isFinal() && repository.ofCase(number).isEmpty();
  }

  /** The case's rating, for whoever may read the case; empty when there is none yet. */
  public Optional<EvaluationView> ofCase(Actor actor, String number) {
    applications.readable(actor, number);
    return repository.ofCase(number).map(e -> view(e, actor.readsOthersCases()));
  }

  /** Notes the follow-up's task and its deadline; called where the follow-up process starts. */
  public void followUpOpened(String number, String taskId, LocalDate due) {
    ServiceEvaluation evaluation =
        repository
            .ofCase(number)
            .orElseThrow(() -> DomainException.notFound("error.evaluation.notFound", number));
    evaluation.followUpOpened(taskId, due);
  }

  /**
   * The chief's answer to a follow-up (the explanation and the rectification), from the task's
   * completion, whose access rules have admitted the chief already.
   */
  public void answer(Actor actor, String taskId, String answer) {
    ServiceEvaluation evaluation =
        repository
            .byFollowUpTask(taskId)
            .orElseThrow(() -> DomainException.notFound("error.task.notFound", taskId));
    String text = answer == null ? "" : answer.strip();
    if (text.isEmpty()) {
      throw DomainException.invalidField("opinion", "error.evaluation.answerRequired");
    }
    if (text.length() > ServiceEvaluation.ANSWER_LENGTH) {
      throw DomainException.invalidField(
          "opinion", "error.field.tooLong", "opinion", ServiceEvaluation.ANSWER_LENGTH);
    }
    if (evaluation.getFollowUp() != FollowUp.OPEN) {
      throw DomainException.conflict("error.evaluation.followUpClosed", taskId);
    }
    evaluation.answer(text, actor.username(), clock.instant());
    audit.record(
        actor, "evaluation.answered", "application", evaluation.getApplicationNumber(), null);
  }

  /** Which statuses {@link #followUps} filters by. */
  public static final Set<String> FOLLOW_UP_STATUSES = Set.of("open", "answered");

  /**
   * Every follow-up (negative ratings), soonest deadline first: for supervisors and the director.
   */
  public ResultPage<EvaluationView> followUps(Actor actor, String status, Paging paging) {
    requireOverseer(actor);
    FollowUp filter = followUpStatus(status);
    List<ServiceEvaluation> rows = repository.followUps(filter, paging.offset(), paging.size());
    Map<String, StepClockView> cards =
        clocks.stepClocks(
            rows.stream()
                .filter(e -> e.getFollowUp() == FollowUp.OPEN && e.getFollowUpTask() != null)
                .map(ServiceEvaluation::getFollowUpTask)
                .toList());
    return new ResultPage<>(
        rows.stream().map(e -> view(e, true, cards.get(e.getFollowUpTask()))).toList(),
        repository.countFollowUps(filter));
  }

  private static FollowUp followUpStatus(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    if (!FOLLOW_UP_STATUSES.contains(status)) {
      throw DomainException.invalidField(
          "status", "error.evaluation.status", status, String.join(", ", FOLLOW_UP_STATUSES));
    }
    return FollowUp.valueOf(status.toUpperCase(Locale.ROOT));
  }

  /**
   * 督办: a supervisor urges an open follow-up; answers its task so that the workbench reminds the
   * chief. The urge is on the audit trail.
   */
  public EvaluationView urge(Actor actor, long id, String note) {
    if (!actor.has(Role.SUPERVISOR)) {
      throw DomainException.forbidden("error.forbidden.role", Role.SUPERVISOR.id());
    }
    ServiceEvaluation evaluation =
        repository
            .byId(id)
            .filter(e -> e.getFollowUp() != FollowUp.NONE)
            .orElseThrow(() -> DomainException.notFound("error.evaluation.followUpNotFound", id));
    String text = note == null ? "" : note.strip();
    if (text.isEmpty()) {
      throw DomainException.invalidField("note", "error.evaluation.urgeNoteRequired");
    }
    if (evaluation.getFollowUp() != FollowUp.OPEN || evaluation.getFollowUpTask() == null) {
      throw DomainException.conflict("error.evaluation.followUpClosed", id);
    }
    evaluation.urged(clock.instant());
    audit.record(actor, "evaluation.urged", "application", evaluation.getApplicationNumber(), text);
    return view(evaluation, true);
  }

  private static void requireOverseer(Actor actor) {
    if (!actor.has(Role.SUPERVISOR) && !actor.has(Role.DIRECTOR)) {
      throw DomainException.forbidden("error.forbidden.role", Role.SUPERVISOR.id());
    }
  }

  private EvaluationView view(ServiceEvaluation e, boolean staffView) {
    StepClockView stepClock =
        e.getFollowUp() == FollowUp.OPEN && e.getFollowUpTask() != null
            ? clocks.stepClocks(List.of(e.getFollowUpTask())).get(e.getFollowUpTask())
            : null;
    return view(e, staffView, stepClock);
  }

  private static EvaluationView view(ServiceEvaluation e, boolean staffView, StepClockView clock) {
    return new EvaluationView(
        e.getId(),
        e.getApplicationNumber(),
        e.getItemCode(),
        e.getSectionCode(),
        e.getLevel(),
        e.getComment(),
        e.getStep(),
        e.getRatedAt(),
        e.getFollowUp().name().toLowerCase(Locale.ROOT),
        staffView ? e.getFollowUpTask() : null,
        e.getFollowUpDue(),
        clock == null ? null : clock.card(),
        e.getAnswer(),
        e.getAnsweredAt(),
        staffView ? e.getAnsweredBy() : null,
        staffView ? e.getHandlers().stream().sorted().toList() : List.of(),
        e.getUrgeCount(),
        e.getLastUrgedAt());
  }
}
