package cn.oneseal.domain.model.deregistration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The 20 calendar days of the notice and the 20 days of the filing, in Beijing time. */
class NoticePeriodTest {

  @Test
  void theNoticeRunsTheTwentyDaysAfterThePublicationDay() {
    // 2026-03-02 10:00 Beijing
    NoticePeriod period = NoticePeriod.publishedAt(Instant.parse("2026-03-02T02:00:00Z"));
    assertThat(period.publishedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(period.lastDay()).isEqualTo(LocalDate.of(2026, 3, 22));
    assertThat(period.filingUntil()).isEqualTo(LocalDate.of(2026, 4, 11));
    assertThat(period.endsAt()).isEqualTo(Instant.parse("2026-03-22T16:00:00Z"));
    assertThat(period.filingEndsAt()).isEqualTo(Instant.parse("2026-04-11T16:00:00Z"));
  }

  @Test
  void calendarDaysCountWeekendsAndHolidaysAndTheBeijingDayCounts() {
    // 23:30 UTC on 30 September is already 1 October (National Day) in Beijing
    NoticePeriod period = NoticePeriod.publishedAt(Instant.parse("2026-09-30T23:30:00Z"));
    assertThat(period.publishedOn()).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(period.lastDay()).isEqualTo(LocalDate.of(2026, 10, 21));
  }

  @Test
  void objectionsAreTakenUntilMidnightAfterTheLastDay() {
    NoticePeriod period = NoticePeriod.publishedAt(Instant.parse("2026-03-02T02:00:00Z"));
    assertThat(period.runsAt(Instant.parse("2026-03-22T15:59:59Z"))).isTrue();
    assertThat(period.runsAt(Instant.parse("2026-03-22T16:00:00Z"))).isFalse();
  }
}
