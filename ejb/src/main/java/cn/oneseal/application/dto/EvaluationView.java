package cn.oneseal.application.dto;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One rating (好差评) as its reader sees it: the applicant sees the rating and the answer of its
 * follow-up; staff and supervisors also see who handled the case and who answered.
 *
 * @param followUp {@code none} (a positive rating), {@code open} or {@code answered}
 * @param card the follow-up step's card while it is open ({@code green}, {@code yellow}, {@code
 *     red}), else {@code null}
 */
public record EvaluationView(
    long id,
    String applicationNumber,
    String itemCode,
    String sectionCode,
    int level,
    String comment,
    String step,
    Instant ratedAt,
    String followUp,
    String followUpTask,
    LocalDate followUpDue,
    String card,
    String answer,
    Instant answeredAt,
    String answeredBy,
    List<String> handlers,
    int urgeCount,
    Instant lastUrgedAt)
    implements Serializable {

  public boolean negative() {
    return !"none".equals(followUp);
  }

  public boolean answered() {
    return "answered".equals(followUp);
  }
}
