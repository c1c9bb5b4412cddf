package cn.oneseal.domain.model.credit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One fact of a holder's credit record (信用记录): a {@code SubjectFact} event as it was recorded — a
 * spot check's result, a department's finding or sanction, an order to rectify, a revocation. Kept
 * once per source, reference and kind, so that a fact fired twice is one record.
 */
@Entity
@Table(name = "credit_fact")
public class CreditFact {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The fact's kind, the name of {@code SubjectFact.Kind} ({@code SANCTION} …). */
  @Column(nullable = false)
  @Size(max = 32)
  private String kind;

  /** Whether it weighs as a warning in a credit check (sanctions and revocations). */
  @Column(name = "is_warning", nullable = false)
  private boolean warning;

  @Column(name = "credit_code")
  @Size(max = 18)
  private String creditCode;

  @Column(name = "holder_name", nullable = false)
  @Size(max = 256)
  private String holderName;

  @Column(name = "natural_person", nullable = false)
  private boolean naturalPerson;

  @Column(nullable = false)
  @Size(max = 64)
  private String source;

  @Column(nullable = false)
  @Size(max = 128)
  private String reference;

  @Column(name = "application_number")
  @Size(max = 32)
  private String applicationNumber;

  @Size(max = 2000)
  private String summary;

  @Column(name = "decided_on", nullable = false)
  private LocalDate decidedOn;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected CreditFact() {}

  public CreditFact(
      String kind,
      boolean warning,
      String creditCode,
      String holderName,
      boolean naturalPerson,
      String source,
      String reference,
      String applicationNumber,
      String summary,
      LocalDate decidedOn,
      Instant recordedAt) {
    this.kind = kind;
    this.warning = warning;
    this.creditCode = creditCode;
    this.holderName = clip(holderName, 256);
    this.naturalPerson = naturalPerson;
    this.source = clip(source, 64);
    this.reference = clip(reference, 128);
    this.applicationNumber = applicationNumber;
    this.summary = summary == null ? null : clip(summary, 2000);
    this.decidedOn = decidedOn;
    this.recordedAt = recordedAt;
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }

  /** Sanctions and revocations weigh in a credit check as warnings. */
  public boolean warns() {
    return warning;
  }

  public Long getId() {
    return id;
  }

  public String getKind() {
    return kind;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public String getHolderName() {
    return holderName;
  }

  public boolean isNaturalPerson() {
    return naturalPerson;
  }

  public String getSource() {
    return source;
  }

  public String getReference() {
    return reference;
  }

  public String getApplicationNumber() {
    return applicationNumber;
  }

  public String getSummary() {
    return summary;
  }

  public LocalDate getDecidedOn() {
    return decidedOn;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
