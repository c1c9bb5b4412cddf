package cn.oneseal.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

/**
 * The one row that says where the audit chain ends: the last chained entry's sequence number and
 * hash. It is also the lock of the chain: whoever chains or purges holds it ({@code select … for
 * update}), so on any number of nodes exactly one chainer runs at a time and sequence numbers are
 * handed out once. Keeping the last hash here (rather than reading the last row) means that a tail
 * edited in the database is not built upon: the next entry links to the hash the chainer gave.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

  /** The id of the one row. */
  public static final short ID = 1;

  @Id private short id;

  @Column(name = "last_seq", nullable = false)
  private long lastSeq;

  @Column(name = "last_hash", nullable = false, length = 64)
  @Size(max = 64)
  private String lastHash;

  protected AuditChainHead() {}

  /** A head held in memory (tests, and checking a copy of the chain). */
  AuditChainHead(long lastSeq, String lastHash) {
    this.id = ID;
    this.lastSeq = lastSeq;
    this.lastHash = lastHash;
  }

  public long getLastSeq() {
    return lastSeq;
  }

  public String getLastHash() {
    return lastHash;
  }

  /** Appends {@code entry}, the next unchained entry, to the chain. */
  public void append(AuditEntry entry) {
    long seq = lastSeq + 1;
    String content = AuditHashes.contentHash(entry);
    String hash = AuditHashes.entryHash(lastHash, seq, content);
    entry.chain(seq, lastHash, content, hash);
    lastSeq = seq;
    lastHash = hash;
  }
}
