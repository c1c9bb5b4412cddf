package cn.oneseal.application;

import cn.oneseal.domain.model.registration.DepartmentPush;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Writes a failed attempt in a transaction of its own: the attempt's own transaction rolls back (so
 * that the engine retries it), yet staff must see that and why it failed.
 */
@Stateless
@PermitAll
public class PushAttempts {

  @PersistenceContext(unitName = "oneseal")
  private EntityManager em;

  @Inject private Clock clock;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void failed(long pushId, String error) {
    DepartmentPush push = em.find(DepartmentPush.class, pushId);
    if (push != null) {
      push.failed(error, clock.instant());
    }
  }
}
