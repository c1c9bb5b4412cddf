package cn.oneseal.infrastructure.persistence.jpa;

import cn.oneseal.domain.model.audit.AuditEntry;
import cn.oneseal.domain.model.audit.AuditEntryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class JpaAuditEntryRepository implements AuditEntryRepository {

  @PersistenceContext(unitName = "oneseal")
  private EntityManager em;

  @Override
  public void add(AuditEntry entry) {
    em.persist(entry);
  }

  @Override
  public boolean readSince(String actor, String number, String purpose, Instant since) {
    return !em.createQuery(
            "select e.id from AuditEntry e where e.applicationNumber = :n and e.actor = :a"
                + " and e.purpose = :p and e.kind = :k and e.occurredAt >= :since",
            Long.class)
        .setParameter("n", number)
        .setParameter("a", actor)
        .setParameter("p", purpose)
        .setParameter("k", AuditEntry.READ)
        .setParameter("since", since)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<AuditEntry> ofCase(String number, int offset, int size) {
    return em.createQuery(
            "select e from AuditEntry e where e.applicationNumber = :n"
                + " order by e.occurredAt, e.id",
            AuditEntry.class)
        .setParameter("n", number)
        .setFirstResult(offset)
        .setMaxResults(size)
        .getResultList();
  }

  @Override
  public long countOfCase(String number) {
    return em.createQuery(
            "select count(e) from AuditEntry e where e.applicationNumber = :n", Long.class)
        .setParameter("n", number)
        .getSingleResult();
  }

  @Override
  public List<AuditEntry> readsOf(String number, int limit) {
    return em.createQuery(
            "select e from AuditEntry e where e.applicationNumber = :n and e.kind = :k"
                + " order by e.occurredAt desc, e.id desc",
            AuditEntry.class)
        .setParameter("n", number)
        .setParameter("k", AuditEntry.READ)
        .setMaxResults(limit)
        .getResultList();
  }
}
