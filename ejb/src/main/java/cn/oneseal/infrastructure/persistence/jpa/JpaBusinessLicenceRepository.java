package cn.oneseal.infrastructure.persistence.jpa;

import cn.oneseal.domain.model.registration.BusinessLicence;
import cn.oneseal.domain.model.registration.BusinessLicenceRepository;
import cn.oneseal.domain.model.registration.LicenceVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaBusinessLicenceRepository implements BusinessLicenceRepository {

  @PersistenceContext(unitName = "oneseal")
  private EntityManager em;

  @Override
  public Optional<BusinessLicence> find(String creditCode) {
    return Optional.ofNullable(em.find(BusinessLicence.class, creditCode));
  }

  @Override
  public Optional<BusinessLicence> findForUpdate(String creditCode) {
    return Optional.ofNullable(
        em.find(BusinessLicence.class, creditCode, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Optional<LicenceVersion> version(String creditCode, int version) {
    return em.createQuery(
            "select v from LicenceVersion v where v.creditCode = :c and v.versionNo = :v",
            LicenceVersion.class)
        .setParameter("c", creditCode)
        .setParameter("v", version)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<LicenceVersion> issuedOn(String applicationNumber) {
    return em.createQuery(
            "select v from LicenceVersion v where v.applicationNumber = :n", LicenceVersion.class)
        .setParameter("n", applicationNumber)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<BusinessLicence> ofOwner(String username) {
    return em.createQuery(
            "select l from BusinessLicence l, BusinessRegistration r"
                + " where r.id = l.registrationId and r.owner = :u order by l.creditCode",
            BusinessLicence.class)
        .setParameter("u", username)
        .getResultList();
  }

  @Override
  public void add(LicenceVersion version) {
    em.persist(version);
  }

  @Override
  public void flush() {
    em.flush();
  }
}
