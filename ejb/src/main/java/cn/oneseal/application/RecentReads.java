package cn.oneseal.application;

import cn.oneseal.infrastructure.config.OneSealConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The reads of cases this server has put on the audit trail lately, so that a read already on the
 * trail within the read window is known without asking the database ({@link CaseReads}: a member of
 * staff reads a case a few times per step — its tasks, the claim's answer, the task's page). Only a
 * shortcut: a read not known here (another node's, one from before a restart, one forgotten to keep
 * this small) is looked up on the trail as before. A read is known once the transaction that
 * recorded it has committed.
 */
@ApplicationScoped
public class RecentReads {

  /** Fired when a read was recorded; kept once its transaction has committed. */
  public record Recorded(String actor, String number, String purpose, Instant at) {}

  /** The most reads kept; past it, those older than the window go, and then all of them. */
  static final int LIMIT = 20_000;

  private record Key(String actor, String number, String purpose) {}

  private final ConcurrentHashMap<Key, Instant> recorded = new ConcurrentHashMap<>();

  @Inject OneSealConfig config;

  /** Whether this server recorded the read at or after {@code since}. */
  public boolean recordedSince(String actor, String number, String purpose, Instant since) {
    Instant at = recorded.get(new Key(actor, number, purpose));
    return at != null && !at.isBefore(since);
  }

  /** Keeps a read once the transaction that recorded it has committed. */
  void onRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) Recorded read) {
    keep(read, read.at().minus(config.auditReadWindow()));
  }

  /**
   * Keeps a read; when full, first forgets those recorded before {@code forgetBefore} (outside the
   * window by now), and if that is not enough, all of them.
   */
  void keep(Recorded read, Instant forgetBefore) {
    if (recorded.size() >= LIMIT) {
      recorded.values().removeIf(at -> at.isBefore(forgetBefore));
      if (recorded.size() >= LIMIT) {
        recorded.clear();
      }
    }
    recorded.merge(
        new Key(read.actor(), read.number(), read.purpose()),
        read.at(),
        (kept, now) -> kept.isAfter(now) ? kept : now);
  }

  int size() {
    return recorded.size();
  }
}
