package cn.oneseal.application.statistics;

import cn.oneseal.application.AccountService;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.model.clock.BureauTime;
import cn.oneseal.domain.model.statistics.Dimension;
import cn.oneseal.domain.model.statistics.Figure;
import cn.oneseal.domain.model.statistics.Group;
import cn.oneseal.domain.model.statistics.StatisticsRow;
import cn.oneseal.domain.model.statistics.StatisticsTable;
import cn.oneseal.domain.model.statistics.TableBuilder;
import cn.oneseal.domain.shared.DomainException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Statistics (统计监测, docs/statistics.md) for supervisors, the director and section chiefs: a chief
 * sees the cases of their own section only, supervisors and the director the whole bureau; anyone
 * else is refused. Each figure is defined by its {@link FigureSource}; the table's total is
 * computed over the whole period, not summed from the rows.
 */
@Stateless
@PermitAll
public class StatisticsService {

  /** The longest period one table covers: three years of months at most. */
  public static final int MAX_DAYS = 3 * 366;

  @Inject @Any private Instance<FigureSource> sources;

  @Inject private AccountService accounts;

  /**
   * The section whose figures this person may see: {@code null} for supervisors and the director
   * (every section), the chief's own section for a chief; refused for everyone else.
   */
  public static String sectionOf(Actor actor) {
    if (actor.has(Role.SUPERVISOR) || actor.has(Role.DIRECTOR)) {
      return null;
    }
    if (actor.has(Role.CHIEF)) {
      return actor.section();
    }
    throw DomainException.forbidden("error.forbidden.role", Role.SUPERVISOR.id());
  }

  /** Whether this person may see statistics at all (for menus). */
  public static boolean maySee(Actor actor) {
    return actor.has(Role.SUPERVISOR) || actor.has(Role.DIRECTOR) || actor.has(Role.CHIEF);
  }

  /** The period's table: {@code from} and {@code to} are days (Beijing time), both included. */
  public StatisticsTable table(Actor actor, LocalDate from, LocalDate to, Dimension by) {
    String section = sectionOf(actor);
    checkPeriod(from, to);
    Objects.requireNonNull(by, "by");
    TableBuilder table = new TableBuilder();
    if (by == Dimension.MONTH) {
      for (YearMonth month : months(from, to)) {
        Group group = Group.of(month.toString());
        TableBuilder one = contribute(monthWindow(month, from, to, section), null);
        table.add(group, Figure.RECEIVED, 0); // every month of the period has its row
        one.row(Group.TOTAL).values().forEach((f, v) -> table.put(group, f, v));
      }
    } else {
      contribute(window(from, to, section), by, table);
    }
    List<StatisticsRow> rows = new ArrayList<>();
    for (StatisticsRow row : table.rows()) {
      rows.add(withZeroCounts(by == Dimension.PERSON ? named(row) : row, by));
    }
    StatisticsRow total =
        withZeroCounts(contribute(window(from, to, section), null).row(Group.TOTAL), null);
    List<Figure> figures = Arrays.stream(Figure.values()).filter(f -> f.appliesTo(by)).toList();
    return new StatisticsTable(from, to, by, section, figures, rows, total);
  }

  /**
   * The bureau's figures of one month per item, every section's (the open data's volumes and
   * on-time rates, which anyone may read): the rows of the items with any case in the month.
   */
  public List<StatisticsRow> monthByItem(YearMonth month) {
    TableBuilder table = new TableBuilder();
    contribute(window(month.atDay(1), month.atEndOfMonth(), null), Dimension.ITEM, table);
    return table.rows().stream().map(r -> withZeroCounts(r, Dimension.ITEM)).toList();
  }

  /**
   * The numbers of the cases behind one figure of one row ({@code key} of the row's group; blank
   * for the total row), for the drill-down.
   */
  public List<String> cases(
      Actor actor, LocalDate from, LocalDate to, Dimension by, String key, Figure figure) {
    String section = sectionOf(actor);
    checkPeriod(from, to);
    Window window;
    Dimension grouping = by;
    if (key == null || key.isBlank()) {
      window = window(from, to, section);
      grouping = null;
    } else if (by == Dimension.MONTH) {
      YearMonth month;
      try {
        month = YearMonth.parse(key);
      } catch (java.time.format.DateTimeParseException e) {
        throw DomainException.invalidField("key", "error.statistics.key", key);
      }
      window = monthWindow(month, from, to, section);
      grouping = null;
    } else {
      window = window(from, to, section);
    }
    if (grouping != null && !figure.appliesTo(grouping)) {
      return List.of(); // a figure without meaning in this grouping has no cases in it
    }
    for (FigureSource source : sources) {
      var cases = source.cases(window, grouping, key, figure);
      if (cases.isPresent()) {
        return cases.get();
      }
    }
    return List.of();
  }

  private TableBuilder contribute(Window window, Dimension by) {
    TableBuilder table = new TableBuilder();
    contribute(window, by, table);
    return table;
  }

  private void contribute(Window window, Dimension by, TableBuilder table) {
    for (FigureSource source : sources) {
      source.contribute(window, by, table);
    }
  }

  private static StatisticsRow withZeroCounts(StatisticsRow row, Dimension by) {
    var values = new java.util.EnumMap<Figure, java.math.BigDecimal>(Figure.class);
    values.putAll(row.values());
    for (Figure f : Figure.values()) {
      if (f.kind() == Figure.Kind.COUNT && (by == null || f.appliesTo(by))) {
        values.putIfAbsent(f, java.math.BigDecimal.ZERO);
      }
    }
    return new StatisticsRow(row.group(), values);
  }

  /** A person's row labelled with their name and user name. */
  private StatisticsRow named(StatisticsRow row) {
    String username = row.group().key();
    String label =
        accounts.displayName(username).map(n -> n + " (" + username + ")").orElse(username);
    return new StatisticsRow(new Group(username, label, label), row.values());
  }

  private static Window window(LocalDate from, LocalDate to, String section) {
    return new Window(
        from.atStartOfDay(BureauTime.ZONE).toInstant(), BureauTime.endOf(to), section);
  }

  private static Window monthWindow(YearMonth month, LocalDate from, LocalDate to, String section) {
    LocalDate first = month.atDay(1).isBefore(from) ? from : month.atDay(1);
    LocalDate last = month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth();
    return window(first, last, section);
  }

  static List<YearMonth> months(LocalDate from, LocalDate to) {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }

  /** Refuses a period that ends before it begins or is longer than {@link #MAX_DAYS}. */
  public static void checkPeriod(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.isAfter(to)) {
      throw DomainException.invalidField("from", "error.statistics.fromAfterTo", from, to);
    }
    if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw DomainException.invalidField("to", "error.statistics.periodTooLong", MAX_DAYS);
    }
  }
}
