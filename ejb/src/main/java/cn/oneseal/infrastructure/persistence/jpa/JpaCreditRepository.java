package cn.oneseal.infrastructure.persistence.jpa;

import cn.oneseal.domain.model.credit.CreditFact;
import cn.oneseal.domain.model.credit.CreditRepository;
import cn.oneseal.domain.model.credit.DecisionReport;
import cn.oneseal.domain.model.credit.DishonestEntry;
import cn.oneseal.domain.model.credit.ListedSubject;
import cn.oneseal.domain.model.credit.SupervisionFinding;
import cn.oneseal.domain.model.registration.BusinessLicence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCreditRepository implements CreditRepository {

  @PersistenceContext(unitName = "oneseal")
  private EntityManager em;

  @Override
  public void add(DishonestEntry entry) {
    em.persist(entry);
  }

  @Override
  public Optional<DishonestEntry> entry(long id) {
    return Optional.ofNullable(em.find(DishonestEntry.class, id));
  }

  @Override
  public Optional<DishonestEntry> entry(
      ListedSubject kind, String subjectKey, String authority, LocalDate listedOn) {
    return em.createQuery(
            "select e from DishonestEntry e where e.subjectKind = :k and e.subjectKey = :s"
                + " and e.authority = :a and e.listedOn = :d",
            DishonestEntry.class)
        .setParameter("k", kind)
        .setParameter("s", subjectKey)
        .setParameter("a", authority)
        .setParameter("d", listedOn)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<DishonestEntry> entriesOf(ListedSubject kind, String subjectKey) {
    return em.createQuery(
            "select e from DishonestEntry e where e.subjectKind = :k and e.subjectKey = :s"
                + " order by e.listedOn desc, e.id desc",
            DishonestEntry.class)
        .setParameter("k", kind)
        .setParameter("s", subjectKey)
        .getResultList();
  }

  @Override
  public long countEntries() {
    return em.createQuery("select count(e) from DishonestEntry e", Long.class).getSingleResult();
  }

  @Override
  public List<DishonestEntry> entries(int offset, int limit) {
    return em.createQuery(
            "select e from DishonestEntry e order by e.listedOn desc, e.id desc",
            DishonestEntry.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public void add(CreditFact fact) {
    em.persist(fact);
  }

  @Override
  public boolean factKnown(String source, String reference, String kind) {
    return !em.createQuery(
            "select f.id from CreditFact f where f.source = :s and f.reference = :r"
                + " and f.kind = :k",
            Long.class)
        .setParameter("s", source)
        .setParameter("r", reference)
        .setParameter("k", kind)
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<CreditFact> facts(Collection<String> codes, String number) {
    if (codes.isEmpty() && number == null) {
      return List.of();
    }
    String where =
        codes.isEmpty()
            ? "f.applicationNumber = :n"
            : number == null
                ? "f.creditCode in :c"
                : "(f.creditCode in :c or f.applicationNumber = :n)";
    TypedQuery<CreditFact> query =
        em.createQuery(
            "select f from CreditFact f where " + where + " order by f.decidedOn desc, f.id desc",
            CreditFact.class);
    if (!codes.isEmpty()) {
      query.setParameter("c", codes);
    }
    if (number != null) {
      query.setParameter("n", number);
    }
    return query.getResultList();
  }

  @Override
  public void add(SupervisionFinding finding) {
    em.persist(finding);
  }

  @Override
  public Optional<SupervisionFinding> finding(String channelCode, String findingId) {
    return em.createQuery(
            "select f from SupervisionFinding f where f.channelCode = :c and f.findingId = :id",
            SupervisionFinding.class)
        .setParameter("c", channelCode)
        .setParameter("id", findingId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<SupervisionFinding> findingsOfCase(String number) {
    return em.createQuery(
            "select f from SupervisionFinding f where f.applicationNumber = :n"
                + " order by f.decidedOn desc, f.id desc",
            SupervisionFinding.class)
        .setParameter("n", number)
        .getResultList();
  }

  @Override
  public List<SupervisionFinding> findingsOfHolder(String creditCode) {
    return em.createQuery(
            "select f from SupervisionFinding f where f.creditCode = :c"
                + " order by f.decidedOn desc, f.id desc",
            SupervisionFinding.class)
        .setParameter("c", creditCode)
        .getResultList();
  }

  @Override
  public void add(DecisionReport report) {
    em.persist(report);
  }

  @Override
  public Optional<DecisionReport> reportOfCase(String number) {
    return em.createQuery(
            "select r from DecisionReport r where r.applicationNumber = :n", DecisionReport.class)
        .setParameter("n", number)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<DecisionReport> report(String reportId) {
    return em.createQuery(
            "select r from DecisionReport r where r.reportId = :id", DecisionReport.class)
        .setParameter("id", reportId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<DecisionReport> report(long id) {
    return Optional.ofNullable(em.find(DecisionReport.class, id));
  }

  @Override
  public Optional<String> licensedCode(String number) {
    return em.createQuery(
            "select l.creditCode from BusinessLicence l where l.applicationNumber = :n",
            String.class)
        .setParameter("n", number)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<String> licensedName(String creditCode) {
    return em.createQuery(
            "select l from BusinessLicence l where l.creditCode = :c", BusinessLicence.class)
        .setParameter("c", creditCode)
        .getResultStream()
        .findFirst()
        .map(BusinessLicence::getFullName);
  }

  @Override
  public void flush() {
    em.flush();
  }
}
