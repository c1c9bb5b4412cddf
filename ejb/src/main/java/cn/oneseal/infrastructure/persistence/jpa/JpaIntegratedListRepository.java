package cn.oneseal.infrastructure.persistence.jpa;

import cn.oneseal.domain.model.registration.IntegratedList;
import cn.oneseal.domain.model.registration.IntegratedListRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class JpaIntegratedListRepository implements IntegratedListRepository {

  @PersistenceContext(unitName = "oneseal")
  private EntityManager em;

  @Override
  public List<IntegratedList> versions() {
    return em.createQuery(
            "select v from IntegratedList v order by v.versionNo", IntegratedList.class)
        .getResultList();
  }
}
