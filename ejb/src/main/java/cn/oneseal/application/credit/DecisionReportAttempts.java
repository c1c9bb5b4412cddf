package cn.oneseal.application.credit;

import cn.oneseal.domain.model.credit.CreditRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Writes a failed delivery of a decision report in a transaction of its own: the attempt's
 * transaction rolls back so that the engine retries it, yet staff see that and why it failed.
 */
@Stateless
@PermitAll
public class DecisionReportAttempts {

  @Inject private CreditRepository repository;

  @Inject private Clock clock;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void failed(long id, String error) {
    repository.report(id).ifPresent(report -> report.failed(error, clock.instant()));
  }
}
