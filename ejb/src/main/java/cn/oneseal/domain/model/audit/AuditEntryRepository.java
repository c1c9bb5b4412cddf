package cn.oneseal.domain.model.audit;

import java.time.Instant;
import java.util.List;

/** The audit trail as the services read and append to it. */
public interface AuditEntryRepository {

  void add(AuditEntry entry);

  /**
   * Whether {@code actor} has a read of the case {@code number} for {@code purpose} on record at or
   * after {@code since}.
   */
  boolean readSince(String actor, String number, String purpose, Instant since);

  /** One slice of the case's trail (acts and reads), in the order they happened. */
  List<AuditEntry> ofCase(String number, int offset, int size);

  long countOfCase(String number);

  /** The reads of the case, latest first, at most {@code limit}. */
  List<AuditEntry> readsOf(String number, int limit);
}
