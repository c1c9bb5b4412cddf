package cn.oneseal.web.view.admin;

import cn.oneseal.application.CalendarService;
import cn.oneseal.application.CatalogService;
import cn.oneseal.application.dto.CalendarDayInput;
import cn.oneseal.application.dto.CalendarDayView;
import cn.oneseal.application.dto.CalendarYearView;
import cn.oneseal.domain.model.clock.DayKind;
import cn.oneseal.domain.model.clock.WorkingCalendar;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.web.i18n.Messages;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.view.shared.FacesSupport;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The working-day calendar for administrators: a year's statutory holidays and make-up working days
 * entered from the State Council's notice, shown on a twelve-month grid as they are edited, and
 * saved all at once (or, with any problem, not at all).
 */
@Named
@ViewScoped
public class AdminCalendarView implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String CALENDAR_BUNDLE = "cn.oneseal.web.i18n.calendar";

  @Inject private CalendarService calendars;

  @Inject private CurrentActor currentActor;

  /** A row of the exceptions table, editable in place. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private LocalDate date;
    private DayKind kind = DayKind.HOLIDAY;
    private String nameZh;
    private String nameEn;

    public LocalDate getDate() {
      return date;
    }

    public void setDate(LocalDate date) {
      this.date = date;
    }

    public DayKind getKind() {
      return kind;
    }

    public void setKind(DayKind kind) {
      this.kind = kind;
    }

    public String getNameZh() {
      return nameZh;
    }

    public void setNameZh(String nameZh) {
      this.nameZh = nameZh;
    }

    public String getNameEn() {
      return nameEn;
    }

    public void setNameEn(String nameEn) {
      this.nameEn = nameEn;
    }
  }

  /** One cell of the month grid: a day of the month (0 for padding) and how it is shown. */
  public record Cell(int day, String styleClass, String title) implements Serializable {}

  /** A month of the grid as weeks of seven cells, Monday first. */
  public record MonthGrid(int month, List<List<Cell>> weeks) implements Serializable {}

  private int year = LocalDate.now(CatalogService.BUREAU_ZONE).getYear();
  private boolean confirmed;
  private String source;
  private String updatedBy;
  private Instant updatedAt;
  private int workingDays;
  private List<Row> rows = new ArrayList<>();

  public void load() {
    // not @ReportsProblems: each bad day of a refusal is a message of its own
    try {
      show(calendars.year(year));
    } catch (DomainException e) {
      problems(e);
    } catch (EJBException e) {
      FacesSupport.unexpected(e);
    }
  }

  public void addRow() {
    rows.add(new Row());
  }

  public void removeRow(Row row) {
    rows.remove(row);
  }

  public void save() {
    // not @ReportsProblems: each bad day of a refusal is a message of its own
    try {
      List<CalendarDayInput> days =
          rows.stream()
              .map(
                  r -> new CalendarDayInput(r.getDate(), r.getKind(), r.getNameZh(), r.getNameEn()))
              .toList();
      show(calendars.replaceYear(currentActor.require(), year, days, confirmed, source));
      FacesSupport.infoFrom(CALENDAR_BUNDLE, "calendar.saved", String.valueOf(year));
    } catch (DomainException e) {
      problems(e);
    } catch (EJBException e) {
      FacesSupport.unexpected(e);
    }
  }

  private void show(CalendarYearView view) {
    year = view.year();
    confirmed = view.confirmed();
    source = view.source();
    updatedBy = view.updatedBy();
    updatedAt = view.updatedAt();
    workingDays = view.workingDays();
    rows = new ArrayList<>();
    for (CalendarDayView day : view.days()) {
      Row row = new Row();
      row.setDate(day.day());
      row.setKind(day.kind());
      row.setNameZh(day.nameZh());
      row.setNameEn(day.nameEn());
      rows.add(row);
    }
  }

  private static void problems(DomainException e) {
    for (DomainException.Detail detail : e.details()) {
      FacesSupport.context()
          .addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_ERROR,
                  Messages.error(detail.code(), FacesSupport.locale(), detail.arguments()),
                  null));
    }
  }

  /** The twelve months of the year as the rows being edited would make them. */
  public List<MonthGrid> getMonths() {
    Map<LocalDate, DayKind> entered = new HashMap<>();
    Map<LocalDate, String> names = new HashMap<>();
    rows.stream()
        .filter(r -> r.getDate() != null && r.getKind() != null)
        .forEach(
            r -> {
              entered.put(r.getDate(), r.getKind());
              names.put(r.getDate(), Objects.requireNonNullElse(r.getNameZh(), ""));
            });
    WorkingCalendar calendar = new WorkingCalendar(entered);
    List<MonthGrid> months = new ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      YearMonth ym = YearMonth.of(year, month);
      List<List<Cell>> weeks = new ArrayList<>();
      List<Cell> week = new ArrayList<>();
      int padding = ym.atDay(1).getDayOfWeek().getValue() - 1;
      for (int i = 0; i < padding; i++) {
        week.add(new Cell(0, "cal-pad", ""));
      }
      for (int day = 1; day <= ym.lengthOfMonth(); day++) {
        LocalDate date = ym.atDay(day);
        week.add(new Cell(day, style(date, entered.get(date), calendar), names.get(date)));
        if (week.size() == 7) {
          weeks.add(week);
          week = new ArrayList<>();
        }
      }
      if (!week.isEmpty()) {
        while (week.size() < 7) {
          week.add(new Cell(0, "cal-pad", ""));
        }
        weeks.add(week);
      }
      months.add(new MonthGrid(month, weeks));
    }
    return months;
  }

  private static String style(LocalDate date, DayKind kind, WorkingCalendar calendar) {
    if (kind == DayKind.HOLIDAY) {
      return "cal-holiday";
    }
    if (kind == DayKind.WORKDAY) {
      return "cal-workday";
    }
    DayOfWeek weekday = date.getDayOfWeek();
    boolean weekend = weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
    return weekend && !calendar.isWorkingDay(date) ? "cal-weekend" : "cal-day";
  }

  /** The rows in date order, rows without a date last (new ones). */
  public void sortRows() {
    rows.sort(Comparator.comparing(Row::getDate, Comparator.nullsLast(Comparator.naturalOrder())));
  }

  public DayKind[] getKinds() {
    return DayKind.values();
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public boolean isConfirmed() {
    return confirmed;
  }

  public void setConfirmed(boolean confirmed) {
    this.confirmed = confirmed;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public int getWorkingDays() {
    return workingDays;
  }

  public List<Row> getRows() {
    return rows;
  }
}
