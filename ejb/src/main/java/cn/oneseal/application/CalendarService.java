package cn.oneseal.application;

import cn.oneseal.application.dto.CalendarDayInput;
import cn.oneseal.application.dto.CalendarDayView;
import cn.oneseal.application.dto.CalendarYearView;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.model.audit.AuditEntry;
import cn.oneseal.domain.model.clock.CalendarDay;
import cn.oneseal.domain.model.clock.CalendarYear;
import cn.oneseal.domain.model.clock.DayKind;
import cn.oneseal.domain.model.clock.WorkingCalendar;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.domain.shared.DomainException.Detail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The working-day calendar (工作日历) the legal clock counts on. Time limits of the Administrative
 * Licensing Law are working days (art. 82), and which days those are the State Council decides each
 * year in its holiday notice; an administrator enters each year's holidays and make-up working days
 * from it, marking the year confirmed once the notice is published. Anyone may read the calendar;
 * every entry goes into the audit trail.
 */
@Stateless
@PermitAll
public class CalendarService {

  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2100;
  private static final int NAME_LENGTH = 100;
  private static final int SOURCE_LENGTH = 500;

  @PersistenceContext(unitName = "oneseal")
  private EntityManager em;

  @Inject private Clock clock;

  @Inject private CalendarCache cache;

  @Inject private Event<CalendarCache.Changed> changed;

  /** Every holiday and make-up working day entered, for any year. */
  public WorkingCalendar calendar() {
    WorkingCalendar cached = cache.cached();
    if (cached != null) {
      return cached;
    }
    long readAt = cache.generation();
    WorkingCalendar read = readCalendar();
    cache.offer(readAt, read);
    return read;
  }

  /**
   * A year's calendar. A year nobody has entered answers unconfirmed, without days, with the
   * working days of its weekends alone.
   */
  public CalendarYearView year(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw DomainException.invalid("error.calendar.year", String.valueOf(year));
    }
    return view(year);
  }

  /**
   * Replaces the holidays and make-up working days of a year with those of the notice. Every
   * problem of the input is reported at once, and nothing changes while there is one.
   */
  public CalendarYearView replaceYear(
      Actor actor, int year, List<CalendarDayInput> days, boolean confirmed, String source) {
    actor.require(Role.ADMIN);
    List<CalendarDayInput> entered = days == null ? List.of() : days;
    String cleanSource = blankToNull(source);
    List<Detail> problems = problems(year, entered, cleanSource);
    if (!problems.isEmpty()) {
      throw DomainException.invalidAll(problems);
    }
    em.createQuery("delete from CalendarDay d where d.day between :first and :last")
        .setParameter("first", LocalDate.of(year, 1, 1))
        .setParameter("last", LocalDate.of(year, 12, 31))
        .executeUpdate();
    for (CalendarDayInput day : entered) {
      em.persist(
          new CalendarDay(
              day.day(), day.kind(), blankToNull(day.nameZh()), blankToNull(day.nameEn())));
    }
    CalendarYear row = em.find(CalendarYear.class, year);
    if (row == null) {
      row = new CalendarYear(year);
      em.persist(row);
    }
    row.entered(confirmed, cleanSource, actor.username(), clock.instant());
    em.flush();
    em.clear();
    em.persist(
        new AuditEntry(
            clock.instant(),
            actor.username(),
            "calendarYearReplaced",
            "calendarYear",
            String.valueOf(year),
            (confirmed ? "confirmed" : "provisional")
                + "; "
                + entered.size()
                + " days: "
                + entered.stream()
                    .sorted((a, b) -> a.day().compareTo(b.day()))
                    .map(d -> d.day() + " " + d.kind() + " " + d.nameZh())
                    .collect(Collectors.joining(", "))));
    changed.fire(new CalendarCache.Changed(year));
    return view(year, readCalendar());
  }

  /** Every problem of an entered year, in the order an administrator reads the rows. */
  static List<Detail> problems(int year, List<CalendarDayInput> days, String source) {
    List<Detail> problems = new ArrayList<>();
    boolean yearValid = year >= FIRST_YEAR && year <= LAST_YEAR;
    if (!yearValid) {
      problems.add(new Detail("error.calendar.year", String.valueOf(year)));
    }
    if (source != null && source.length() > SOURCE_LENGTH) {
      problems.add(new Detail("error.calendar.sourceTooLong", String.valueOf(SOURCE_LENGTH)));
    }
    Set<LocalDate> seen = new HashSet<>();
    Set<LocalDate> duplicates = new HashSet<>();
    for (int i = 0; i < days.size(); i++) {
      CalendarDayInput day = days.get(i);
      String row = String.valueOf(i + 1);
      if (day == null || day.day() == null) {
        problems.add(new Detail("error.calendar.dateMissing", row));
        continue;
      }
      String date = day.day().toString();
      if (yearValid && day.day().getYear() != year) {
        problems.add(new Detail("error.calendar.outsideYear", date, String.valueOf(year)));
      }
      if (!seen.add(day.day()) && duplicates.add(day.day())) {
        problems.add(new Detail("error.calendar.duplicate", date));
      }
      if (day.kind() == null) {
        problems.add(new Detail("error.calendar.kindMissing", date));
      } else if (day.kind() == DayKind.WORKDAY && !weekend(day.day())) {
        problems.add(new Detail("error.calendar.workdayOnWeekday", date));
      }
      if (blankToNull(day.nameZh()) == null) {
        problems.add(new Detail("error.calendar.nameMissing", date));
      }
      if (tooLong(day.nameZh()) || tooLong(day.nameEn())) {
        problems.add(new Detail("error.calendar.nameTooLong", date, String.valueOf(NAME_LENGTH)));
      }
    }
    return problems;
  }

  private CalendarYearView view(int year) {
    return view(year, calendar());
  }

  private CalendarYearView view(int year, WorkingCalendar calendar) {
    List<CalendarDayView> days =
        em.createQuery(
                "select d from CalendarDay d where d.day between :first and :last order by d.day",
                CalendarDay.class)
            .setParameter("first", LocalDate.of(year, 1, 1))
            .setParameter("last", LocalDate.of(year, 12, 31))
            .getResultStream()
            .map(d -> new CalendarDayView(d.getDay(), d.getKind(), d.getNameZh(), d.getNameEn()))
            .toList();
    int workingDays =
        calendar.workingDaysBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31));
    CalendarYear row = em.find(CalendarYear.class, year);
    if (row == null) {
      return new CalendarYearView(year, false, null, null, null, days, workingDays);
    }
    return new CalendarYearView(
        year,
        row.isConfirmed(),
        row.getSource(),
        row.getUpdatedBy(),
        row.getUpdatedAt(),
        days,
        workingDays);
  }

  /** The calendar as this transaction sees it, bypassing the cache (used right after an edit). */
  private WorkingCalendar readCalendar() {
    return new WorkingCalendar(
        em.createQuery("select d from CalendarDay d", CalendarDay.class)
            .getResultStream()
            .collect(Collectors.toMap(CalendarDay::getDay, CalendarDay::getKind)));
  }

  private static boolean weekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  private static boolean tooLong(String text) {
    return text != null && text.strip().length() > NAME_LENGTH;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
