package cn.oneseal.domain.model.clock;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * The bureau's working days. The Administrative Licensing Law counts its time limits in working
 * days (工作日, art. 82): Monday to Friday, except the statutory holidays the State Council announces
 * each year, plus the Saturdays and Sundays it declares make-up working days (调休). The exceptions
 * are data an administrator enters from the notice; this class only applies them.
 */
public final class WorkingCalendar {

  private final Map<LocalDate, DayKind> exceptions;

  public WorkingCalendar(Map<LocalDate, DayKind> exceptions) {
    this.exceptions = Map.copyOf(Objects.requireNonNull(exceptions, "exceptions"));
  }

  /** A calendar without any holiday: weekends are the only days off. */
  public static WorkingCalendar weekendsOnly() {
    return new WorkingCalendar(Map.of());
  }

  /** Monday to Friday unless a holiday; Saturday and Sunday only as a make-up working day. */
  public boolean isWorkingDay(LocalDate day) {
    DayKind kind = exceptions.get(Objects.requireNonNull(day, "day"));
    if (kind != null) {
      return kind == DayKind.WORKDAY;
    }
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
  }

  /** The first working day strictly after {@code day}. */
  public LocalDate nextWorkingDay(LocalDate day) {
    LocalDate next = Objects.requireNonNull(day, "day").plusDays(1);
    while (!isWorkingDay(next)) {
      next = next.plusDays(1);
    }
    return next;
  }

  /**
   * The {@code n}-th working day strictly after {@code from}: a limit of n working days that starts
   * counting the day after {@code from} ends on this day. {@code n = 0} is {@code from} itself.
   */
  public LocalDate addWorkingDays(LocalDate from, int n) {
    Objects.requireNonNull(from, "from");
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative: " + n);
    }
    LocalDate day = from;
    for (int i = 0; i < n; i++) {
      day = nextWorkingDay(day);
    }
    return day;
  }

  /** The working days in {@code (from, to]}; 0 when {@code to} is not after {@code from}. */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    int count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }
}
