package cn.oneseal.application;

import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.audit.AuditEntry;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Puts an act of staff on a record that the domain does not own (such as an incident of the process
 * engine, which lives in the workflow module) into the audit trail. Joins the caller's transaction,
 * so the line exists exactly when the act took effect.
 */
@Stateless
@PermitAll
public class AuditTrail {

  @PersistenceContext(unitName = "oneseal")
  private EntityManager em;

  @Inject private Clock clock;

  /** Records that {@code actor} did {@code action} to the record {@code subjectType/subjectId}. */
  public void record(
      Actor actor, String action, String subjectType, String subjectId, String detail) {
    em.persist(
        new AuditEntry(clock.instant(), actor.username(), action, subjectType, subjectId, detail));
  }
}
