package cn.oneseal.domain.model.credit;

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
import java.util.Optional;

/**
 * What a supervising department reports back about a holder (审管联动, seed §31): an inspection
 * finding, a sanction or an order to rectify, by signed callback. Kept once per channel and the
 * department's finding id; the hash of its content tells a repeated callback (nothing changes) from
 * a different finding under the same id (refused).
 */
@Entity
@Table(name = "supervision_finding")
public class SupervisionFinding {

  /** The kinds a department reports, with their wire names. */
  public enum Kind {
    INSPECTION_FINDING("inspectionFinding"),
    SANCTION("sanction"),
    RECTIFICATION_ORDER("rectificationOrder");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }

    public static Optional<Kind> of(String id) {
      for (Kind k : values()) {
        if (k.id.equals(id)) {
          return Optional.of(k);
        }
      }
      return Optional.empty();
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "channel_code", nullable = false)
  @Size(max = 64)
  private String channelCode;

  @Column(name = "finding_id", nullable = false)
  @Size(max = 64)
  private String findingId;

  @Column(name = "application_number")
  @Size(max = 32)
  private String applicationNumber;

  @Column(name = "credit_code")
  @Size(max = 18)
  private String creditCode;

  @Column(name = "holder_name", nullable = false)
  @Size(max = 256)
  private String holderName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;

  @Column(nullable = false)
  @Size(max = 2000)
  private String summary;

  @Column(name = "decided_on", nullable = false)
  private LocalDate decidedOn;

  @Column(name = "content_hash", nullable = false)
  @Size(max = 64)
  private String contentHash;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  protected SupervisionFinding() {}

  public SupervisionFinding(
      String channelCode,
      String findingId,
      String applicationNumber,
      String creditCode,
      String holderName,
      Kind kind,
      String summary,
      LocalDate decidedOn,
      String contentHash,
      Instant receivedAt) {
    this.channelCode = channelCode;
    this.findingId = findingId;
    this.applicationNumber = applicationNumber;
    this.creditCode = creditCode;
    this.holderName = holderName;
    this.kind = kind;
    this.summary = summary;
    this.decidedOn = decidedOn;
    this.contentHash = contentHash;
    this.receivedAt = receivedAt;
  }

  public Long getId() {
    return id;
  }

  public String getChannelCode() {
    return channelCode;
  }

  public String getFindingId() {
    return findingId;
  }

  public String getApplicationNumber() {
    return applicationNumber;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public String getHolderName() {
    return holderName;
  }

  public Kind getKind() {
    return kind;
  }

  public String getSummary() {
    return summary;
  }

  public LocalDate getDecidedOn() {
    return decidedOn;
  }

  public String getContentHash() {
    return contentHash;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }
}
