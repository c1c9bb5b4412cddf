package cn.oneseal.domain.model.publication;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.domain.model.clock.DayKind;
import cn.oneseal.domain.model.clock.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A publication is due 7 working days after the decision, on the bureau's working calendar. */
class PublicationTest {

  private static final WorkingCalendar WEEKENDS = WorkingCalendar.weekendsOnly();

  /**
   * 2026: National Day holiday 1–8 October, make-up working days Sunday 27 September, Saturday 10
   * October.
   */
  private static final WorkingCalendar NATIONAL_DAY_2026 =
      new WorkingCalendar(
          Map.ofEntries(
              Map.entry(LocalDate.of(2026, 9, 27), DayKind.WORKDAY),
              Map.entry(LocalDate.of(2026, 10, 1), DayKind.HOLIDAY),
              Map.entry(LocalDate.of(2026, 10, 2), DayKind.HOLIDAY),
              Map.entry(LocalDate.of(2026, 10, 5), DayKind.HOLIDAY),
              Map.entry(LocalDate.of(2026, 10, 6), DayKind.HOLIDAY),
              Map.entry(LocalDate.of(2026, 10, 7), DayKind.HOLIDAY),
              Map.entry(LocalDate.of(2026, 10, 8), DayKind.HOLIDAY),
              Map.entry(LocalDate.of(2026, 10, 10), DayKind.WORKDAY)));

  @Test
  void aDecisionOnMondayIsDueOnWednesdayOfTheNextWeek() {
    assertThat(Publication.dueOn(LocalDate.of(2026, 11, 30), WEEKENDS))
        .isEqualTo(LocalDate.of(2026, 12, 9));
  }

  @Test
  void aDecisionOnFridayCountsFromMonday() {
    // Fri 4 Dec: Mon 7 … Fri 11 are 5, Mon 14 and Tue 15 make 7
    assertThat(Publication.dueOn(LocalDate.of(2026, 12, 4), WEEKENDS))
        .isEqualTo(LocalDate.of(2026, 12, 15));
  }

  @Test
  void aDecisionOnSaturdayCountsLikeOneOnFriday() {
    assertThat(Publication.dueOn(LocalDate.of(2026, 12, 5), WEEKENDS))
        .isEqualTo(Publication.dueOn(LocalDate.of(2026, 12, 4), WEEKENDS));
  }

  @Test
  void holidaysDoNotCountAndMakeUpWorkingDaysDo() {
    // Fri 25 Sep: Sun 27 (make-up) 1, Mon 28 2, Tue 29 3, Wed 30 4, holidays 1–8 Oct, Fri 9 5,
    // Sat 10 (make-up) 6, Mon 12 7
    assertThat(Publication.dueOn(LocalDate.of(2026, 9, 25), NATIONAL_DAY_2026))
        .isEqualTo(LocalDate.of(2026, 10, 12));
  }

  @Test
  void overdueWhenPendingAfterTheDueDayOrPublishedLate() {
    Publication p = sanction(LocalDate.of(2026, 12, 4));
    assertThat(p.isOverdue(LocalDate.of(2026, 12, 15))).isFalse();
    assertThat(p.isOverdue(LocalDate.of(2026, 12, 16))).isTrue();
    p.publish(Instant.parse("2026-12-16T02:00:00Z"));
    assertThat(p.isOverdue(LocalDate.of(2026, 12, 16))).isTrue();

    Publication onTime = sanction(LocalDate.of(2026, 12, 4));
    // 23:30 Beijing time on the due day is still the due day
    onTime.publish(Instant.parse("2026-12-15T15:30:00Z"));
    assertThat(onTime.isOverdue(LocalDate.of(2027, 1, 1))).isFalse();
  }

  @Test
  void publishingTwiceKeepsTheFirstMoment() {
    Publication p = sanction(LocalDate.of(2026, 12, 4));
    p.publish(Instant.parse("2026-12-07T02:00:00Z"));
    p.publish(Instant.parse("2026-12-08T02:00:00Z"));
    assertThat(p.getPublishedAt()).isEqualTo(Instant.parse("2026-12-07T02:00:00Z"));
  }

  @Test
  void aNaturalPersonIsStoredMaskedAndWithoutACreditCode() {
    Publication p =
        new Publication(
            Publication.Kind.LICENSING,
            "case:X",
            "X",
            null,
            new Publication.Holder("诸葛孔明", true, "91140100MA0K0A1B2C"),
            null,
            "BUREAU",
            null,
            LocalDate.of(2026, 12, 4),
            WEEKENDS,
            Instant.EPOCH);
    assertThat(p.getHolderName()).isEqualTo("诸葛**");
    assertThat(p.getCreditCode()).isNull();
  }

  private static Publication sanction(LocalDate decided) {
    return new Publication(
        Publication.Kind.SANCTION,
        "fact:" + decided,
        null,
        null,
        new Publication.Holder("山西某某有限公司", false, "91140100MA0K0A1B2C"),
        "晋市监罚〔2026〕1号",
        "SAMR",
        "罚款",
        decided,
        WEEKENDS,
        Instant.EPOCH);
  }
}
