package cn.oneseal.application.credit;

import cn.oneseal.domain.model.credit.DecisionReport;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Writes a failed delivery of a decision report in a transaction of its own: the attempt's
 * transaction rolls back so that the engine retries it, yet staff see that and why it failed.
 */
@Stateless
@PermitAll
public class DecisionReportAttempts {

  @PersistenceContext(unitName = "oneseal")
  private EntityManager em;

  @Inject private Clock clock;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void failed(long id, String error) {
    DecisionReport report = em.find(DecisionReport.class, id);
    if (report != null) {
      report.failed(error, clock.instant());
    }
  }
}
