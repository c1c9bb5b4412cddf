package cn.oneseal.domain.model.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One drawn subject of a plan with its two inspectors (in draw order), and then its result: what
 * was found, the outcome, and its publication, due within the working days the law gives.
 */
@Entity
@Table(name = "inspection_assignment")
public class InspectionAssignment {

  public static final int FINDINGS_LENGTH = 4000;

  /** 检查结果: what the check led to. */
  public enum Outcome {
    /** 未发现问题. */
    NO_PROBLEM,
    /** 责令整改: rectify within a period. */
    RECTIFY,
    /** 移送立案: the case is transferred for investigation. */
    TRANSFERRED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "plan_id", nullable = false)
  private Long planId;

  @Column(nullable = false)
  private int position;

  @Column(name = "subject_id", nullable = false, length = 64)
  @Size(max = 64)
  private String subjectId;

  @Column(name = "subject_name", nullable = false, length = 256)
  @Size(max = 256)
  private String subjectName;

  @Column(nullable = false, length = 64)
  @Size(max = 64)
  private String inspector1;

  @Column(nullable = false, length = 64)
  @Size(max = 64)
  private String inspector2;

  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private Outcome outcome;

  @Column(length = FINDINGS_LENGTH)
  @Size(max = FINDINGS_LENGTH)
  private String findings;

  @Column(name = "rectify_until")
  private LocalDate rectifyUntil;

  @Column(name = "inspected_on")
  private LocalDate inspectedOn;

  @Column(name = "recorded_by", length = 64)
  @Size(max = 64)
  private String recordedBy;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  @Column(name = "publish_due")
  private LocalDate publishDue;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "published_by", length = 64)
  @Size(max = 64)
  private String publishedBy;

  @Version private long version;

  protected InspectionAssignment() {}

  public InspectionAssignment(
      Long planId, int position, String subjectId, String subjectName, List<String> inspectors) {
    this.planId = planId;
    this.position = position;
    this.subjectId = subjectId;
    this.subjectName = subjectName;
    this.inspector1 = inspectors.get(0);
    this.inspector2 = inspectors.get(1);
  }

  public boolean isAssignedTo(String username) {
    return inspector1.equals(username) || inspector2.equals(username);
  }

  /** The inspectors' result; its publication is due by {@code publishDue}. */
  public void record(
      Outcome outcome,
      String findings,
      LocalDate rectifyUntil,
      LocalDate inspectedOn,
      LocalDate publishDue,
      String by,
      Instant at) {
    if (publishedAt != null) {
      throw new IllegalStateException("published");
    }
    this.outcome = outcome;
    this.findings = findings;
    this.rectifyUntil = outcome == Outcome.RECTIFY ? rectifyUntil : null;
    this.inspectedOn = inspectedOn;
    this.publishDue = publishDue;
    this.recordedBy = by;
    this.recordedAt = at;
  }

  public void publish(String by, Instant at) {
    if (outcome == null || publishedAt != null) {
      throw new IllegalStateException("not publishable");
    }
    this.publishedBy = by;
    this.publishedAt = at;
  }

  public boolean isRecorded() {
    return outcome != null;
  }

  public boolean isPublished() {
    return publishedAt != null;
  }

  /** Recorded, not published, and its publication deadline has passed. */
  public boolean isPublicationOverdue(LocalDate today) {
    return isRecorded() && !isPublished() && publishDue != null && today.isAfter(publishDue);
  }

  public Long getId() {
    return id;
  }

  public Long getPlanId() {
    return planId;
  }

  public int getPosition() {
    return position;
  }

  public String getSubjectId() {
    return subjectId;
  }

  public String getSubjectName() {
    return subjectName;
  }

  public List<String> getInspectors() {
    return List.of(inspector1, inspector2);
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public String getFindings() {
    return findings;
  }

  public LocalDate getRectifyUntil() {
    return rectifyUntil;
  }

  public LocalDate getInspectedOn() {
    return inspectedOn;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public LocalDate getPublishDue() {
    return publishDue;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }
}
