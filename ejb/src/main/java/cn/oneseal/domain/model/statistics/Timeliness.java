package cn.oneseal.domain.model.statistics;

import cn.oneseal.domain.model.clock.ClockReading;
import cn.oneseal.domain.model.clock.Extension;
import cn.oneseal.domain.model.clock.LegalClock;
import cn.oneseal.domain.model.clock.Pause;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * How a decided case stood against its limits on the day of the decision, read by the same legal
 * clock that gives the cards: working days counted from the day after the clock started
 * (acceptance, or the day the materials arrived for a deemed acceptance), the days of pauses not
 * counted, extensions added to both limits.
 *
 * @param onTime decided within the statutory limit (按时办结): working days used ≤ statutory limit
 * @param early decided before the promised limit was used up (提前办结): used &lt; promised limit
 */
public record Timeliness(int workingDaysUsed, boolean onTime, boolean early) {

  /**
   * The timeliness of a case whose clock started on {@code startedOn} and decided on {@code
   * decidedOn}.
   */
  public static Timeliness of(
      LegalClock clock,
      LocalDate startedOn,
      LocalDate decidedOn,
      int statutoryDays,
      int promisedDays,
      List<Pause> pauses,
      List<Extension> extensions) {
    Objects.requireNonNull(clock, "clock");
    ClockReading r =
        clock.read(startedOn, statutoryDays, promisedDays, pauses, extensions, decidedOn);
    int extra = extensions.stream().mapToInt(Extension::workingDays).sum();
    int used = r.workingDaysUsed();
    return new Timeliness(used, used <= statutoryDays + extra, used < promisedDays + extra);
  }
}
