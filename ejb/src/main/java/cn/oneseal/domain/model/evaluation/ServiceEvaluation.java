package cn.oneseal.domain.model.evaluation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * 好差评: the applicant's one rating of an ended case, five levels from 5 (非常满意) to 1 (非常不满意). It is
 * kept with the case, its item, its section and the staff who acted on it, so that satisfaction can
 * be counted per item, section and person. A rating of 1 or 2 is negative and must be followed up
 * (整改): the section's chief answers it within the follow-up step's limit, and the applicant reads
 * the answer.
 */
@Entity
@Table(name = "service_evaluation")
public class ServiceEvaluation {

  public static final int MIN_LEVEL = 1;

  public static final int MAX_LEVEL = 5;

  /** Ratings at or below this level are negative (不满意, 非常不满意) and are followed up. */
  public static final int NEGATIVE_UP_TO = 2;

  public static final int COMMENT_LENGTH = 500;

  public static final int ANSWER_LENGTH = 4000;

  /** Where the follow-up of a rating stands. */
  public enum FollowUp {
    /** A positive rating: nothing to follow up. */
    NONE,
    /** A negative rating waiting for the chief's answer. */
    OPEN,
    /** The chief answered (explanation and rectification). */
    ANSWERED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_number", nullable = false, length = 32)
  @Size(max = 32)
  private String applicationNumber;

  @Column(name = "item_code", nullable = false, length = 64)
  @Size(max = 64)
  private String itemCode;

  @Column(name = "section_code", length = 32)
  @Size(max = 32)
  private String sectionCode;

  @Column(name = "rating_level", nullable = false)
  private int level;

  @Column(name = "rating_comment", length = COMMENT_LENGTH)
  @Size(max = COMMENT_LENGTH)
  private String comment;

  @Column(length = 64)
  @Size(max = 64)
  private String step;

  @Column(name = "rated_by", nullable = false, length = 64)
  @Size(max = 64)
  private String ratedBy;

  @Column(name = "rated_at", nullable = false)
  private Instant ratedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "follow_up", nullable = false, length = 16)
  private FollowUp followUp;

  @Column(name = "follow_up_task", length = 64)
  @Size(max = 64)
  private String followUpTask;

  @Column(name = "follow_up_due")
  private LocalDate followUpDue;

  @Column(length = ANSWER_LENGTH)
  @Size(max = ANSWER_LENGTH)
  private String answer;

  @Column(name = "answered_by", length = 64)
  @Size(max = 64)
  private String answeredBy;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "last_urged_at")
  private Instant lastUrgedAt;

  @Column(name = "urge_count", nullable = false)
  private int urgeCount;

  @ElementCollection
  @CollectionTable(
      name = "service_evaluation_handler",
      joinColumns = @JoinColumn(name = "evaluation_id"))
  @Column(name = "username", length = 64)
  private Set<@Size(max = 64) String> handlers = new LinkedHashSet<>();

  protected ServiceEvaluation() {}

  public ServiceEvaluation(
      String applicationNumber,
      String itemCode,
      String sectionCode,
      Set<String> handlers,
      int level,
      String comment,
      String step,
      String ratedBy,
      Instant ratedAt) {
    if (level < MIN_LEVEL || level > MAX_LEVEL) {
      throw new IllegalArgumentException("level " + level);
    }
    this.applicationNumber = applicationNumber;
    this.itemCode = itemCode;
    this.sectionCode = sectionCode;
    this.handlers = new LinkedHashSet<>(handlers);
    this.level = level;
    this.comment = comment;
    this.step = step;
    this.ratedBy = ratedBy;
    this.ratedAt = ratedAt;
    this.followUp = isNegative(level) ? FollowUp.OPEN : FollowUp.NONE;
  }

  public static boolean isNegative(int level) {
    return level <= NEGATIVE_UP_TO;
  }

  public boolean isNegative() {
    return isNegative(level);
  }

  /** The follow-up's task in the engine and its deadline (the end of that working day). */
  public void followUpOpened(String taskId, LocalDate due) {
    this.followUpTask = taskId;
    this.followUpDue = due;
  }

  /** The chief's answer: the explanation and the rectification (整改措施). */
  public void answer(String text, String chief, Instant at) {
    if (followUp != FollowUp.OPEN) {
      throw new IllegalStateException("no open follow-up");
    }
    this.answer = text;
    this.answeredBy = chief;
    this.answeredAt = at;
    this.followUp = FollowUp.ANSWERED;
  }

  /** 督办: a supervisor urged the chief. */
  public void urged(Instant at) {
    this.lastUrgedAt = at;
    this.urgeCount++;
  }

  public Long getId() {
    return id;
  }

  public String getApplicationNumber() {
    return applicationNumber;
  }

  public String getItemCode() {
    return itemCode;
  }

  public String getSectionCode() {
    return sectionCode;
  }

  public int getLevel() {
    return level;
  }

  public String getComment() {
    return comment;
  }

  public String getStep() {
    return step;
  }

  public String getRatedBy() {
    return ratedBy;
  }

  public Instant getRatedAt() {
    return ratedAt;
  }

  public FollowUp getFollowUp() {
    return followUp;
  }

  public String getFollowUpTask() {
    return followUpTask;
  }

  public LocalDate getFollowUpDue() {
    return followUpDue;
  }

  public String getAnswer() {
    return answer;
  }

  public String getAnsweredBy() {
    return answeredBy;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public Instant getLastUrgedAt() {
    return lastUrgedAt;
  }

  public int getUrgeCount() {
    return urgeCount;
  }

  public Set<String> getHandlers() {
    return Set.copyOf(handlers);
  }
}
