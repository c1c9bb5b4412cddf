package cn.oneseal.infrastructure.persistence.jpa;

import cn.oneseal.application.ApplicationForm;
import cn.oneseal.domain.model.application.Application;
import cn.oneseal.domain.model.document.IssuedDocument;
import cn.oneseal.domain.model.publication.DecidedCase;
import cn.oneseal.domain.model.publication.Publication;
import cn.oneseal.domain.model.publication.PublicationFilter;
import cn.oneseal.domain.model.publication.PublicationRepository;
import cn.oneseal.domain.model.registration.BusinessLicence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaPublicationRepository implements PublicationRepository {

  private static final Map<String, String> ORDER =
      Map.of("decidedOn", "p.decidedOn", "publishedAt", "p.publishedAt");

  /**
   * The job only reads the cases, the licences and the documents: loaded read-only, they are never
   * dirty-checked, so that reading them can never write to (or lock) a case a person is working on.
   */
  private static final String READ_ONLY = "org.hibernate.readOnly";

  // The publication job's reads (the decided cases, their registrations, licences and decision
  // numbers) run with flush mode COMMIT: the job writes only publications and audit entries, which
  // none of them reads, and an automatic flush before each query dirty-checked everything the
  // batch had loaded: up to 200 cases, three queries each (2.3 % of the server's CPU with 8
  // clients, issue 18).

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
    return em.createQuery(
            "select a from Application a where a.decisionOutcome = 'approved'"
                + " and a.decidedAt is not null and not exists (select p from Publication p"
                + " where p.sourceKey = concat('case:', a.number))"
                + " order by a.decidedAt asc, a.id asc",
            Application.class)
        .setFlushMode(FlushModeType.COMMIT)
        .setHint(READ_ONLY, true)
        .setMaxResults(limit)
        .getResultStream()
        .map(this::decided)
        .toList();
  }

  @Override
  public Optional<DecidedCase> decidedCase(String number) {
    return em.createQuery("select a from Application a where a.number = :n", Application.class)
        .setFlushMode(FlushModeType.COMMIT)
        .setHint(READ_ONLY, true)
        .setParameter("n", number)
        .getResultStream()
        .findFirst()
        .map(this::decided);
  }

  private DecidedCase decided(Application a) {
    String number = a.getNumber();
    boolean registration =
        em.createQuery(
                    "select count(r) from BusinessRegistration r where r.applicationNumber = :n",
                    Long.class)
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter("n", number)
                .getSingleResult()
            > 0;
    Optional<BusinessLicence> licence =
        em.createQuery(
                "select l from BusinessLicence l where l.applicationNumber = :n",
                BusinessLicence.class)
            .setFlushMode(FlushModeType.COMMIT)
            .setHint(READ_ONLY, true)
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
    var name = a.getItemVersion().getName();
    Map<String, String> form = a.getForm();
    return new DecidedCase(
        number,
        new Publication.Item(a.getItem().getCode(), name.zh(), name.en()),
        a.getDecidedAt(),
        form.get(ApplicationForm.APPLICANT_NAME),
        form.get(ApplicationForm.CREDIT_CODE),
        registration,
        licence.map(BusinessLicence::getFullName).orElse(null),
        licence.map(BusinessLicence::getCreditCode).orElse(null),
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
