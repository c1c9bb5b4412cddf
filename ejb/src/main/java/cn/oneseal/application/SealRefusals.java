package cn.oneseal.application;

import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.audit.AuditEntry;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Puts a refused attempt at an act that the seal would stamp on record (someone other than the
 * director deciding, other than a clerk issuing the window's notices). Written in a transaction of
 * its own: the refused request itself is rolled back and changes nothing, but its attempt stays.
 */
@Stateless
@PermitAll
public class SealRefusals {

  public static final String ACTION = "seal.refused";
  public static final String SUBJECT = "application";

  @PersistenceContext(unitName = "oneseal")
  private EntityManager em;

  @Inject private Clock clock;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void refused(Actor actor, String number, String attempted) {
    em.persist(
        new AuditEntry(
            clock.instant(),
            actor.username(),
            ACTION,
            SUBJECT,
            String.valueOf(number),
            attempted + " by " + String.join(",", actor.roleIds())));
  }
}
