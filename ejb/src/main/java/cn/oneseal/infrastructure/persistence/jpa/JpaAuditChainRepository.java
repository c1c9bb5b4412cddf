package cn.oneseal.infrastructure.persistence.jpa;

import cn.oneseal.domain.model.audit.AuditAnchor;
import cn.oneseal.domain.model.audit.AuditChainHead;
import cn.oneseal.domain.model.audit.AuditChainRepository;
import cn.oneseal.domain.model.audit.AuditEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAuditChainRepository implements AuditChainRepository {

  @PersistenceContext(unitName = "oneseal")
  private EntityManager em;

  @Override
  public AuditChainHead lockHead() {
    return require(
        em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public AuditChainHead head() {
    return require(em.find(AuditChainHead.class, AuditChainHead.ID));
  }

  private static AuditChainHead require(AuditChainHead head) {
    if (head == null) {
      throw new IllegalStateException("the audit chain head row is missing (migration V21)");
    }
    return head;
  }

  @Override
  public List<AuditEntry> unchained(int max) {
    return em.createQuery(
            "select a from AuditEntry a where a.chainSeq is null order by a.id", AuditEntry.class)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long countUnchained() {
    return em.createQuery("select count(a) from AuditEntry a where a.chainSeq is null", Long.class)
        .getSingleResult();
  }

  @Override
  public List<AuditEntry> chainedAfter(long afterSeq, long afterId, long lastSeq, int max) {
    return em.createQuery(
            "select a from AuditEntry a where a.chainSeq <= :last and (a.chainSeq > :seq"
                + " or (a.chainSeq = :seq and a.id > :id)) order by a.chainSeq, a.id",
            AuditEntry.class)
        .setParameter("last", lastSeq)
        .setParameter("seq", afterSeq)
        .setParameter("id", afterId)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public Optional<String> entryHashAt(long seq) {
    return em.createQuery(
            "select a.entryHash from AuditEntry a where a.chainSeq = :seq order by a.id",
            String.class)
        .setParameter("seq", seq)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Long> firstSeqNotBefore(Instant instant, long fromSeq) {
    return Optional.ofNullable(
        em.createQuery(
                "select min(a.chainSeq) from AuditEntry a where a.chainSeq >= :from"
                    + " and a.occurredAt >= :at",
                Long.class)
            .setParameter("from", fromSeq)
            .setParameter("at", instant)
            .getSingleResult());
  }

  @Override
  public int deleteChainedThrough(long seq) {
    return em.createQuery("delete from AuditEntry a where a.chainSeq <= :seq")
        .setParameter("seq", seq)
        .executeUpdate();
  }

  @Override
  public void add(AuditAnchor anchor) {
    em.persist(anchor);
  }

  @Override
  public Optional<AuditAnchor> latestStart() {
    return latest(AuditAnchor.Kind.START);
  }

  @Override
  public Optional<AuditAnchor> latestHead() {
    return latest(AuditAnchor.Kind.HEAD);
  }

  private Optional<AuditAnchor> latest(AuditAnchor.Kind kind) {
    return em.createQuery(
            "select a from AuditAnchor a where a.kind = :kind order by a.chainSeq desc, a.id desc",
            AuditAnchor.class)
        .setParameter("kind", kind)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<AuditAnchor> headAnchorsFrom(long fromSeq) {
    return em.createQuery(
            "select a from AuditAnchor a where a.kind = :kind and a.chainSeq >= :from"
                + " order by a.chainSeq, a.id",
            AuditAnchor.class)
        .setParameter("kind", AuditAnchor.Kind.HEAD)
        .setParameter("from", fromSeq)
        .getResultList();
  }
}
