package cn.oneseal.infrastructure.persistence.jpa;

import cn.oneseal.application.ApplicationFilter;
import cn.oneseal.application.ApplicationForm;
import cn.oneseal.application.ApplicationSummaries;
import cn.oneseal.application.Paging;
import cn.oneseal.application.ResultPage;
import cn.oneseal.application.dto.ApplicationSummary;
import cn.oneseal.domain.model.application.Application;
import cn.oneseal.domain.model.application.ApplicationRepository;
import cn.oneseal.domain.model.application.ApplicationStatus;
import cn.oneseal.infrastructure.persistence.RowEstimate;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Applications in the database, and the application lists read from it as rows: a list never loads
 * the applications it shows (with their form, materials and history), only the columns of a row.
 */
@ApplicationScoped
public class JpaApplicationRepository implements ApplicationRepository, ApplicationSummaries {

  /** The fields a list may be sorted by, and the column each stands for. */
  private static final Map<String, String> ORDER =
      Map.of("number", "a.number", "submittedAt", "a.submittedAt", "status", "a.status");

  /** An application number as {@code Application} gives it: XK, the day (yyyyMMdd), the id. */
  private static final java.util.regex.Pattern WHOLE_NUMBER =
      java.util.regex.Pattern.compile("XK\\d{8}\\d{6,}");

  /** The columns of an {@link ApplicationSummary}, in its order; see {@link #summary}. */
  private static final String SUMMARY =
      "select a.number, i.code, v.name.zh, v.name.en, a.applicant, f, a.status, a.submittedAt,"
          + " a.deemedAccepted, s.code, a.card"
          + " from Application a join a.item i join a.itemVersion v join v.section s"
          + " left join a.form f on key(f) = :applicantName";

  @PersistenceContext(unitName = "oneseal")
  private EntityManager em;

  @Resource(lookup = "java:jboss/datasources/OneSealDS")
  private DataSource dataSource;

  @Override
  public Optional<Application> find(String number) {
    // by the id in the number: an application already loaded in this transaction is answered
    // without a query (a task's request asked for its case by number up to ten times, issue 18)
    var id = Application.idIn(number);
    if (id.isPresent()) {
      Application byId = em.find(Application.class, id.getAsLong());
      if (byId != null && number.equals(byId.getNumber())) {
        return Optional.of(byId);
      }
    }
    return em.createQuery("select a from Application a where a.number = :n", Application.class)
        .setParameter("n", number)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Application> awaitingCorrectionUnreminded() {
    return em.createQuery(
            "select a from Application a where a.status = :s and a.correctionDue is not null"
                + " and a.correctionReminded = false",
            Application.class)
        .setParameter("s", ApplicationStatus.CORRECTION_REQUESTED)
        .getResultList();
  }

  @Override
  public List<String> correctionDueBefore(java.time.LocalDate day) {
    return em.createQuery(
            "select a.number from Application a where a.status = :s and a.correctionDue < :d"
                + " order by a.correctionDue, a.number",
            String.class)
        .setParameter("s", ApplicationStatus.CORRECTION_REQUESTED)
        .setParameter("d", day)
        .getResultList();
  }

  @Override
  public Optional<Application> findByIdempotencyKey(String applicant, String key) {
    return em.createQuery(
            "select a from Application a where a.applicant = :u and a.idempotencyKey = :k",
            Application.class)
        .setParameter("u", applicant)
        .setParameter("k", key)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<String> numbersLinkedTo(String registrationNumber) {
    return em.createQuery(
            "select a.number from Application a where a.linkedTo = :n order by a.id", String.class)
        .setParameter("n", registrationNumber)
        .getResultList();
  }

  @Override
  public void store(Application application) {
    em.persist(application);
    em.flush();
  }

  @Override
  public void lockForWork(Application application) {
    em.lock(application, LockModeType.PESSIMISTIC_WRITE);
  }

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public ResultPage<ApplicationSummary> page(ApplicationFilter filter, Paging paging) {
    Where where = where(filter);
    TypedQuery<Long> count =
        em.createQuery("select count(a) from Application a" + where.jpql, Long.class);
    where.params.forEach(count::setParameter);
    String order =
        paging.sorted()
            ? where.ordered(ORDER.get(paging.sort()))
                + (paging.descending() ? " desc" : " asc")
                + ", a.id"
                + (paging.descending() ? " desc" : " asc")
            : where.ordered("a.submittedAt") + " desc, a.id desc";
    TypedQuery<Object[]> query =
        summaries(where.jpql + " order by " + order, where.params)
            .setFirstResult(paging.offset())
            .setMaxResults(paging.size());
    List<ApplicationSummary> items =
        query.getResultStream().map(JpaApplicationRepository::summary).toList();
    // every case (the supervisors' list unfiltered): the planner's estimate at provincial scale
    return where.params.isEmpty()
        ? ResultPage.estimatedOr(items, paging, estimatedCases(), count::getSingleResult)
        : new ResultPage<>(items, count.getSingleResult());
  }

  /** PostgreSQL's estimate of the applications in the table ({@link RowEstimate}). */
  private OptionalLong estimatedCases() {
    try (Connection connection = dataSource.getConnection()) {
      return RowEstimate.of(connection, "application");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the estimated number of applications", e);
    }
  }

  @Override
  public Map<String, ApplicationSummary> byNumber(Collection<String> numbers) {
    if (numbers.isEmpty()) {
      return Map.of();
    }
    return summaries(" where a.number in :numbers", Map.of("numbers", numbers))
        .getResultStream()
        .map(JpaApplicationRepository::summary)
        .collect(Collectors.toMap(ApplicationSummary::number, s -> s));
  }

  private TypedQuery<Object[]> summaries(String whereAndOrder, Map<String, Object> params) {
    TypedQuery<Object[]> query =
        em.createQuery(SUMMARY + whereAndOrder, Object[].class)
            .setParameter("applicantName", ApplicationForm.APPLICANT_NAME);
    params.forEach(query::setParameter);
    return query;
  }

  private static ApplicationSummary summary(Object[] row) {
    return new ApplicationSummary(
        (String) row[0],
        (String) row[1],
        (String) row[2],
        (String) row[3],
        (String) row[4],
        (String) row[5],
        ((ApplicationStatus) row[6]).name(),
        (Instant) row[7],
        (Boolean) row[8],
        (String) row[9],
        (String) row[10]);
  }

  /**
   * The conditions; {@code scan}: part of a number is asked for, which no index finds, so the rows
   * are sorted after the scan rather than found by walking an ordered index (V36) over every case:
   * at 1,000,000 cases the walk took 3.4 s for one match, the scan and sort 0.4 s.
   */
  private record Where(String jpql, Map<String, Object> params, boolean scan) {
    String ordered(String column) {
      return scan ? "coalesce(" + column + ", " + column + ")" : column;
    }
  }

  /** The filter's conditions; blank text means "any", text is matched without outer spaces. */
  private static Where where(ApplicationFilter filter) {
    StringBuilder jpql = new StringBuilder(" where 1 = 1");
    Map<String, Object> params = new LinkedHashMap<>();
    boolean scan = false;
    if (filter.applicant() != null && !filter.applicant().isBlank()) {
      jpql.append(" and a.applicant = :applicant");
      params.put("applicant", filter.applicant().strip());
    }
    if (filter.status() != null) {
      jpql.append(" and a.status = :status");
      params.put("status", filter.status());
    }
    if (filter.itemCode() != null && !filter.itemCode().isBlank()) {
      jpql.append(" and a.item.code = :item");
      params.put("item", filter.itemCode().strip());
    }
    if (filter.section() != null) {
      jpql.append(" and a.itemVersion.section.code = :section");
      params.put("section", filter.section());
    }
    if (filter.number() != null && !filter.number().isBlank()) {
      String number = filter.number().strip();
      if (WHOLE_NUMBER.matcher(number).matches()) {
        // a whole number (pasted, scanned) is looked up in the unique index: "contains" would
        // walk the newest-first index over every case at provincial scale (3.6 s at 1,000,000)
        jpql.append(" and a.number = :number");
        params.put("number", number);
      } else {
        jpql.append(" and a.number like :number");
        params.put("number", "%" + number + "%");
        scan = true;
      }
    }
    if (filter.card() != null) {
      jpql.append(" and a.card = :card");
      params.put("card", filter.card().id());
    }
    return new Where(jpql.toString(), params, scan);
  }
}
