package cn.oneseal.domain.model.clock;

import static cn.oneseal.domain.model.clock.DayKind.HOLIDAY;
import static cn.oneseal.domain.model.clock.DayKind.WORKDAY;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The 2026 calendar as the State Council published it (国办发明电〔2025〕7号), typed in by hand. */
final class Calendars {

  private Calendars() {}

  static Map<LocalDate, DayKind> exceptions2026() {
    Map<LocalDate, DayKind> days = new HashMap<>();
    holidays(days, "2026-01-01", "2026-01-03"); // 元旦 Thu..Sat
    days.put(LocalDate.parse("2026-01-04"), WORKDAY); // Sunday
    holidays(days, "2026-02-15", "2026-02-23"); // 春节 Sun..Mon
    days.put(LocalDate.parse("2026-02-14"), WORKDAY); // Saturday
    days.put(LocalDate.parse("2026-02-28"), WORKDAY); // Saturday
    holidays(days, "2026-04-04", "2026-04-06"); // 清明 Sat..Mon
    holidays(days, "2026-05-01", "2026-05-05"); // 劳动节 Fri..Tue
    days.put(LocalDate.parse("2026-05-09"), WORKDAY); // Saturday
    holidays(days, "2026-06-19", "2026-06-21"); // 端午 Fri..Sun
    holidays(days, "2026-09-25", "2026-09-27"); // 中秋 Fri..Sun
    holidays(days, "2026-10-01", "2026-10-07"); // 国庆 Thu..Wed
    days.put(LocalDate.parse("2026-09-20"), WORKDAY); // Sunday
    days.put(LocalDate.parse("2026-10-10"), WORKDAY); // Saturday
    return days;
  }

  static WorkingCalendar official2026() {
    return new WorkingCalendar(exceptions2026());
  }

  private static void holidays(Map<LocalDate, DayKind> days, String first, String last) {
    LocalDate end = LocalDate.parse(last);
    for (LocalDate d = LocalDate.parse(first); !d.isAfter(end); d = d.plusDays(1)) {
      days.put(d, HOLIDAY);
    }
  }
}
