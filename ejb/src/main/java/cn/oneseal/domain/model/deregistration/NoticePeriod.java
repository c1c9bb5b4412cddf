package cn.oneseal.domain.model.deregistration;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The days of a simplified deregistration's public notice (公示) and of the filing that follows, in
 * calendar days (domain §7): the notice is published on {@code publishedOn}; as periods are counted
 * in Chinese law (民法典 Art. 201), the day of publication does not count, so the 20 days are the 20
 * days after it and the notice ends at midnight (Beijing time) after its last day. Without a
 * sustained objection the business files within the 20 days after the notice ends.
 *
 * @param publishedOn the day the notice was published
 * @param lastDay the notice's last day
 * @param filingUntil the last day on which the business may file
 */
public record NoticePeriod(LocalDate publishedOn, LocalDate lastDay, LocalDate filingUntil) {

  /** The length of the public notice in calendar days (45 until 2021). */
  public static final int NOTICE_DAYS = 20;

  /** The days within which the business files after the notice ends. */
  public static final int FILING_DAYS = 20;

  /** The zone whose calendar days count. */
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /** The period of a notice published at {@code now}. */
  public static NoticePeriod publishedAt(Instant now) {
    LocalDate day = LocalDate.ofInstant(now, CHINA);
    LocalDate last = day.plusDays(NOTICE_DAYS);
    return new NoticePeriod(day, last, last.plusDays(FILING_DAYS));
  }

  /** The moment the notice ends: midnight after its last day. */
  public Instant endsAt() {
    return lastDay.plusDays(1).atStartOfDay(CHINA).toInstant();
  }

  /** The moment the filing window closes: midnight after its last day. */
  public Instant filingEndsAt() {
    return filingUntil.plusDays(1).atStartOfDay(CHINA).toInstant();
  }

  /** Whether the notice runs at {@code now} (objections are taken). */
  public boolean runsAt(Instant now) {
    return now.isBefore(endsAt());
  }
}
