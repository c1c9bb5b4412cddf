package cn.oneseal.domain.model.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the chaining job, the verification and the purge need from the stored audit trail. */
public interface AuditChainRepository {

  /** The chain head, locked until the transaction ends: the one chainer at a time. */
  AuditChainHead lockHead();

  /** The chain head as it is now, without a lock. */
  AuditChainHead head();

  /** Up to {@code max} entries not chained yet, in the order they were written (by id). */
  List<AuditEntry> unchained(int max);

  long countUnchained();

  /**
   * Up to {@code max} chained entries after the position ({@code afterSeq}, {@code afterId}) in the
   * order of chain_seq then id, none beyond {@code lastSeq}: one page of the walk.
   */
  List<AuditEntry> chainedAfter(long afterSeq, long afterId, long lastSeq, int max);

  /** The hash of the (first) entry with this sequence number, if there is one. */
  Optional<String> entryHashAt(long seq);

  /**
   * The smallest sequence number at or after {@code fromSeq} of an entry not older than {@code
   * instant}.
   */
  Optional<Long> firstSeqNotBefore(Instant instant, long fromSeq);

  /** Deletes the chained entries up to and including {@code seq}; unchained ones stay. */
  int deleteChainedThrough(long seq);

  void add(AuditAnchor anchor);

  /** The start anchor where the kept part of the chain begins (the highest one). */
  Optional<AuditAnchor> latestStart();

  /** The head anchor with the highest sequence number, the latest signed at that. */
  Optional<AuditAnchor> latestHead();

  /** The head anchors at or after {@code fromSeq}, in order of sequence number. */
  List<AuditAnchor> headAnchorsFrom(long fromSeq);
}
