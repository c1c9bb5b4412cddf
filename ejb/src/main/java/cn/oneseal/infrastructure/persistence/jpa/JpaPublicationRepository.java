package cn.oneseal.infrastructure.persistence.jpa;

import cn.oneseal.application.ApplicationForm;
import cn.oneseal.domain.model.document.IssuedDocument;
import cn.oneseal.domain.model.publication.DecidedCase;
import cn.oneseal.domain.model.publication.Publication;
import cn.oneseal.domain.model.publication.PublicationFilter;
import cn.oneseal.domain.model.publication.PublicationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaPublicationRepository implements PublicationRepository {

  private static final Map<String, String> ORDER =
      Map.of("decidedOn", "p.decidedOn", "publishedAt", "p.publishedAt");

  // The publication job's reads (the decided cases, their registrations, licences and decision
  // numbers) are values, read with flush mode COMMIT: nothing they read is loaded as an entity, so
  // reading can never write to (or lock) a case a person is working on, and the job's own writes
  // (publications and audit entries, which none of them reads) are not flushed before each query.
  // As read-only entities with automatic flushes, every query and every added publication
  // dirty-checked all the batch had loaded, up to 200 cases with their forms (2.3 % of the server's
  // CPU with 8 clients, issue 18).

  @PersistenceContext(unitName = "oneseal")
  private EntityManager em;

  @Override
  public void add(Publication publication) {
    em.persist(publication);
    em.flush();
  }

  @Override
  public Optional<Publication> bySourceKey(String sourceKey) {
    return em.createQuery("select p from Publication p where p.sourceKey = :key", Publication.class)
        .setParameter("key", sourceKey)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<DecidedCase> approvedWithoutPublication(int limit) {
    return decidedRows(
            " where a.decisionOutcome = 'approved'"
                + " and a.decidedAt is not null and not exists (select p from Publication p"
                + " where p.sourceKey = concat('case:', a.number))"
                + " order by a.decidedAt asc, a.id asc")
        .setMaxResults(limit)
        .getResultStream()
        .map(this::decided)
        .toList();
  }

  @Override
  public Optional<DecidedCase> decidedCase(String number) {
    return decidedRows(" where a.number = :n")
        .setParameter("n", number)
        .getResultStream()
        .findFirst()
        .map(this::decided);
  }

  /**
   * What a publication takes of decided cases, as values: no case is loaded as an entity, so a
   * batch of 200 leaves nothing for the transaction's flushes to check.
   */
  private TypedQuery<Object[]> decidedRows(String whereAndOrder) {
    return em.createQuery(
            "select a.number, i.code, v.name.zh, v.name.en, a.decidedAt, fn, fc"
                + " from Application a join a.item i join a.itemVersion v"
                + " left join a.form fn on key(fn) = :applicantName"
                + " left join a.form fc on key(fc) = :creditCode"
                + whereAndOrder,
            Object[].class)
        .setFlushMode(FlushModeType.COMMIT)
        .setParameter("applicantName", ApplicationForm.APPLICANT_NAME)
        .setParameter("creditCode", ApplicationForm.CREDIT_CODE);
  }

  private DecidedCase decided(Object[] row) {
    String number = (String) row[0];
    boolean registration =
        em.createQuery(
                    "select count(r) from BusinessRegistration r where r.applicationNumber = :n",
                    Long.class)
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter("n", number)
                .getSingleResult()
            > 0;
    Optional<Object[]> licence =
        em.createQuery(
                "select l.fullName, l.creditCode from BusinessLicence l"
                    + " where l.applicationNumber = :n",
                Object[].class)
            .setFlushMode(FlushModeType.COMMIT)
            .setParameter("n", number)
            .getResultStream()
            .findFirst();
    String decisionNumber =
        em.createQuery(
                "select d.documentNumber from IssuedDocument d where d.applicationNumber = :n"
                    + " and d.kind = :kind order by d.id desc",
                String.class)
            .setFlushMode(FlushModeType.COMMIT)
            .setParameter("n", number)
            .setParameter("kind", IssuedDocument.Kind.APPROVAL_DECISION)
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElse(null);
    return new DecidedCase(
        number,
        new Publication.Item((String) row[1], (String) row[2], (String) row[3]),
        (Instant) row[4],
        (String) row[5],
        (String) row[6],
        registration,
        licence.map(l -> (String) l[0]).orElse(null),
        licence.map(l -> (String) l[1]).orElse(null),
        decisionNumber);
  }

  @Override
  public List<Publication> pending(int limit) {
    return em.createQuery(
            "select p from Publication p where p.publishedAt is null order by p.dueOn asc, p.id asc",
            Publication.class)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<Publication> published(
      PublicationFilter filter, String order, boolean descending, int offset, int limit) {
    String direction = descending ? " desc" : " asc";
    String by = ORDER.getOrDefault(order, "p.decidedOn");
    TypedQuery<Publication> query =
        em.createQuery(
            "select p from Publication p"
                + where(filter)
                + " order by "
                + by
                + direction
                + ", p.id"
                + direction,
            Publication.class);
    bind(query, filter);
    return query.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  @Override
  public long countPublished(PublicationFilter filter) {
    TypedQuery<Long> query =
        em.createQuery("select count(p) from Publication p" + where(filter), Long.class);
    bind(query, filter);
    return query.getSingleResult();
  }

  private static String where(PublicationFilter f) {
    StringBuilder where = new StringBuilder(" where p.publishedAt is not null");
    if (f.text() != null) {
      where.append(
          " and (lower(p.holderName) like :text escape '!' or p.creditCode = :code"
              + " or p.documentNumber = :document)");
    }
    if (f.kind() != null) {
      where.append(" and p.kind = :kind");
    }
    if (f.itemCode() != null) {
      where.append(" and p.itemCode = :item");
    }
    if (f.from() != null) {
      where.append(" and p.decidedOn >= :from");
    }
    if (f.to() != null) {
      where.append(" and p.decidedOn <= :to");
    }
    return where.toString();
  }

  private static void bind(TypedQuery<?> query, PublicationFilter f) {
    if (f.text() != null) {
      String escaped =
          f.text()
              .toLowerCase(Locale.ROOT)
              .replace("!", "!!")
              .replace("%", "!%")
              .replace("_", "!_");
      query.setParameter("text", "%" + escaped + "%");
      query.setParameter("code", f.text().toUpperCase(Locale.ROOT));
      query.setParameter("document", f.text());
    }
    if (f.kind() != null) {
      query.setParameter("kind", f.kind());
    }
    if (f.itemCode() != null) {
      query.setParameter("item", f.itemCode());
    }
    if (f.from() != null) {
      query.setParameter("from", f.from());
    }
    if (f.to() != null) {
      query.setParameter("to", f.to());
    }
  }

  @Override
  public List<Publication> overdue(LocalDate today, int offset, int limit) {
    return em.createQuery(
            "select p from Publication p where"
                + " (p.publishedOn is null and p.dueOn < :today) or p.publishedOn > p.dueOn"
                + " order by p.dueOn desc, p.id desc",
            Publication.class)
        .setParameter("today", today)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long countOverdue(LocalDate today) {
    return em.createQuery(
            "select count(p) from Publication p where"
                + " (p.publishedOn is null and p.dueOn < :today) or p.publishedOn > p.dueOn",
            Long.class)
        .setParameter("today", today)
        .getSingleResult();
  }

  @Override
  public List<Publication> decidedBetween(LocalDate from, LocalDate until) {
    return em.createQuery(
            "select p from Publication p where p.decidedOn >= :from and p.decidedOn < :until"
                + " order by p.decidedOn asc, p.id asc",
            Publication.class)
        .setParameter("from", from)
        .setParameter("until", until)
        .getResultList();
  }

  @Override
  public List<Publication> allPublished() {
    return em.createQuery(
            "select p from Publication p where p.publishedAt is not null"
                + " order by p.decidedOn asc, p.id asc",
            Publication.class)
        .getResultList();
  }
}
