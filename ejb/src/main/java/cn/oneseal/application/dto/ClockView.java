package cn.oneseal.application.dto;

import cn.oneseal.domain.model.clock.Extension;
import cn.oneseal.domain.model.clock.Pause;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The legal clock of one application as the applicant, the staff and the supervisors see it. Before
 * acceptance the deadlines are {@code null} and {@code windowDeadline} says until when the window
 * must accept or send the one-time correction list.
 */
public record ClockView(
    String applicationNumber,
    LocalDate receivedOn,
    LocalDate windowDeadline,
    LocalDate startedOn,
    int statutoryDays,
    int promisedDays,
    LocalDate statutoryDeadline,
    LocalDate promisedDeadline,
    int workingDaysUsed,
    int workingDaysLeft,
    int statutoryDaysLeft,
    boolean paused,
    List<Pause> pauses,
    List<Extension> extensions,
    String card,
    boolean deemedAccepted)
    implements Serializable {

  public boolean started() {
    return startedOn != null;
  }
}
