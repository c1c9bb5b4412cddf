package cn.oneseal.domain.model.clock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The bureau's time zone: legal days begin and end at midnight in Beijing time. */
public final class BureauTime {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private BureauTime() {}

  public static LocalDate day(Instant instant) {
    return instant == null ? null : instant.atZone(ZONE).toLocalDate();
  }

  /**
   * The first instant of the day after {@code day}: a limit that ends on {@code day} is over then.
   */
  public static Instant endOf(LocalDate day) {
    return day.plusDays(1).atStartOfDay(ZONE).toInstant();
  }
}
