package cn.oneseal.domain.model.clock;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stretch of time that does not count towards the limit: from the day a correction notice is sent
 * or a special step starts, until the day the materials arrive or the step ends, both inclusive;
 * the clock restarts the day after {@code until}. A pause still running has no {@code until}.
 */
public record Pause(PauseKind kind, String step, LocalDate from, LocalDate until, String reason) {

  public Pause {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(from, "from");
    if (until != null && until.isBefore(from)) {
      throw new IllegalArgumentException("pause ends " + until + " before it starts " + from);
    }
  }

  public boolean running() {
    return until == null;
  }

  /**
   * Whether {@code day} lies in this pause; a running pause is taken to last until {@code today}.
   */
  boolean covers(LocalDate day, LocalDate today) {
    LocalDate end = until != null ? until : today;
    return !day.isBefore(from) && !day.isAfter(end);
  }
}
