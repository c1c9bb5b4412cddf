package cn.oneseal.infrastructure.persistence.jpa;

import cn.oneseal.domain.model.catalog.ApprovalItem;
import cn.oneseal.domain.model.commitment.Commitment;
import cn.oneseal.domain.model.commitment.CommitmentRepository;
import cn.oneseal.domain.model.document.IssuedDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaCommitmentRepository implements CommitmentRepository {

  @PersistenceContext(unitName = "oneseal")
  private EntityManager em;

  @Override
  public Optional<ApprovalItem> item(String code) {
    return em.createQuery("select i from ApprovalItem i where i.code = :c", ApprovalItem.class)
        .setParameter("c", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(Commitment commitment) {
    em.persist(commitment);
  }

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public Optional<Commitment> ofCase(String applicationNumber) {
    return em.createQuery(
            "select c from Commitment c where c.applicationNumber = :n", Commitment.class)
        .setParameter("n", applicationNumber)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<IssuedDocument> approvalDecisionOf(String applicationNumber) {
    return em.createQuery(
            "select d from IssuedDocument d where d.applicationNumber = :n and d.kind = :k"
                + " order by d.id desc",
            IssuedDocument.class)
        .setParameter("n", applicationNumber)
        .setParameter("k", IssuedDocument.Kind.APPROVAL_DECISION)
        .getResultStream()
        .findFirst();
  }
}
