package cn.oneseal.application.dto;

import cn.oneseal.domain.model.inspection.InspectionAssignment;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A drawn subject with its inspectors and, once published, its result. Unpublished results show
 * only that they await publication and by when ({@code publicationOverdue} once that day passed);
 * the inspectors assigned and the supervision see the findings before.
 */
public record InspectionAssignmentView(
    long planId,
    int position,
    String subjectId,
    String subjectName,
    List<String> inspectors,
    String status,
    String outcome,
    String findings,
    LocalDate rectifyUntil,
    LocalDate inspectedOn,
    LocalDate publishDue,
    Instant publishedAt,
    boolean publicationOverdue,
    List<Long> photos) {

  /** {@code full}: with an unpublished result's content (its inspectors, the supervision). */
  public static InspectionAssignmentView of(
      InspectionAssignment a, LocalDate today, boolean full, List<Long> photos) {
    boolean show = a.isPublished() || full;
    String status = a.isPublished() ? "published" : a.isRecorded() ? "recorded" : "assigned";
    return new InspectionAssignmentView(
        a.getPlanId(),
        a.getPosition(),
        a.getSubjectId(),
        a.getSubjectName(),
        a.getInspectors(),
        status,
        show && a.getOutcome() != null ? a.getOutcome().name().toLowerCase(Locale.ROOT) : null,
        show ? a.getFindings() : null,
        show ? a.getRectifyUntil() : null,
        show ? a.getInspectedOn() : null,
        a.getPublishDue(),
        a.getPublishedAt(),
        a.isPublicationOverdue(today),
        show ? photos : List.of());
  }
}
