package cn.oneseal.application;

import cn.oneseal.domain.model.audit.AuditAnchor;
import cn.oneseal.domain.model.audit.AuditChainHead;
import cn.oneseal.domain.model.audit.AuditChainRepository;
import cn.oneseal.domain.model.audit.AuditEntry;
import cn.oneseal.infrastructure.seal.SystemKeyService;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The steps that change the audit chain, each in a transaction of its own holding the chain head's
 * lock ({@link AuditChainRepository#lockHead()}), so that on every node exactly one runs at a time:
 * chaining a batch of entries, signing the head, purging old entries. {@link AuditChainService}
 * drives them.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AuditChainer {

  /** Entries chained per transaction. */
  static final int BATCH = 500;

  @Inject private AuditChainRepository repository;

  @Inject private SystemKeyService systemKey;

  @Inject private Clock clock;

  /**
   * Chains up to {@value #BATCH} unchained entries in the order they were written.
   *
   * @return how many were chained
   */
  public int chainBatch() {
    AuditChainHead head = repository.lockHead();
    List<AuditEntry> entries = repository.unchained(BATCH);
    entries.forEach(head::append);
    return entries.size();
  }

  /**
   * Signs a {@code head} anchor at the chain position {@code seq} with the entry hash {@code hash},
   * unless an anchor at that position or later exists already. The caller has checked the entries
   * since the previous anchor ({@link AuditChainService}); the lock only orders this signature
   * after any other.
   */
  public Optional<AuditAnchor> signHead(long seq, String hash) {
    repository.lockHead();
    Optional<AuditAnchor> latest = repository.latestHead();
    if (latest.isPresent() && latest.get().getChainSeq() >= seq) {
      return Optional.empty();
    }
    AuditAnchor anchor = sign(AuditAnchor.Kind.HEAD, seq, hash, clock.instant());
    repository.add(anchor);
    return Optional.of(anchor);
  }

  /**
   * Deletes the oldest chained entries, all of them older than {@code cutoff}, as one stretch from
   * the start of the kept chain: an entry is kept if it or any entry after it in the chain is not
   * older (entries are chained in the order they were written, which their times follow only
   * roughly). Unchained entries are never deleted. A signed {@code start} anchor at the first kept
   * position, with the hash the first kept entry links to, is written first, so that the rest still
   * verifies.
   *
   * @return how many entries were deleted
   */
  public int purgeBefore(Instant cutoff) {
    AuditChainHead head = repository.lockHead();
    long startSeq = repository.latestStart().map(AuditAnchor::getChainSeq).orElse(1L);
    long firstKept = repository.firstSeqNotBefore(cutoff, startSeq).orElse(head.getLastSeq() + 1);
    if (firstKept <= startSeq) {
      return 0;
    }
    String linkedHash =
        firstKept == head.getLastSeq() + 1
            ? head.getLastHash()
            : repository
                .entryHashAt(firstKept - 1)
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            "audit chain entry "
                                + (firstKept - 1)
                                + " is missing: verify the chain before purging"));
    repository.add(sign(AuditAnchor.Kind.START, firstKept, linkedHash, clock.instant()));
    return repository.deleteChainedThrough(firstKept - 1);
  }

  private AuditAnchor sign(AuditAnchor.Kind kind, long seq, String hash, Instant at) {
    byte[] signature = systemKey.sign(AuditAnchor.signedText(kind, seq, hash, at));
    return new AuditAnchor(
        kind,
        seq,
        hash,
        at,
        systemKey.fingerprint(),
        Base64.getEncoder().encodeToString(signature));
  }
}
