package cn.oneseal.infrastructure.persistence.jpa;

import cn.oneseal.domain.model.registration.BusinessRegistration;
import cn.oneseal.domain.model.registration.BusinessRegistrationRepository;
import cn.oneseal.domain.model.registration.RegistrationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaBusinessRegistrationRepository implements BusinessRegistrationRepository {

  @PersistenceContext(unitName = "oneseal")
  private EntityManager em;

  @Override
  public Optional<BusinessRegistration> find(long id) {
    return Optional.ofNullable(em.find(BusinessRegistration.class, id));
  }

  @Override
  public Optional<BusinessRegistration> findByApplication(String number) {
    return em.createQuery(
            "select r from BusinessRegistration r where r.applicationNumber = :n",
            BusinessRegistration.class)
        .setParameter("n", number)
        .getResultStream()
        .findFirst();
  }

  @Override
  public long countDrafts(String owner) {
    return em.createQuery(
            "select count(r) from BusinessRegistration r where r.owner = :o and r.status = :s",
            Long.class)
        .setParameter("o", owner)
        .setParameter("s", RegistrationStatus.DRAFT)
        .getSingleResult();
  }

  @Override
  public List<BusinessRegistration> ownedBy(String owner, int max) {
    return em.createQuery(
            "select r from BusinessRegistration r where r.owner = :o"
                + " order by r.updatedAt desc, r.id desc",
            BusinessRegistration.class)
        .setParameter("o", owner)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public void store(BusinessRegistration registration) {
    em.persist(registration);
    em.flush();
  }

  @Override
  public void remove(BusinessRegistration registration) {
    em.remove(registration);
  }

  @Override
  public void flush() {
    em.flush();
  }
}
