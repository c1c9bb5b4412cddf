package cn.oneseal.domain.model.audit;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Predicate;

/**
 * Checks the audit chain entry by entry, in the order of {@code chain_seq} (then id), without
 * holding more than one entry: the verification feeds it page after page from the database, a test
 * from a list. It stops at the first problem.
 *
 * <p>For every entry it checks that its sequence number is the next one (a gap: an entry before it
 * was deleted; the same number again: an entry was inserted), that it links to its predecessor's
 * hash, that its content hash is that of its stored fields (an altered row) and that its entry hash
 * follows the hash rule ({@link AuditHashes}). Each signed {@link AuditAnchor.Kind#HEAD head}
 * anchor must carry a valid signature and the hash of the entry it names — which catches a chain
 * recomputed after an edit — and an anchor naming an entry that no longer exists shows a cut tail.
 *
 * <p>The broken entry reported is the row to look at: the altered or inserted one, the one after a
 * deleted one. When only an anchor disagrees (the chain was recomputed consistently), the altered
 * entry lies somewhere between the last anchor that agreed and that one: the first entry of that
 * stretch is reported.
 */
public final class ChainWalk {

  /** What is wrong, as the verification reports it. */
  public enum Problem {
    /** The stored fields do not give the stored content hash: the row was altered. */
    CONTENT,
    /** The entry hash does not follow from the previous hash, sequence and content hash. */
    ENTRY_HASH,
    /** The previous hash is not the predecessor's entry hash. */
    LINK,
    /** A sequence number was skipped: the entry before this one was deleted. */
    GAP,
    /** A sequence number came twice: this entry was inserted. */
    DUPLICATE,
    /** A signed anchor's signature does not verify with the system key. */
    ANCHOR_SIGNATURE,
    /** The entry a head anchor names has another hash than was signed: the chain was recomputed. */
    ANCHOR_MISMATCH,
    /**
     * Entries that were chained (and signed, or counted by the chain head) are missing at the end.
     */
    TRUNCATED
  }

  /** The outcome. {@code firstBrokenEntry} is an audit_log id, {@code brokenSeq} a chain_seq. */
  public record Finding(
      boolean intact, long entries, Long firstBrokenEntry, Long brokenSeq, Problem problem) {}

  private final Deque<AuditAnchor> anchors;
  private final Predicate<AuditAnchor> signatureValid;
  private long expectedSeq;
  private String expectedPrevious;
  private long entries;
  private Long stretchStart;
  private Finding broken;

  /**
   * @param start the latest {@code start} anchor (where the kept part begins after a purge), or
   *     {@code null} for a chain kept from its genesis
   * @param headAnchors the {@code head} anchors; those before the start are ignored
   * @param signatureValid whether an anchor's signature verifies with the system key
   */
  public ChainWalk(
      AuditAnchor start, List<AuditAnchor> headAnchors, Predicate<AuditAnchor> signatureValid) {
    this.signatureValid = signatureValid;
    this.expectedSeq = start == null ? 1 : start.getChainSeq();
    this.expectedPrevious = start == null ? AuditHashes.GENESIS : start.getEntryHash();
    this.anchors =
        new ArrayDeque<>(
            headAnchors.stream()
                .filter(a -> a.getChainSeq() >= expectedSeq)
                .sorted(Comparator.comparingLong(AuditAnchor::getChainSeq))
                .toList());
    if (start != null && !signatureValid.test(start)) {
      broken = new Finding(false, 0, null, start.getChainSeq(), Problem.ANCHOR_SIGNATURE);
    }
  }

  /**
   * A walk of the entries after a point already vouched for — the latest signed head, before it is
   * signed again: from {@code seq + 1}, linking to {@code hash}, no anchors to check.
   */
  public static ChainWalk after(long seq, String hash) {
    return new ChainWalk(seq + 1, hash);
  }

  private ChainWalk(long firstSeq, String previousHash) {
    this.signatureValid = anchor -> false;
    this.anchors = new ArrayDeque<>();
    this.expectedSeq = firstSeq;
    this.expectedPrevious = previousHash;
  }

  /** The entry hash of the last entry accepted (the previous hash the next one must carry). */
  public String lastHash() {
    return expectedPrevious;
  }

  /** Whether the walk goes on (no problem found yet). */
  public boolean intactSoFar() {
    return broken == null;
  }

  /** The next entry in order of sequence (then id); ignored once a problem was found. */
  public void accept(AuditEntry entry) {
    if (broken != null) {
      return;
    }
    long seq = entry.getChainSeq();
    if (seq < expectedSeq) {
      fail(entry.getId(), seq, Problem.DUPLICATE);
      return;
    }
    if (seq > expectedSeq) {
      fail(entry.getId(), seq, Problem.GAP);
      return;
    }
    if (!expectedPrevious.equals(entry.getPreviousHash())) {
      fail(entry.getId(), seq, Problem.LINK);
      return;
    }
    String content = AuditHashes.contentHash(entry);
    if (!content.equals(entry.getContentHash())) {
      fail(entry.getId(), seq, Problem.CONTENT);
      return;
    }
    if (!AuditHashes.entryHash(expectedPrevious, seq, content).equals(entry.getEntryHash())) {
      fail(entry.getId(), seq, Problem.ENTRY_HASH);
      return;
    }
    if (stretchStart == null) {
      stretchStart = entry.getId();
    }
    boolean anchoredHere = false;
    while (!anchors.isEmpty() && anchors.peekFirst().getChainSeq() == seq) {
      AuditAnchor anchor = anchors.removeFirst();
      if (!signatureValid.test(anchor)) {
        fail(stretchStart, seq, Problem.ANCHOR_SIGNATURE);
        return;
      }
      if (!anchor.getEntryHash().equals(entry.getEntryHash())) {
        fail(stretchStart, seq, Problem.ANCHOR_MISMATCH);
        return;
      }
      anchoredHere = true;
    }
    if (anchoredHere) {
      // everything up to here is vouched for by a signature: a later mismatch lies after it
      stretchStart = null;
    }
    entries++;
    expectedSeq = seq + 1;
    expectedPrevious = entry.getEntryHash();
  }

  /**
   * The outcome, once every entry up to the chain head was fed.
   *
   * @param headSeq the chain head's last sequence number when the walk began
   * @param entryHashAt the hash of the entry with a sequence number, if one exists: for anchors
   *     past the last entry walked (signed after the walk began, or naming entries that were cut
   *     off)
   */
  public Finding finish(long headSeq, LongFunction<Optional<String>> entryHashAt) {
    if (broken != null) {
      return new Finding(
          false, entries, broken.firstBrokenEntry(), broken.brokenSeq(), broken.problem());
    }
    long last = expectedSeq - 1;
    if (last < headSeq) {
      return new Finding(false, entries, null, expectedSeq, Problem.TRUNCATED);
    }
    for (AuditAnchor anchor : anchors) {
      if (!signatureValid.test(anchor)) {
        return new Finding(false, entries, null, anchor.getChainSeq(), Problem.ANCHOR_SIGNATURE);
      }
      Optional<String> hash = entryHashAt.apply(anchor.getChainSeq());
      if (hash.isEmpty()) {
        return new Finding(false, entries, null, expectedSeq, Problem.TRUNCATED);
      }
      if (!hash.get().equals(anchor.getEntryHash())) {
        return new Finding(false, entries, null, anchor.getChainSeq(), Problem.ANCHOR_MISMATCH);
      }
    }
    return new Finding(true, entries, null, null, null);
  }

  private void fail(Long entryId, long seq, Problem problem) {
    broken = new Finding(false, entries, entryId, seq, problem);
  }
}
