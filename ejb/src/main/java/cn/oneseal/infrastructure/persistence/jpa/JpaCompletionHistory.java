package cn.oneseal.infrastructure.persistence.jpa;

import cn.oneseal.domain.model.clock.BureauTime;
import cn.oneseal.domain.model.forecast.CompletionEstimate.PastCase;
import cn.oneseal.domain.model.forecast.CompletionHistory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The past of an item version's cases for the estimate of completion, in one bounded query (docs/
 * case-page.md): the most recent decided cases of the version first ({@code
 * ix_application_version_decided}, migration V34, read backwards and stopped after the window),
 * then their history rows of the step ({@code ix_application_history_app}). The time a step was
 * entered is the history's {@code started_at} (the task's creation, written when its act is
 * recorded); the step a case is at now is its open {@code step_clock}.
 */
@ApplicationScoped
public class JpaCompletionHistory implements CompletionHistory {

  /**
   * Parameters: the item version's id, the window (how many decided cases), the step. Answers one
   * row per case that passed the step: id, the first entry into the step, the decision. Plain SQL
   * that H2 and PostgreSQL both run (the unit test runs it on the migrated schema).
   */
  public static final String DECIDED_AFTER_STEP =
      "select r.id, min(h.started_at), r.decided_at"
          + " from (select a.id, a.decided_at from application a"
          + " where a.item_version_id = ? and a.decided_at is not null"
          + " and a.status in ('APPROVED', 'DENIED')"
          + " order by a.decided_at desc, a.id desc limit ?) r"
          + " join application_history h on h.application_id = r.id"
          + " where h.step = ? and h.started_at is not null"
          + " group by r.id, r.decided_at";

  @PersistenceContext(unitName = "oneseal")
  private EntityManager em;

  @Override
  public Optional<OpenStep> openStep(String applicationNumber) {
    return em.createQuery(
            "select s.step, s.startedOn from StepClock s"
                + " where s.applicationNumber = :number and s.closedAt is null"
                + " order by s.startedOn, s.taskId",
            Object[].class)
        .setParameter("number", applicationNumber)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(r -> new OpenStep((String) r[0], (LocalDate) r[1]));
  }

  @Override
  public List<PastCase> decidedAfter(long itemVersionId, String step, int window) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(DECIDED_AFTER_STEP)
            .setParameter(1, itemVersionId)
            .setParameter(2, window)
            .setParameter(3, step)
            .getResultList();
    return rows.stream().map(r -> new PastCase(day(r[1]), day(r[2]))).toList();
  }

  /** A {@code timestamp with time zone} as a native query hands it over, as a bureau day. */
  public static LocalDate day(Object value) {
    Instant instant;
    if (value instanceof Instant i) {
      instant = i;
    } else if (value instanceof OffsetDateTime o) {
      instant = o.toInstant();
    } else if (value instanceof ZonedDateTime z) {
      instant = z.toInstant();
    } else if (value instanceof Timestamp t) {
      instant = t.toInstant();
    } else {
      throw new IllegalStateException(
          "not a timestamp: " + (value == null ? null : value.getClass()));
    }
    return BureauTime.day(instant);
  }
}
