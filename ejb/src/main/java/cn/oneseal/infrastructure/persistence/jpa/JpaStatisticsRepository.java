package cn.oneseal.infrastructure.persistence.jpa;

import cn.oneseal.domain.model.clock.Extension;
import cn.oneseal.domain.model.clock.Pause;
import cn.oneseal.domain.model.clock.PauseKind;
import cn.oneseal.domain.model.statistics.Dimension;
import cn.oneseal.domain.model.statistics.Group;
import cn.oneseal.domain.model.statistics.StatisticsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The statistics' queries. Counts are grouped in the database ({@code count(distinct a.id)} per
 * group and act); what the working calendar must judge is read as rows of a few columns.
 */
@ApplicationScoped
public class JpaStatisticsRepository implements StatisticsRepository {

  /** The history acts of a case, with its item, its version and the version's section. */
  private static final String ACTS =
      " from HistoryEntry h join h.application a join a.item i join a.itemVersion v"
          + " join v.section s"
          + " where h.occurredAt >= :from and h.occurredAt < :to and h.action in :actions";

  /** The card events, with the case they concern. */
  private static final String CARDS =
      " from CardEvent e, Application a join a.item i join a.itemVersion v join v.section s"
          + " where a.number = e.applicationNumber and e.occurredAt >= :from"
          + " and e.occurredAt < :to and e.card = :card";

  private static final int CHUNK = 500;

  @PersistenceContext(unitName = "oneseal")
  private EntityManager em;

  /** The group's key and its two labels as select expressions, for acts ({@code h}) or cards. */
  private static String groupColumns(Dimension by, String stepColumn, String personColumn) {
    return switch (by) {
      case ITEM -> "i.code, min(v.name.zh), min(v.name.en)";
      case SECTION -> "s.code, min(s.nameZh), min(s.nameEn)";
      case PERSON -> personColumn + ", min(" + personColumn + "), min(" + personColumn + ")";
      case STEP -> stepColumn + ", min(" + stepColumn + "), min(" + stepColumn + ")";
      case MONTH -> throw new IllegalArgumentException("months are asked for one by one");
    };
  }

  private static String keyColumn(Dimension by, String stepColumn, String personColumn) {
    return switch (by) {
      case ITEM -> "i.code";
      case SECTION -> "s.code";
      case PERSON -> personColumn;
      case STEP -> stepColumn;
      case MONTH -> throw new IllegalArgumentException("months are asked for one by one");
    };
  }

  @Override
  public List<ActCount> countActs(
      Instant from, Instant to, String section, Dimension by, Set<String> actions) {
    String where = ACTS + (section == null ? "" : " and s.code = :section");
    if (by == null) {
      long n =
          bind(em.createQuery("select count(distinct a.id)" + where, Long.class), from, to, section)
              .setParameter("actions", actions)
              .getSingleResult();
      return n == 0 ? List.of() : List.of(new ActCount(Group.TOTAL, n));
    }
    String jpql =
        "select "
            + groupColumns(by, "h.step", "h.actor")
            + ", count(distinct a.id)"
            + where
            + " group by "
            + keyColumn(by, "h.step", "h.actor");
    return bind(em.createQuery(jpql, Object[].class), from, to, section)
        .setParameter("actions", actions)
        .getResultStream()
        .map(r -> new ActCount(group(r), ((Number) r[3]).longValue()))
        .toList();
  }

  @Override
  public List<String> numbersOfActs(
      Instant from, Instant to, String section, Dimension by, String key, Set<String> actions) {
    String jpql =
        "select distinct a.number"
            + ACTS
            + (section == null ? "" : " and s.code = :section")
            + (by == null ? "" : " and " + keyColumn(by, "h.step", "h.actor") + " = :key")
            + " order by a.number";
    TypedQuery<String> q =
        bind(em.createQuery(jpql, String.class), from, to, section)
            .setParameter("actions", actions);
    if (by != null) {
      q.setParameter("key", key);
    }
    return q.getResultList();
  }

  @Override
  public List<CardCount> countCards(Instant from, Instant to, String section, Dimension by) {
    if (by == Dimension.PERSON) {
      return List.of();
    }
    List<CardCount> counts = new ArrayList<>();
    for (String card : List.of("yellow", "red")) {
      String where =
          CARDS
              + (section == null ? "" : " and s.code = :section")
              + (by == Dimension.STEP ? " and e.step is not null" : "");
      String jpql =
          by == null
              ? "select count(distinct a.id)" + where
              : "select "
                  + groupColumns(by, "e.step", null)
                  + ", count(distinct a.id)"
                  + where
                  + " group by "
                  + keyColumn(by, "e.step", null);
      Query q = bind(em.createQuery(jpql), from, to, section).setParameter("card", card);
      if (by == null) {
        long n = ((Number) q.getSingleResult()).longValue();
        if (n > 0) {
          counts.add(new CardCount(Group.TOTAL, card, n));
        }
      } else {
        for (Object row : q.getResultList()) {
          Object[] r = (Object[]) row;
          counts.add(new CardCount(group(r), card, ((Number) r[3]).longValue()));
        }
      }
    }
    return counts;
  }

  @Override
  public List<String> numbersWithCard(
      Instant from, Instant to, String section, Dimension by, String key, String card) {
    if (by == Dimension.PERSON) {
      return List.of();
    }
    String jpql =
        "select distinct a.number"
            + CARDS
            + (section == null ? "" : " and s.code = :section")
            + (by == null ? "" : " and " + keyColumn(by, "e.step", null) + " = :key")
            + " order by a.number";
    TypedQuery<String> q =
        bind(em.createQuery(jpql, String.class), from, to, section).setParameter("card", card);
    if (by != null) {
      q.setParameter("key", key);
    }
    return q.getResultList();
  }

  @Override
  public List<DecidedCase> decidedCases(Instant from, Instant to, String section) {
    String jpql =
        "select a.id, a.number, i.code, v.name.zh, v.name.en, s.code, s.nameZh, s.nameEn,"
            + " h.actor, a.acceptedAt, a.deemedAccepted, a.receivedOn, h.occurredAt,"
            + " v.statutoryDays, v.promisedDays"
            + ACTS
            + (section == null ? "" : " and s.code = :section")
            + " order by a.number";
    List<Object[]> rows =
        bind(em.createQuery(jpql, Object[].class), from, to, section)
            .setParameter("actions", Set.of("approved", "denied"))
            .getResultList();
    List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
    Map<Long, List<Pause>> pauses = pausesOf(ids);
    Map<Long, List<Extension>> extensions = extensionsOf(ids);
    List<DecidedCase> cases = new ArrayList<>();
    for (Object[] r : rows) {
      Long id = (Long) r[0];
      boolean deemed = Boolean.TRUE.equals(r[10]);
      LocalDate started =
          deemed ? (LocalDate) r[11] : cn.oneseal.domain.model.clock.BureauTime.day((Instant) r[9]);
      if (started == null) {
        continue; // decided without acceptance cannot happen; nothing to measure if it did
      }
      cases.add(
          new DecidedCase(
              (String) r[1],
              new Group((String) r[2], (String) r[3], (String) r[4]),
              new Group((String) r[5], (String) r[6], (String) r[7]),
              (String) r[8],
              started,
              (Instant) r[12],
              ((Number) r[13]).intValue(),
              ((Number) r[14]).intValue(),
              pauses.getOrDefault(id, List.of()),
              extensions.getOrDefault(id, List.of())));
    }
    return cases;
  }

  private Map<Long, List<Pause>> pausesOf(List<Long> ids) {
    Map<Long, List<Pause>> pauses = new HashMap<>();
    for (int i = 0; i < ids.size(); i += CHUNK) {
      for (Object[] r :
          em.createQuery(
                  "select p.application.id, p.kind, p.step, p.fromDay, p.untilDay, p.reason"
                      + " from ClockPause p where p.application.id in :ids"
                      + " order by p.fromDay, p.id",
                  Object[].class)
              .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK)))
              .getResultList()) {
        pauses
            .computeIfAbsent((Long) r[0], k -> new ArrayList<>())
            .add(
                new Pause(
                    (PauseKind) r[1],
                    (String) r[2],
                    (LocalDate) r[3],
                    (LocalDate) r[4],
                    (String) r[5]));
      }
    }
    return pauses;
  }

  private Map<Long, List<Extension>> extensionsOf(List<Long> ids) {
    Map<Long, List<Extension>> extensions = new HashMap<>();
    for (int i = 0; i < ids.size(); i += CHUNK) {
      for (Object[] r :
          em.createQuery(
                  "select x.application.id, x.workingDays, x.reason, x.grantedBy, x.grantedOn"
                      + " from ClockExtension x where x.application.id in :ids"
                      + " order by x.grantedAt, x.id",
                  Object[].class)
              .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK)))
              .getResultList()) {
        extensions
            .computeIfAbsent((Long) r[0], k -> new ArrayList<>())
            .add(
                new Extension(
                    ((Number) r[1]).intValue(), (String) r[2], (String) r[3], (LocalDate) r[4]));
      }
    }
    return extensions;
  }

  /**
   * The acts that completed a step, each with the day its step's clock started ({@code step_clock},
   * on the bureau's clock like the legal clock and the step cards): the step clock of the same case
   * and step that closed nearest to the act (within an hour; the task closes right after its act).
   * An act without such a clock (before step clocks were kept) has no measurable time and is left
   * out.
   */
  @Override
  public List<StepTime> completedSteps(
      Instant from, Instant to, String section, Set<String> actions) {
    String jpql =
        "select a.number, i.code, v.name.zh, v.name.en, s.code, s.nameZh, s.nameEn, h.step,"
            + " h.actor, h.occurredAt"
            + ACTS
            + (section == null ? "" : " and s.code = :section")
            + " order by h.occurredAt, h.id";
    List<Object[]> acts =
        bind(em.createQuery(jpql, Object[].class), from, to, section)
            .setParameter("actions", actions)
            .getResultList();
    List<String> numbers = acts.stream().map(r -> (String) r[0]).distinct().toList();
    Map<String, List<Object[]>> clocks = new HashMap<>();
    for (int i = 0; i < numbers.size(); i += CHUNK) {
      for (Object[] c :
          em.createQuery(
                  "select c.applicationNumber, c.step, c.startedOn, c.closedAt, c.taskId"
                      + " from StepClock c where c.applicationNumber in :numbers"
                      + " and c.closedAt is not null",
                  Object[].class)
              .setParameter("numbers", numbers.subList(i, Math.min(numbers.size(), i + CHUNK)))
              .getResultList()) {
        clocks.computeIfAbsent(c[0] + "|" + c[1], k -> new ArrayList<>()).add(c);
      }
    }
    java.util.Set<String> used = new java.util.HashSet<>();
    List<StepTime> steps = new ArrayList<>();
    for (Object[] r : acts) {
      Instant done = (Instant) r[9];
      Object[] best = null;
      long bestGap = java.time.Duration.ofHours(1).toMillis();
      for (Object[] c : clocks.getOrDefault(r[0] + "|" + r[7], List.of())) {
        long gap = Math.abs(java.time.Duration.between(done, (Instant) c[3]).toMillis());
        if (!used.contains((String) c[4]) && gap <= bestGap) {
          best = c;
          bestGap = gap;
        }
      }
      if (best == null) {
        continue;
      }
      used.add((String) best[4]);
      steps.add(
          new StepTime(
              (String) r[0],
              new Group((String) r[1], (String) r[2], (String) r[3]),
              new Group((String) r[4], (String) r[5], (String) r[6]),
              (String) r[7],
              (String) r[8],
              (LocalDate) best[2],
              done));
    }
    return steps;
  }

  private static Group group(Object[] r) {
    return new Group((String) r[0], (String) r[1], (String) r[2]);
  }

  private static <Q extends Query> Q bind(Q query, Instant from, Instant to, String section) {
    query.setParameter("from", from).setParameter("to", to);
    if (section != null) {
      query.setParameter("section", section);
    }
    return query;
  }
}
