package cn.oneseal.infrastructure.persistence.jpa;

import cn.oneseal.domain.model.deregistration.AbnormalOperation;
import cn.oneseal.domain.model.deregistration.Deregistration;
import cn.oneseal.domain.model.deregistration.DeregistrationRepository;
import cn.oneseal.domain.model.deregistration.NoticeObjection;
import cn.oneseal.domain.model.inspection.InspectionAssignment;
import cn.oneseal.domain.model.registration.BusinessLicence;
import cn.oneseal.domain.model.registration.EnterpriseName;
import cn.oneseal.domain.model.registration.NameStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaDeregistrationRepository implements DeregistrationRepository {

  @PersistenceContext(unitName = "oneseal")
  private EntityManager em;

  @Override
  public void add(Deregistration deregistration) {
    em.persist(deregistration);
  }

  @Override
  public Optional<Deregistration> ofApplication(String applicationNumber) {
    return em.createQuery(
            "select d from Deregistration d where d.applicationNumber = :n", Deregistration.class)
        .setParameter("n", applicationNumber)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Deregistration> byNotice(String noticeNumber) {
    return em.createQuery(
            "select d from Deregistration d where d.noticeNumber = :n", Deregistration.class)
        .setParameter("n", noticeNumber)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Deregistration> ofBusiness(String creditCode) {
    return em.createQuery(
            "select d from Deregistration d where d.creditCode = :c order by d.id desc",
            Deregistration.class)
        .setParameter("c", creditCode)
        .getResultList();
  }

  @Override
  public String nextNoticeNumber(int year) {
    int updated =
        em.createNativeQuery(
                "update deregistration_notice_counter set last_value = last_value + 1"
                    + " where notice_year = ?1")
            .setParameter(1, year)
            .executeUpdate();
    if (updated == 0) {
      em.createNativeQuery(
              "insert into deregistration_notice_counter (notice_year, last_value) values (?1, 1)")
          .setParameter(1, year)
          .executeUpdate();
    }
    Number value =
        (Number)
            em.createNativeQuery(
                    "select last_value from deregistration_notice_counter where notice_year = ?1")
                .setParameter(1, year)
                .getSingleResult();
    return String.format("GSJY-%d-%06d", year, value.intValue());
  }

  @Override
  public List<Deregistration> notices(LocalDate today, int offset, int limit) {
    return em.createQuery(
            "select d from Deregistration d where d.noticeNumber is not null"
                + " and d.noticeStartsOn <= :t order by d.noticeStartsOn desc, d.id desc",
            Deregistration.class)
        .setParameter("t", today)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long countNotices(LocalDate today) {
    return em.createQuery(
            "select count(d) from Deregistration d where d.noticeNumber is not null"
                + " and d.noticeStartsOn <= :t",
            Long.class)
        .setParameter("t", today)
        .getSingleResult();
  }

  @Override
  public void add(NoticeObjection objection) {
    em.persist(objection);
  }

  @Override
  public List<NoticeObjection> objections(long deregistrationId) {
    return em.createQuery(
            "select o from NoticeObjection o where o.deregistrationId = :d order by o.id",
            NoticeObjection.class)
        .setParameter("d", deregistrationId)
        .getResultList();
  }

  @Override
  public List<Instant> objectionTimesFrom(String addressHash, Instant since) {
    return em.createQuery(
            "select o.filedAt from NoticeObjection o where o.addressHash = :a and o.filedAt > :s"
                + " order by o.filedAt",
            Instant.class)
        .setParameter("a", addressHash)
        .setParameter("s", since)
        .getResultList();
  }

  @Override
  public void add(AbnormalOperation listing) {
    em.persist(listing);
  }

  @Override
  public Optional<AbnormalOperation> abnormal(long id) {
    return Optional.ofNullable(em.find(AbnormalOperation.class, id));
  }

  @Override
  public List<AbnormalOperation> abnormalOf(String creditCode) {
    return em.createQuery(
            "select a from AbnormalOperation a where a.creditCode = :c order by a.id desc",
            AbnormalOperation.class)
        .setParameter("c", creditCode)
        .getResultList();
  }

  @Override
  public List<AbnormalOperation> abnormalList(int offset, int limit) {
    return em.createQuery(
            "select a from AbnormalOperation a order by a.listedOn desc, a.id desc",
            AbnormalOperation.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long countAbnormal() {
    return em.createQuery("select count(a) from AbnormalOperation a", Long.class).getSingleResult();
  }

  @Override
  public boolean transferredForInvestigation(String creditCode) {
    return em.createQuery(
                "select count(a) from InspectionAssignment a where a.subjectId = :c"
                    + " and a.outcome = :o",
                Long.class)
            .setParameter("c", creditCode)
            .setParameter("o", InspectionAssignment.Outcome.TRANSFERRED)
            .getSingleResult()
        > 0;
  }

  @Override
  public boolean sanctionedSince(String creditCode, LocalDate since) {
    return em.createQuery(
                "select count(f) from CreditFact f where f.creditCode = :c and f.kind = :k"
                    + " and f.decidedOn >= :s",
                Long.class)
            .setParameter("c", creditCode)
            .setParameter("k", "SANCTION")
            .setParameter("s", since)
            .getSingleResult()
        > 0;
  }

  @Override
  public Optional<BusinessLicence> licence(String creditCode) {
    return Optional.ofNullable(em.find(BusinessLicence.class, creditCode));
  }

  @Override
  public Optional<EnterpriseName> registeredName(String area, String fullName) {
    return em.createQuery(
            "select n from EnterpriseName n where n.area = :a and n.fullName = :f and n.status = :s",
            EnterpriseName.class)
        .setParameter("a", area)
        .setParameter("f", fullName)
        .setParameter("s", NameStatus.REGISTERED)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void flush() {
    em.flush();
  }
}
