package cn.oneseal.application.dto;

import jakarta.json.bind.annotation.JsonbNillable;
import java.io.Serializable;
import java.time.Instant;

/**
 * The outcome of walking the audit chain (docs/audit.md, "Verification"). Its JSON names every
 * field, null ones too ({@code "firstBrokenEntry": null} when intact).
 *
 * @param intact whether every entry, link and signed anchor checked
 * @param entries the entries checked (up to the first problem)
 * @param firstBrokenEntry the audit_log id of the first altered or inserted entry, or of the entry
 *     after a deleted one; null when intact (and for a cut-off tail, which has no entry after it)
 * @param brokenSeq the chain position of the problem; null when intact
 * @param problem what is wrong ({@code CONTENT}, {@code LINK}, {@code GAP}, {@code DUPLICATE},
 *     {@code ENTRY_HASH}, {@code ANCHOR_SIGNATURE}, {@code ANCHOR_MISMATCH}, {@code TRUNCATED});
 *     null when intact
 * @param headSeq the last chained entry's position when the walk began
 * @param startSeq where the kept chain begins (1 unless entries were purged)
 * @param pending entries written but not chained yet
 * @param lastSignedSeq the position of the latest signed head, if any
 * @param lastSignedHash the entry hash signed there
 * @param lastSignedAt when it was signed
 * @param lastSignature the signature (Base64 DER, SHA256withECDSA) of that anchor's signed text
 * @param keyFingerprint SHA-256 of the system certificate that checks the anchors
 * @param verifiedAt when this verification ran
 */
@JsonbNillable
public record AuditVerification(
    boolean intact,
    long entries,
    Long firstBrokenEntry,
    Long brokenSeq,
    String problem,
    long headSeq,
    long startSeq,
    long pending,
    Long lastSignedSeq,
    String lastSignedHash,
    Instant lastSignedAt,
    String lastSignature,
    String keyFingerprint,
    Instant verifiedAt)
    implements Serializable {}
