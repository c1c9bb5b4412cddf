package cn.oneseal.infrastructure.persistence.jpa;

import cn.oneseal.domain.model.account.AccountRepository;
import cn.oneseal.domain.model.account.PasswordHistory;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.model.account.SecurityEvent;
import cn.oneseal.domain.model.account.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

  private static final String BY_NAME = "select a from UserAccount a where a.username = :u";
  private static final String SEARCH =
      " where lower(a.username) like :q or lower(a.displayName) like :q"
          + " or lower(a.staffNumber) like :q";
  private static final String OF_ACCOUNT = " where e.account = :a or e.actor = :a";

  @PersistenceContext(unitName = "oneseal")
  private EntityManager em;

  @Override
  public Optional<UserAccount> find(String username) {
    return em.createQuery(BY_NAME, UserAccount.class)
        .setParameter("u", username)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<UserAccount> findForUpdate(String username) {
    if (username == null || username.isBlank() || username.length() > 64) {
      return Optional.empty();
    }
    return em.createQuery(BY_NAME, UserAccount.class)
        .setParameter("u", username)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(UserAccount account) {
    em.persist(account);
  }

  @Override
  public List<UserAccount> search(String search, int offset, int size) {
    TypedQuery<UserAccount> query =
        em.createQuery(
            "select a from UserAccount a" + where(search) + " order by a.username",
            UserAccount.class);
    bind(query, search);
    return query.setFirstResult(offset).setMaxResults(size).getResultList();
  }

  @Override
  public long count(String search) {
    TypedQuery<Long> query =
        em.createQuery("select count(a) from UserAccount a" + where(search), Long.class);
    bind(query, search);
    return query.getSingleResult();
  }

  private static String where(String search) {
    return search == null || search.isBlank() ? "" : SEARCH;
  }

  private static void bind(TypedQuery<?> query, String search) {
    if (search != null && !search.isBlank()) {
      String escaped = search.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
      query.setParameter("q", "%" + escaped + "%");
    }
  }

  @Override
  public boolean staffNumberTaken(String staffNumber, Long selfId) {
    return em.createQuery("select a from UserAccount a where a.staffNumber = :n", UserAccount.class)
        .setParameter("n", staffNumber)
        .getResultStream()
        .anyMatch(a -> selfId == null || !a.getId().equals(selfId));
  }

  @Override
  public boolean activeHolderOf(Role role) {
    return em.createQuery(
                "select count(a) from UserAccount a join a.roles r"
                    + " where r = :role and a.enabled = true",
                Long.class)
            .setParameter("role", role)
            .getSingleResult()
        > 0;
  }

  @Override
  public List<String> replacedPasswordHashes(Long accountId, int count) {
    if (count <= 0) {
      return List.of();
    }
    return em.createQuery(
            "select h.passwordHash from PasswordHistory h where h.accountId = :a"
                + " order by h.replacedAt desc, h.id desc",
            String.class)
        .setParameter("a", accountId)
        .setMaxResults(count)
        .getResultList();
  }

  @Override
  public void rememberReplacedPassword(PasswordHistory replaced) {
    em.persist(replaced);
  }

  @Override
  public void log(SecurityEvent event) {
    em.persist(event);
  }

  @Override
  public List<SecurityEvent> securityEvents(String account, int offset, int size) {
    boolean one = account != null && !account.isBlank();
    TypedQuery<SecurityEvent> query =
        em.createQuery(
            "select e from SecurityEvent e"
                + (one ? OF_ACCOUNT : "")
                + " order by e.occurredAt desc, e.id desc",
            SecurityEvent.class);
    if (one) {
      query.setParameter("a", account.strip());
    }
    return query.setFirstResult(offset).setMaxResults(size).getResultList();
  }

  @Override
  public long countSecurityEvents(String account) {
    boolean one = account != null && !account.isBlank();
    TypedQuery<Long> query =
        em.createQuery(
            "select count(e) from SecurityEvent e" + (one ? OF_ACCOUNT : ""), Long.class);
    if (one) {
      query.setParameter("a", account.strip());
    }
    return query.getSingleResult();
  }
}
