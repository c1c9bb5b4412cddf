package cn.oneseal.domain.model.audit;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
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
 * A point of the audit chain signed with the system key, so that what the database alone could
 * rewrite unseen — the whole chain recomputed after an edit, or its tail cut off — no longer
 * verifies.
 *
 * <ul>
 *   <li>{@link Kind#HEAD}: the chain's head at {@code signedAt}: entry {@code chainSeq} had {@code
 *       entryHash}.
 *   <li>{@link Kind#START}: where the kept part of the chain begins after a purge: the entry {@code
 *       chainSeq} is the first one kept, and its previous hash is {@code entryHash} (the last
 *       purged entry's hash).
 * </ul>
 *
 * The signature covers {@link #signedText()}.
 */
@Entity
@Table(name = "audit_anchor")
public class AuditAnchor {

  /** What an anchor marks, as stored ({@code head}, {@code start}). */
  public enum Kind {
    HEAD,
    START;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Stores the kind as its lower-case id, as the signed text names it. */
  @Converter
  public static class KindColumn implements AttributeConverter<Kind, String> {
    @Override
    public String convertToDatabaseColumn(Kind kind) {
      return kind == null ? null : kind.id();
    }

    @Override
    public Kind convertToEntityAttribute(String id) {
      return id == null ? null : Kind.valueOf(id.toUpperCase(java.util.Locale.ROOT));
    }
  }

  private static final DateTimeFormatter SIGNED_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Convert(converter = KindColumn.class)
  @Column(nullable = false, length = 8)
  private Kind kind;

  @Column(name = "chain_seq", nullable = false)
  private long chainSeq;

  @Column(name = "entry_hash", nullable = false, length = 64)
  @Size(max = 64)
  private String entryHash;

  @Column(name = "signed_at", nullable = false)
  private Instant signedAt;

  /** SHA-256 (hex) of the DER certificate of the key that signed. */
  @Column(name = "key_fingerprint", nullable = false, length = 64)
  @Size(max = 64)
  private String keyFingerprint;

  /** Base64 of the DER signature. */
  @Column(nullable = false, length = 200)
  @Size(max = 200)
  private String signature;

  protected AuditAnchor() {}

  public AuditAnchor(
      Kind kind,
      long chainSeq,
      String entryHash,
      Instant signedAt,
      String keyFingerprint,
      String signature) {
    this.kind = kind;
    this.chainSeq = chainSeq;
    this.entryHash = entryHash;
    this.signedAt = signedAt.truncatedTo(ChronoUnit.MILLIS);
    this.keyFingerprint = keyFingerprint;
    this.signature = signature;
  }

  /**
   * What the signature covers, UTF-8: {@code
   * oneseal-audit-anchor-v1|<kind>|<chain_seq>|<entry_hash>| <signed_at>} with the kind as stored
   * (lower case), the sequence number in decimal and the time in UTC to the millisecond ({@code
   * 2026-12-04T12:00:00.000Z}).
   */
  public static byte[] signedText(Kind kind, long chainSeq, String entryHash, Instant signedAt) {
    return ("oneseal-audit-anchor-v1|"
            + kind.id()
            + "|"
            + chainSeq
            + "|"
            + entryHash
            + "|"
            + SIGNED_TIME.format(signedAt.truncatedTo(ChronoUnit.MILLIS)))
        .getBytes(StandardCharsets.UTF_8);
  }

  public byte[] signedText() {
    return signedText(kind, chainSeq, entryHash, signedAt);
  }

  public Long getId() {
    return id;
  }

  public Kind getKind() {
    return kind;
  }

  public long getChainSeq() {
    return chainSeq;
  }

  public String getEntryHash() {
    return entryHash;
  }

  public Instant getSignedAt() {
    return signedAt;
  }

  public String getKeyFingerprint() {
    return keyFingerprint;
  }

  public String getSignature() {
    return signature;
  }
}
