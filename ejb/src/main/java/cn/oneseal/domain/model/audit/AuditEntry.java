package cn.oneseal.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * One line of the audit trail: who did what to which record, when, from where. Written once, never
 * changed. A line about a case carries its number; a {@link #READ} line records that a member of
 * staff or a supervisor read the case's data, with their role, staff number and the purpose (the
 * step that was open), which the applicant sees. Written once, never changed — except that the
 * chaining job (docs/audit.md) later gives it its place in the hash chain: {@link #getChainSeq()
 * chain_seq}, the hash of its predecessor and its own hashes. A request writes it unchained, so
 * that requests never queue on the chain.
 */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(nullable = false)
  @Size(max = 64)
  private String actor;

  @Column(nullable = false)
  @Size(max = 64)
  private String action;

  @Column(name = "subject_type", nullable = false)
  @Size(max = 64)
  private String subjectType;

  @Column(name = "subject_id", nullable = false)
  @Size(max = 128)
  private String subjectId;

  @Column(length = 4000)
  @Size(max = 4000)
  private String detail;

  /** {@link #ACT} or {@link #READ}. */
  @Column(nullable = false, length = 8)
  @Size(max = 8)
  private String kind = ACT;

  @Column(name = "application_number", length = 32)
  @Size(max = 32)
  private String applicationNumber;

  @Column(name = "actor_role", length = 16)
  @Size(max = 16)
  private String actorRole;

  @Column(name = "staff_number", length = 32)
  @Size(max = 32)
  private String staffNumber;

  @Column(length = 64)
  @Size(max = 64)
  private String purpose;

  @Column(length = 64)
  @Size(max = 64)
  private String source;

  /** Someone did something. */
  public static final String ACT = "act";

  /** Someone read a case's data. */
  public static final String READ = "read";

  /** The subject type of a line about an application. */
  public static final String APPLICATION = "application";

  /**
   * Its place in the hash chain, counted from 1; {@code null} until the chaining job reaches it.
   */
  @Column(name = "chain_seq")
  private Long chainSeq;

  @Column(name = "previous_hash", length = 64)
  @Size(max = 64)
  private String previousHash;

  @Column(name = "content_hash", length = 64)
  @Size(max = 64)
  private String contentHash;

  @Column(name = "entry_hash", length = 64)
  @Size(max = 64)
  private String entryHash;

  protected AuditEntry() {}

  /** An act on the case {@code number}. */
  public static AuditEntry caseAct(
      Instant at, String actor, String action, String number, String detail) {
    AuditEntry entry = new AuditEntry(at, actor, action, APPLICATION, number, detail);
    entry.applicationNumber = number;
    return entry;
  }

  /**
   * A read of the case {@code number} by {@code actor} in the role {@code role} (with their staff
   * number, if they have one), for {@code purpose}.
   */
  public static AuditEntry caseRead(
      Instant at, String actor, String role, String staffNumber, String number, String purpose) {
    AuditEntry entry = caseAct(at, actor, "case.read", number, null);
    entry.kind = READ;
    entry.actorRole = role;
    entry.staffNumber = staffNumber;
    entry.purpose = purpose;
    return entry;
  }

  /** The same line, noted as coming from the client address {@code source}. */
  public AuditEntry from(String address) {
    this.source = address == null || address.length() <= 64 ? address : address.substring(0, 64);
    return this;
  }

  public AuditEntry(
      Instant occurredAt,
      String actor,
      String action,
      String subjectType,
      String subjectId,
      String detail) {
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.action = action;
    this.subjectType = subjectType;
    this.subjectId = subjectId;
    this.detail = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000);
  }

  /**
   * The entry as it is for the test of the chain, in-memory only: with an id as the database would
   * have given it.
   */
  AuditEntry(
      Long id,
      Instant occurredAt,
      String actor,
      String action,
      String subjectType,
      String subjectId,
      String detail) {
    this(occurredAt, actor, action, subjectType, subjectId, detail);
    this.id = id;
  }

  /**
   * The content the chain protects, in its one canonical form: the bytes whose SHA-256 is {@link
   * #getContentHash() content_hash}. Verification recomputes it from the stored columns, so any
   * change of one of them shows.
   *
   * <p>The form (docs/audit.md, "Canonical form"), UTF-8:
   *
   * <pre>
   * oneseal-audit-v1\n
   * name=length:value\n     for each field below, in this order
   * name=~\n                for a field that is null
   * </pre>
   *
   * where {@code length} is the number of UTF-8 bytes of {@code value} in decimal, so that no value
   * can run into the next field whatever characters it holds. The fields: {@code id} (decimal),
   * {@code occurredAt} (UTC, truncated to milliseconds, always as {@code
   * yyyy-MM-ddTHH:mm:ss.SSSZ}), {@code actor}, {@code action}, {@code subjectType}, {@code
   * subjectId}, {@code detail}; then, added with the case's trail (V24) and written only where not
   * null: {@code kind} (only for a read: an act is the default), {@code applicationNumber}, {@code
   * actorRole}, {@code staffNumber}, {@code purpose}, {@code source}.
   *
   * <p><b>Adding a content column</b> to the audit trail means adding it here — otherwise the chain
   * does not protect it. A field added later is appended <em>after</em> the fields above (never
   * inserted or reordered) with {@link #optionalField}, which writes nothing for null: entries
   * chained before the column existed have null there and so keep their content hash. The fields
   * above stay as they are, {@code name=~} for null included.
   */
  public byte[] canonicalContent() {
    StringBuilder text = new StringBuilder("oneseal-audit-v1\n");
    field(text, "id", id == null ? null : id.toString());
    field(
        text,
        "occurredAt",
        occurredAt == null
            ? null
            : CANONICAL_TIME.format(occurredAt.truncatedTo(ChronoUnit.MILLIS)));
    field(text, "actor", actor);
    field(text, "action", action);
    field(text, "subjectType", subjectType);
    field(text, "subjectId", subjectId);
    field(text, "detail", detail);
    optionalField(text, "kind", ACT.equals(kind) ? null : kind);
    optionalField(text, "applicationNumber", applicationNumber);
    optionalField(text, "actorRole", actorRole);
    optionalField(text, "staffNumber", staffNumber);
    optionalField(text, "purpose", purpose);
    optionalField(text, "source", source);
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static final DateTimeFormatter CANONICAL_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  /** A field added after the first version: absent from the form while null (see above). */
  private static void optionalField(StringBuilder text, String name, String value) {
    if (value != null) {
      field(text, name, value);
    }
  }

  private static void field(StringBuilder text, String name, String value) {
    text.append(name).append('=');
    if (value == null) {
      text.append('~');
    } else {
      text.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
    }
    text.append('\n');
  }

  /**
   * Gives the entry its place in the chain; done once, by the chaining job under the chain head's
   * lock.
   *
   * @throws IllegalStateException if it is chained already
   */
  public void chain(long seq, String previousHash, String contentHash, String entryHash) {
    if (chainSeq != null) {
      throw new IllegalStateException("audit entry " + id + " is chained already at " + chainSeq);
    }
    this.chainSeq = seq;
    this.previousHash = previousHash;
    this.contentHash = contentHash;
    this.entryHash = entryHash;
  }

  public Long getId() {
    return id;
  }

  public Long getChainSeq() {
    return chainSeq;
  }

  public String getPreviousHash() {
    return previousHash;
  }

  public String getContentHash() {
    return contentHash;
  }

  public String getEntryHash() {
    return entryHash;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getSubjectType() {
    return subjectType;
  }

  public String getSubjectId() {
    return subjectId;
  }

  public String getDetail() {
    return detail;
  }

  public String getKind() {
    return kind;
  }

  public String getApplicationNumber() {
    return applicationNumber;
  }

  public String getActorRole() {
    return actorRole;
  }

  public String getStaffNumber() {
    return staffNumber;
  }

  public String getPurpose() {
    return purpose;
  }

  public String getSource() {
    return source;
  }
}
