package cn.oneseal.infrastructure.persistence.jpa;

import cn.oneseal.domain.model.registration.EnterpriseName;
import cn.oneseal.domain.model.registration.EnterpriseNameRepository;
import cn.oneseal.domain.model.registration.NameStatus;
import cn.oneseal.domain.model.registration.NameWord;
import cn.oneseal.domain.model.registration.RegistrationArea;
import cn.oneseal.domain.model.registration.ReservedName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaEnterpriseNameRepository implements EnterpriseNameRepository {

  @PersistenceContext(unitName = "oneseal")
  private EntityManager em;

  @Override
  public List<EnterpriseName> withTradeName(String area, String tradeName) {
    return em.createQuery(
            "select n from EnterpriseName n where n.area = :area and n.tradeName = :tradeName",
            EnterpriseName.class)
        .setParameter("area", area)
        .setParameter("tradeName", tradeName)
        .getResultList();
  }

  @Override
  public List<EnterpriseName> reservationsOf(String area, String fullName) {
    return em.createQuery(
            "select n from EnterpriseName n where n.area = :a and n.fullName = :f and n.status = :s",
            EnterpriseName.class)
        .setParameter("a", area)
        .setParameter("f", fullName)
        .setParameter("s", NameStatus.RESERVED)
        .getResultList();
  }

  @Override
  public List<ReservedName> heldBy(String username, Instant now, int max) {
    return em.createQuery(
            "select n.fullName, n.area, n.tradeName, n.industry, n.organizationForm,"
                + " n.reservedUntil from EnterpriseName n where n.reservedBy = :user"
                + " and n.status = :status and n.reservedUntil > :now order by n.statusSince desc",
            Object[].class)
        .setParameter("user", username)
        .setParameter("status", NameStatus.RESERVED)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultStream()
        .map(
            row ->
                ReservedName.of(
                    (String) row[0],
                    (String) row[1],
                    (String) row[2],
                    (String) row[3],
                    (String) row[4],
                    (Instant) row[5]))
        .toList();
  }

  @Override
  public void store(EnterpriseName name) {
    em.persist(name);
  }

  @Override
  public Optional<RegistrationArea> area(String code) {
    return Optional.ofNullable(em.find(RegistrationArea.class, code));
  }

  @Override
  public Optional<RegistrationArea> lockArea(String code) {
    return Optional.ofNullable(
        em.find(RegistrationArea.class, code, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<NameWord> words() {
    return em.createQuery("select w from NameWord w", NameWord.class).getResultList();
  }

  @Override
  public List<String> wellKnownMarks() {
    return em.createQuery("select m.mark from WellKnownMark m", String.class).getResultList();
  }
}
