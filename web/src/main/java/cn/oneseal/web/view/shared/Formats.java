package cn.oneseal.web.view.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How times, durations and sizes read on every page: the bureau's local time (Asia/Shanghai),
 * minutes precision, whatever zone the server or the browser is in. For pages: {@code
 * #{fmt.time(row.submittedAt())}}.
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZONE);

  public String time(Instant instant) {
    return formatTime(instant);
  }

  public String duration(Long seconds) {
    return formatDuration(seconds);
  }

  /** A sum of integer fen in yuan with two decimals and thousands separators: 1,234,567.89. */
  public String yuan(long fen) {
    return new java.text.DecimalFormat(
            "#,##0.00", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT))
        .format(java.math.BigDecimal.valueOf(fen, 2));
  }

  public String size(long bytes) {
    return formatSize(bytes);
  }

  public static String formatTime(Instant instant) {
    return instant == null ? "" : TIME.format(instant);
  }

  /** "1天3小时" / "1 d 3 h": the two largest units are enough to read a step's duration. */
  public static String formatDuration(Long seconds) {
    if (seconds == null) {
      return "";
    }
    long minutes = Math.max(0, seconds) / 60;
    long days = minutes / (24 * 60);
    long hours = minutes / 60 % 24;
    long mins = minutes % 60;
    if (days > 0) {
      return FacesSupport.text("duration.daysHours", days, hours);
    }
    if (hours > 0) {
      return FacesSupport.text("duration.hoursMinutes", hours, mins);
    }
    if (mins > 0) {
      return FacesSupport.text("duration.minutes", mins);
    }
    return FacesSupport.text("duration.lessThanMinute");
  }

  static String formatSize(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
