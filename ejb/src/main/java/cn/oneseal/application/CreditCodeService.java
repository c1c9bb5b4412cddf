package cn.oneseal.application;

import cn.oneseal.domain.model.registration.CreditCode;
import cn.oneseal.domain.model.registration.CreditCodeCounter;
import cn.oneseal.domain.model.registration.IssuedCreditCode;
import cn.oneseal.domain.model.registration.Validation;
import cn.oneseal.domain.shared.DomainException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Checks unified social credit codes and issues new ones for market-regulation registrations
 * (authority 9). The rules live in {@link CreditCode}; this service only numbers and stores.
 */
@Stateless
@PermitAll
public class CreditCodeService {

  static final char MARKET_REGULATION = '9';
  static final int ISSUED_FOR_MAX = 64;

  @PersistenceContext(unitName = "oneseal")
  private EntityManager em;

  @Inject private Clock clock;

  public Validation check(String candidate) {
    return CreditCode.validate(candidate);
  }

  /**
   * A new code in {@code division} for an organisation of {@code type} (1 enterprise, 2 individual
   * business, 3 farmers' cooperative).
   *
   * <p>The division's counter row is locked for the rest of the transaction, so concurrent issues
   * in one division queue up and each gets its own number; the code's primary key is the last guard
   * against a repeat. The very first code of a division creates the counter row: should two
   * transactions do that at once, one fails on the primary key and rolls back, and a retry
   * succeeds.
   */
  public CreditCode issue(String division, char type, String issuedFor) {
    if (issuedFor != null && issuedFor.length() > ISSUED_FOR_MAX) {
      throw DomainException.invalid("error.creditCode.issuedForTooLong", ISSUED_FOR_MAX);
    }
    // composes a throw-away code first, so that a bad division or type is refused before any lock
    CreditCode.compose(MARKET_REGULATION, type, division, CreditCode.bodyFor(0));
    CreditCodeCounter counter = lockedCounter(division);
    CreditCode code = CreditCode.compose(MARKET_REGULATION, type, division, counter.takeNextBody());
    em.persist(new IssuedCreditCode(code, clock.instant(), issuedFor));
    em.flush();
    return code;
  }

  private CreditCodeCounter lockedCounter(String division) {
    CreditCodeCounter counter =
        em.find(CreditCodeCounter.class, division, LockModeType.PESSIMISTIC_WRITE);
    if (counter == null) {
      counter = new CreditCodeCounter(division);
      em.persist(counter);
      em.flush();
    }
    return counter;
  }
}
