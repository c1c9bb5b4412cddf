package cn.oneseal.application;

import cn.oneseal.application.dto.CardChange;
import cn.oneseal.application.dto.CardEventView;
import cn.oneseal.application.dto.ClockView;
import cn.oneseal.application.dto.StepClockView;
import cn.oneseal.application.dto.WatchReport;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.model.application.Application;
import cn.oneseal.domain.model.application.ApplicationStatus;
import cn.oneseal.domain.model.catalog.SpecialStep;
import cn.oneseal.domain.model.catalog.SpecialStepKind;
import cn.oneseal.domain.model.clock.BureauTime;
import cn.oneseal.domain.model.clock.Card;
import cn.oneseal.domain.model.clock.CardEvent;
import cn.oneseal.domain.model.clock.ClockReading;
import cn.oneseal.domain.model.clock.LegalClock;
import cn.oneseal.domain.model.clock.PauseKind;
import cn.oneseal.domain.model.clock.StepClock;
import cn.oneseal.domain.model.clock.StepLimit;
import cn.oneseal.domain.model.clock.StepReading;
import cn.oneseal.infrastructure.config.OneSealConfig;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The legal clock (docs/domain.md §2, §8): working days counted on the bureau's calendar from the
 * day after acceptance, standing still while the bureau waits for corrections or a special step
 * runs, extended only by the director; each open step has its own limit. The watch recomputes every
 * card and keeps their history; the workflow module runs it from an engine timer and tells the
 * people concerned.
 */
@Stateless
@PermitAll
public class LegalClockService {

  /** The statuses in which the case clock runs or may run. */
  private static final Set<ApplicationStatus> OPEN =
      Set.of(
          ApplicationStatus.SUBMITTED,
          ApplicationStatus.CORRECTION_REQUESTED,
          ApplicationStatus.UNDER_REVIEW,
          ApplicationStatus.AWAITING_DECISION);

  @PersistenceContext(unitName = "oneseal")
  private EntityManager em;

  @Inject private Clock clock;

  @Inject private CalendarService calendars;

  @Inject private OneSealConfig config;

  @Inject private ApplicationService applications;

  public LocalDate today() {
    return BureauTime.day(clock.instant());
  }

  private LegalClock legalClock() {
    return new LegalClock(calendars.calendar(), config.yellowShare());
  }

  /** The clock of an application, if this actor may read the application; else "not found". */
  public ClockView clockOf(Actor actor, String number) {
    return view(applications.readable(actor, number), legalClock(), today());
  }

  /** The case clocks of these applications, for lists (no authorization: callers have checked). */
  public Map<String, ClockView> clocksOf(Collection<String> numbers) {
    if (numbers.isEmpty()) {
      return Map.of();
    }
    LegalClock legal = legalClock();
    LocalDate today = today();
    return em.createQuery("select a from Application a where a.number in :n", Application.class)
        .setParameter("n", Set.copyOf(numbers))
        .getResultStream()
        .collect(Collectors.toMap(Application::getNumber, a -> view(a, legal, today)));
  }

  private ClockView view(Application a, LegalClock legal, LocalDate today) {
    int statutory = a.getItemVersion().getStatutoryDays();
    int promised = a.getItemVersion().getPromisedDays();
    LocalDate window =
        a.getReceivedOn() == null
            ? null
            : legal.windowDeadline(a.getReceivedOn(), config.windowDays());
    boolean paused = a.clockPauses().stream().anyMatch(p -> p.until() == null);
    LocalDate started = a.clockStartedOn();
    if (started == null) {
      return new ClockView(
          a.getNumber(),
          a.getReceivedOn(),
          window,
          null,
          statutory,
          promised,
          null,
          null,
          0,
          promised,
          statutory,
          paused,
          a.clockPauses(),
          a.clockExtensions(),
          a.getCard(),
          a.isDeemedAccepted());
    }
    // once decided, the clock stands at the decision day
    LocalDate until = a.getDecidedAt() == null ? today : BureauTime.day(a.getDecidedAt());
    ClockReading r =
        legal.read(started, statutory, promised, a.clockPauses(), a.clockExtensions(), until);
    return new ClockView(
        a.getNumber(),
        a.getReceivedOn(),
        window,
        started,
        statutory,
        promised,
        r.statutoryDeadline(),
        r.promisedDeadline(),
        r.workingDaysUsed(),
        r.workingDaysLeft(),
        r.statutoryDaysLeft(),
        r.paused(),
        a.clockPauses(),
        a.clockExtensions(),
        a.getDecidedAt() == null ? r.card().id() : a.getCard(),
        a.isDeemedAccepted());
  }

  /**
   * When the window's time is over for this application: the end of the last of its working days
   * after the materials arrived. The deemed-acceptance timer fires then.
   */
  public Instant windowEnds(String number) {
    Application a = applications.entity(number);
    return BureauTime.endOf(legalClock().windowDeadline(a.getReceivedOn(), config.windowDays()));
  }

  /**
   * A step's task was created: its clock starts today with the step's limit (a special step's from
   * the item's version, {@code specialStep} not {@code null}) and a special step stops the case
   * clock. Answers the step's deadline.
   */
  public LocalDate startStep(
      String taskId, String number, String processKey, String step, SpecialStepKind specialStep) {
    Application a = applications.entity(number);
    LocalDate started = today();
    int limit = limitOf(a, processKey, step, specialStep);
    LocalDate deadline = calendars.calendar().addWorkingDays(started, limit);
    if (em.find(StepClock.class, taskId) == null) {
      StepClock stepClock =
          new StepClock(
              taskId,
              number,
              a.getItemVersion().getSection().getCode(),
              a.getItem().getCode(),
              step,
              started,
              limit);
      stepClock.setDeadline(deadline);
      em.persist(stepClock);
    }
    if (specialStep != null) {
      a.pause(PauseKind.SPECIAL_STEP, step, null, clock.instant());
    }
    return deadline;
  }

  /** The step's task is done or cancelled; a special step lets the case clock run again. */
  public void endStep(String taskId, String number, SpecialStepKind specialStep) {
    StepClock stepClock = em.find(StepClock.class, taskId);
    if (stepClock != null) {
      stepClock.close(clock.instant());
    }
    if (specialStep != null) {
      applications.entity(number).resume(PauseKind.SPECIAL_STEP, clock.instant());
    }
  }

  private int limitOf(Application a, String processKey, String step, SpecialStepKind kind) {
    if (kind != null) {
      for (SpecialStep special : a.getItemVersion().getSpecialSteps()) {
        if (special.getKind() == kind) {
          return special.getDurationDays();
        }
      }
    }
    StepLimit limit = em.find(StepLimit.class, new StepLimit.Key(processKey, step));
    return limit == null ? a.getItemVersion().getPromisedDays() : limit.getWorkingDays();
  }

  /** The configured limit of each step of a process, in working days, by step. */
  public Map<String, Integer> stepLimits(String processKey) {
    return em.createQuery(
            "select l from StepLimit l where l.key.processKey = :process", StepLimit.class)
        .setParameter("process", processKey)
        .getResultStream()
        .collect(Collectors.toMap(l -> l.getKey().step(), StepLimit::getWorkingDays));
  }

  /** The clocks of these open steps (tasks), by task id. */
  public Map<String, StepClockView> stepClocks(Collection<String> taskIds) {
    if (taskIds.isEmpty()) {
      return Map.of();
    }
    LegalClock legal = legalClock();
    LocalDate today = today();
    return em.createQuery("select s from StepClock s where s.taskId in :ids", StepClock.class)
        .setParameter("ids", Set.copyOf(taskIds))
        .getResultStream()
        .map(s -> stepView(s, legal, today))
        .collect(Collectors.toMap(StepClockView::taskId, Function.identity()));
  }

  private static StepClockView stepView(StepClock s, LegalClock legal, LocalDate today) {
    StepReading r = legal.readStep(s.getStartedOn(), s.getLimitDays(), today);
    return new StepClockView(
        s.getTaskId(),
        s.getStep(),
        s.getStartedOn(),
        s.getLimitDays(),
        r.deadline(),
        r.workingDaysUsed(),
        r.workingDaysLeft(),
        r.card().id());
  }

  /**
   * The director extends an application's limit with a reason the applicant is told; {@code days}
   * null takes the configured default (10 working days).
   */
  public ClockView extend(Actor actor, String number, Integer days, String reason) {
    actor.require(Role.DIRECTOR);
    Application a = applications.entity(number);
    a.extend(
        actor.username(),
        days == null ? config.extensionDays() : days,
        reason,
        config.extensionMaxDays(),
        clock.instant());
    em.flush();
    return view(a, legalClock(), today());
  }

  /**
   * The watch (电子监察): recomputes the card of every open case and every open step, stores each
   * change with its history and answers the changes so that the people concerned are told.
   */
  public WatchReport watch() {
    LegalClock legal = legalClock();
    LocalDate today = today();
    Instant now = clock.instant();
    List<CardChange> changes = new ArrayList<>();
    List<Application> open =
        em.createQuery("select a from Application a where a.status in :s", Application.class)
            .setParameter("s", OPEN)
            .getResultList();
    for (Application a : open) {
      if (a.clockStartedOn() == null) {
        continue;
      }
      ClockView v = view(a, legal, today);
      Card card = cardOf(v.card());
      Card previous = cardOf(a.getCard());
      if (card != previous) {
        // a bulk update: the watch must not bump the application's version and so make a person's
        // act on the case at the same moment fail
        em.createQuery("update Application a set a.card = :c where a.id = :id")
            .setParameter("c", card.id())
            .setParameter("id", a.getId())
            .executeUpdate();
        em.persist(
            new CardEvent(
                a.getNumber(),
                null,
                null,
                previous,
                card,
                v.workingDaysUsed(),
                v.promisedDays() + v.extensions().stream().mapToInt(e -> e.workingDays()).sum(),
                now));
        changes.add(new CardChange(a.getNumber(), null, null, previous.id(), card.id()));
      }
    }
    List<StepClock> steps =
        em.createQuery("select s from StepClock s where s.closedAt is null", StepClock.class)
            .getResultList();
    for (StepClock s : steps) {
      StepReading r = legal.readStep(s.getStartedOn(), s.getLimitDays(), today);
      if (!r.deadline().equals(s.getDeadline())) {
        // the task lists sort by it: set on start, renewed here if the calendar changed since
        s.setDeadline(r.deadline());
      }
      Card previous = s.getCard();
      if (r.card() != previous) {
        s.setCard(r.card());
        em.persist(
            new CardEvent(
                s.getApplicationNumber(),
                s.getTaskId(),
                s.getStep(),
                previous,
                r.card(),
                r.workingDaysUsed(),
                s.getLimitDays(),
                now));
        changes.add(
            new CardChange(
                s.getApplicationNumber(),
                s.getTaskId(),
                s.getStep(),
                previous.id(),
                r.card().id()));
      }
    }
    return new WatchReport(changes, open.size(), steps.size());
  }

  /** The card history of an application, if this actor may read it. */
  public List<CardEventView> cardHistory(Actor actor, String number) {
    applications.readable(actor, number);
    return em.createQuery(
            "select e from CardEvent e where e.applicationNumber = :n order by e.occurredAt, e.id",
            CardEvent.class)
        .setParameter("n", number)
        .getResultStream()
        .map(
            e ->
                new CardEventView(
                    e.getStep(),
                    e.getPreviousCard(),
                    e.getCard(),
                    e.getWorkingDaysUsed(),
                    e.getLimitDays(),
                    e.getOccurredAt()))
        .toList();
  }

  private static Card cardOf(String id) {
    return Card.valueOf(id.toUpperCase(Locale.ROOT));
  }
}
