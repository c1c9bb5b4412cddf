package cn.oneseal.infrastructure.persistence.jpa;

import cn.oneseal.domain.model.application.ApplicationDraft;
import cn.oneseal.domain.model.application.ApplicationDraftRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaApplicationDraftRepository implements ApplicationDraftRepository {

  @PersistenceContext(unitName = "oneseal")
  private EntityManager em;

  @Override
  public Optional<ApplicationDraft> find(long id) {
    return Optional.ofNullable(em.find(ApplicationDraft.class, id));
  }

  @Override
  public List<ApplicationDraft> draftsOf(String owner) {
    return em.createQuery(
            "select d from ApplicationDraft d where d.owner = :owner and d.status = :draft"
                + " order by d.updatedAt desc, d.id desc",
            ApplicationDraft.class)
        .setParameter("owner", owner)
        .setParameter("draft", ApplicationDraft.Status.DRAFT)
        .getResultList();
  }

  @Override
  public long countDrafts(String owner) {
    return em.createQuery(
            "select count(d) from ApplicationDraft d where d.owner = :owner and d.status = :draft",
            Long.class)
        .setParameter("owner", owner)
        .setParameter("draft", ApplicationDraft.Status.DRAFT)
        .getSingleResult();
  }

  @Override
  public void store(ApplicationDraft draft) {
    em.persist(draft);
    em.flush();
  }

  @Override
  public void remove(ApplicationDraft draft) {
    em.remove(draft);
  }

  @Override
  public void flush() {
    em.flush();
  }
}
