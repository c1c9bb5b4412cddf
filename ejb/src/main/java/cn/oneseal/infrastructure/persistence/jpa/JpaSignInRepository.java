package cn.oneseal.infrastructure.persistence.jpa;

import cn.oneseal.domain.model.account.AccessToken;
import cn.oneseal.domain.model.account.RecoveryCode;
import cn.oneseal.domain.model.account.SecondFactor;
import cn.oneseal.domain.model.account.SignInRepository;
import cn.oneseal.domain.model.account.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSignInRepository implements SignInRepository {

  @PersistenceContext(unitName = "oneseal")
  private EntityManager em;

  @Override
  public Optional<UserAccount> activeAccount(String username) {
    if (username == null || username.isBlank() || username.length() > 64) {
      return Optional.empty();
    }
    return em.createQuery("select a from UserAccount a where a.username = :u", UserAccount.class)
        .setParameter("u", username)
        .getResultStream()
        .findFirst()
        .filter(UserAccount::isEnabled);
  }

  @Override
  public Optional<UserAccount> account(long id) {
    return Optional.ofNullable(em.find(UserAccount.class, id));
  }

  @Override
  public Optional<SecondFactor> secondFactor(long accountId) {
    return Optional.ofNullable(em.find(SecondFactor.class, accountId));
  }

  @Override
  public Optional<SecondFactor> secondFactorForUpdate(long accountId) {
    return Optional.ofNullable(
        em.find(SecondFactor.class, accountId, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public void add(SecondFactor factor) {
    em.persist(factor);
  }

  @Override
  public void removeSecondFactor(long accountId) {
    secondFactor(accountId).ifPresent(em::remove);
    em.createQuery("delete from RecoveryCode r where r.accountId = :a")
        .setParameter("a", accountId)
        .executeUpdate();
  }

  @Override
  public void add(RecoveryCode code) {
    em.persist(code);
  }

  @Override
  public long unusedRecoveryCodes(long accountId) {
    return em.createQuery(
            "select count(r) from RecoveryCode r where r.accountId = :a and r.usedAt is null",
            Long.class)
        .setParameter("a", accountId)
        .getSingleResult();
  }

  @Override
  public Optional<RecoveryCode> unusedRecoveryCode(long accountId, String codeHash) {
    return em.createQuery(
            "select r from RecoveryCode r where r.accountId = :a and r.codeHash = :h"
                + " and r.usedAt is null",
            RecoveryCode.class)
        .setParameter("a", accountId)
        .setParameter("h", codeHash)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(AccessToken token) {
    em.persist(token);
    em.flush();
  }

  @Override
  public Optional<AccessToken> token(long id) {
    return Optional.ofNullable(em.find(AccessToken.class, id));
  }

  @Override
  public long tokenCount(long accountId) {
    return em.createQuery("select count(t) from AccessToken t where t.accountId = :a", Long.class)
        .setParameter("a", accountId)
        .getSingleResult();
  }

  @Override
  public List<AccessToken> tokens(long accountId, int offset, int limit) {
    return em.createQuery(
            "select t from AccessToken t where t.accountId = :a"
                + " order by t.createdAt desc, t.id desc",
            AccessToken.class)
        .setParameter("a", accountId)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }
}
