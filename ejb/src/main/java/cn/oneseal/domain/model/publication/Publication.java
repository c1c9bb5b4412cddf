package cn.oneseal.domain.model.publication;

import cn.oneseal.domain.model.clock.BureauTime;
import cn.oneseal.domain.model.clock.WorkingCalendar;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of 双公示 (the public disclosure of administrative licensing and sanction information): a
 * licensing decision the bureau made, or a sanction or revocation a department or the bureau made
 * about a holder. The law wants it public within {@link #WORKING_DAYS} working days of the decision
 * (国务院办公厅 and 国家发展改革委 rules on 行政许可和行政处罚等信用信息 “双公示”; 行政许可法 art. 40 for licences). It is recorded
 * when the decision becomes known and published by the publication job; until then it is pending,
 * and after its {@link #getDueOn() due day} a pending one is overdue, which the supervisors see.
 *
 * <p>Only what is published is kept here: the holder's name as shown ({@link PublicName}), the
 * credit code of an entity, the item, the decision's number, the authority and a summary without
 * personal data. The case keeps the rest.
 */
@Entity
@Table(name = "publication")
public class Publication {

  /** The publication deadline: 7 working days after the day of the decision. */
  public static final int WORKING_DAYS = 7;

  public static final int NAME_LENGTH = 256;
  public static final int SUMMARY_LENGTH = 1000;

  /** What is published. */
  public enum Kind {
    /** 行政许可: a licensing decision granting an approval. */
    LICENSING,
    /** 行政处罚: a sanction. */
    SANCTION,
    /** 撤销: the revocation of an approval. */
    REVOCATION;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The kind for its {@link #id()}, or {@code null} when there is none. */
    public static Kind ofId(String id) {
      for (Kind kind : values()) {
        if (kind.id().equals(id)) {
          return kind;
        }
      }
      return null;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Kind kind;

  /**
   * What the entry publishes, once: {@code case:<number>} or {@code fact:<kind>:<source>:<ref>}.
   */
  @Column(name = "source_key", nullable = false, length = 200)
  @Size(max = 200)
  private String sourceKey;

  @Column(name = "application_number", length = 32)
  @Size(max = 32)
  private String applicationNumber;

  @Column(name = "item_code", length = 64)
  @Size(max = 64)
  private String itemCode;

  @Column(name = "item_name_zh", length = 256)
  @Size(max = 256)
  private String itemNameZh;

  @Column(name = "item_name_en", length = 256)
  @Size(max = 256)
  private String itemNameEn;

  /** The holder's name as published: masked to the surname for a natural person. */
  @Column(name = "holder_name", nullable = false, length = NAME_LENGTH)
  @Size(max = NAME_LENGTH)
  private String holderName;

  @Column(name = "natural_person", nullable = false)
  private boolean naturalPerson;

  @Column(name = "credit_code", length = 18)
  @Size(max = 18)
  private String creditCode;

  @Column(name = "document_number", length = 64)
  @Size(max = 64)
  private String documentNumber;

  /** Who decided: {@code BUREAU} or a department's code. */
  @Column(nullable = false, length = 64)
  @Size(max = 64)
  private String authority;

  @Column(length = SUMMARY_LENGTH)
  @Size(max = SUMMARY_LENGTH)
  private String summary;

  @Column(name = "decided_on", nullable = false)
  private LocalDate decidedOn;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "published_at")
  private Instant publishedAt;

  /** The bureau's day of {@link #publishedAt}: compared with the due day. */
  @Column(name = "published_on")
  private LocalDate publishedOn;

  protected Publication() {}

  /** What a decision says about its holder, before it is masked. */
  public record Holder(String name, boolean naturalPerson, String creditCode) {
    public Holder {
      Objects.requireNonNull(name, "name");
    }
  }

  /** The item a decision concerns (absent for a sanction that names none). */
  public record Item(String code, String nameZh, String nameEn) {}

  public Publication(
      Kind kind,
      String sourceKey,
      String applicationNumber,
      Item item,
      Holder holder,
      String documentNumber,
      String authority,
      String summary,
      LocalDate decidedOn,
      WorkingCalendar calendar,
      Instant now) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.sourceKey = Objects.requireNonNull(sourceKey, "sourceKey");
    this.applicationNumber = applicationNumber;
    if (item != null) {
      this.itemCode = item.code();
      this.itemNameZh = item.nameZh();
      this.itemNameEn = item.nameEn();
    }
    this.naturalPerson = holder.naturalPerson();
    this.holderName = cut(PublicName.of(holder.name(), holder.naturalPerson()), NAME_LENGTH);
    this.creditCode = holder.naturalPerson() ? null : blankToNull(holder.creditCode());
    this.documentNumber = documentNumber;
    this.authority = Objects.requireNonNull(authority, "authority");
    this.summary = cut(PublicName.scrub(summary), SUMMARY_LENGTH);
    this.decidedOn = Objects.requireNonNull(decidedOn, "decidedOn");
    this.dueOn = dueOn(decidedOn, calendar);
    this.recordedAt = now;
  }

  /** The last day to publish a decision of {@code decidedOn}: 7 working days after it. */
  public static LocalDate dueOn(LocalDate decidedOn, WorkingCalendar calendar) {
    return calendar.addWorkingDays(decidedOn, WORKING_DAYS);
  }

  /** Publishes it now; publishing again changes nothing. */
  public void publish(Instant now) {
    if (publishedAt == null) {
      publishedAt = now;
      publishedOn = BureauTime.day(now);
    }
  }

  /** Corrects what a later source knows better (the credit code once the licence is issued). */
  public void holderBecomes(Holder holder) {
    this.naturalPerson = holder.naturalPerson();
    this.holderName = cut(PublicName.of(holder.name(), holder.naturalPerson()), NAME_LENGTH);
    this.creditCode = holder.naturalPerson() ? null : blankToNull(holder.creditCode());
  }

  public void documentNumberBecomes(String number) {
    if (number != null) {
      this.documentNumber = number;
    }
  }

  /** Not published although its due day has passed ({@code today} in the bureau's time). */
  public boolean isOverdue(LocalDate today) {
    return publishedOn == null ? today.isAfter(dueOn) : publishedOn.isAfter(dueOn);
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public Long getId() {
    return id;
  }

  public Kind getKind() {
    return kind;
  }

  public String getSourceKey() {
    return sourceKey;
  }

  public String getApplicationNumber() {
    return applicationNumber;
  }

  public String getItemCode() {
    return itemCode;
  }

  public String getItemNameZh() {
    return itemNameZh;
  }

  public String getItemNameEn() {
    return itemNameEn;
  }

  public String getHolderName() {
    return holderName;
  }

  public boolean isNaturalPerson() {
    return naturalPerson;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public String getDocumentNumber() {
    return documentNumber;
  }

  public String getAuthority() {
    return authority;
  }

  public String getSummary() {
    return summary;
  }

  public LocalDate getDecidedOn() {
    return decidedOn;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public LocalDate getPublishedOn() {
    return publishedOn;
  }
}
