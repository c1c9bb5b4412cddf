package cn.oneseal.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.domain.model.audit.AuditAnchor;
import cn.oneseal.domain.model.audit.AuditChainHead;
import cn.oneseal.domain.model.audit.AuditChainRepository;
import cn.oneseal.domain.model.audit.AuditEntry;
import cn.oneseal.domain.model.audit.ChainWalk;
import cn.oneseal.infrastructure.seal.SystemKeyService;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The purge of old audit entries over an in-memory store: it deletes a stretch from the start of
 * the chain, only chained entries, only entries older than the cut-off, and first writes the {@code
 * start} anchor with which the kept part verifies on its own.
 */
class AuditPurgeTest {

  private static final Instant DAY = Instant.parse("2026-01-01T00:00:00Z");

  private final Store store = new Store();
  private final AuditChainer chainer = new AuditChainer();

  @BeforeEach
  void chainer() throws Exception {
    set(chainer, "repository", store);
    set(chainer, "systemKey", new FakeSystemKey());
    set(chainer, "clock", Clock.fixed(DAY.plusSeconds(86_400 * 200), ZoneOffset.UTC));
  }

  private static void set(Object target, String field, Object value) throws Exception {
    Field f = target.getClass().getDeclaredField(field);
    f.setAccessible(true);
    f.set(target, value);
  }

  private void write(int... days) {
    for (int day : days) {
      store.entries.add(
          new AuditEntry(
              DAY.plusSeconds(86_400L * day), "clerk", "act", "item", "SX", "day " + day));
      set(store.entries.get(store.entries.size() - 1), store.entries.size());
    }
  }

  private static void set(AuditEntry entry, long id) {
    try {
      Field f = AuditEntry.class.getDeclaredField("id");
      f.setAccessible(true);
      f.set(entry, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private ChainWalk.Finding verify() {
    AuditAnchor start = store.latestStart().orElse(null);
    ChainWalk walk =
        new ChainWalk(
            start,
            store.headAnchorsFrom(0),
            a -> a.getSignature().equals("c2lnbmVk")); // Base64 of "signed"
    store.entries.stream()
        .filter(e -> e.getChainSeq() != null)
        .sorted(Comparator.comparing(AuditEntry::getChainSeq))
        .forEach(walk::accept);
    return walk.finish(store.head.getLastSeq(), store::entryHashAt);
  }

  @Test
  void oldChainedEntriesGoAndTheKeptPartVerifiesFromItsSignedStart() {
    write(1, 2, 3, 4, 5);
    chainer.chainBatch();
    String hashOfThird = store.entryHashAt(3).orElseThrow();

    assertThat(chainer.purgeBefore(DAY.plusSeconds(86_400L * 3 + 3600))).isEqualTo(3);

    assertThat(store.entries).extracting(AuditEntry::getChainSeq).containsExactly(4L, 5L);
    AuditAnchor start = store.latestStart().orElseThrow();
    assertThat(start.getChainSeq()).isEqualTo(4);
    assertThat(start.getEntryHash()).isEqualTo(hashOfThird);
    assertThat(verify()).isEqualTo(new ChainWalk.Finding(true, 2, null, null, null));
    // nothing more is old enough: a second purge changes nothing
    assertThat(chainer.purgeBefore(DAY.plusSeconds(86_400L * 3 + 3600))).isZero();
    assertThat(store.anchors).hasSize(1);
  }

  @Test
  void anEntryNewerThanTheCutOffKeepsEveryEntryAfterIt() {
    // written out of time order (a long transaction): the 2nd is recent, the 3rd old
    write(1, 10, 2, 11);
    chainer.chainBatch();
    assertThat(chainer.purgeBefore(DAY.plusSeconds(86_400L * 5))).isEqualTo(1);
    assertThat(store.entries).extracting(AuditEntry::getChainSeq).containsExactly(2L, 3L, 4L);
    assertThat(verify().intact()).isTrue();
  }

  @Test
  void unchainedEntriesAreNeverDeleted() {
    write(1, 2);
    chainer.chainBatch();
    write(3);
    assertThat(chainer.purgeBefore(DAY.plusSeconds(86_400L * 100))).isEqualTo(2);
    assertThat(store.entries).hasSize(1);
    assertThat(store.entries.get(0).getChainSeq()).isNull();
    // the kept part begins after the head: the next entry chained links to the signed start
    chainer.chainBatch();
    assertThat(store.entries.get(0).getChainSeq()).isEqualTo(3);
    assertThat(verify()).isEqualTo(new ChainWalk.Finding(true, 1, null, null, null));
  }

  /** Signs with a recognisable text instead of a key: the signature itself is SystemKeyTest's. */
  private static final class FakeSystemKey extends SystemKeyService {
    @Override
    public byte[] sign(byte[] message) {
      return "signed".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    @Override
    public String fingerprint() {
      return "f".repeat(64);
    }
  }

  /** The audit tables in memory. */
  private static final class Store implements AuditChainRepository {
    final List<AuditEntry> entries = new ArrayList<>();
    final List<AuditAnchor> anchors = new ArrayList<>();
    final AuditChainHead head = newHead();

    private static AuditChainHead newHead() {
      try {
        Constructor<AuditChainHead> constructor =
            AuditChainHead.class.getDeclaredConstructor(long.class, String.class);
        constructor.setAccessible(true);
        return constructor.newInstance(0L, "0".repeat(64));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public AuditChainHead lockHead() {
      return head;
    }

    @Override
    public AuditChainHead head() {
      return head;
    }

    @Override
    public List<AuditEntry> unchained(int max) {
      return entries.stream().filter(e -> e.getChainSeq() == null).limit(max).toList();
    }

    @Override
    public long countUnchained() {
      return unchained(Integer.MAX_VALUE).size();
    }

    @Override
    public List<AuditEntry> chainedAfter(long afterSeq, long afterId, long lastSeq, int max) {
      throw new UnsupportedOperationException("the purge does not walk");
    }

    @Override
    public Optional<String> entryHashAt(long seq) {
      return entries.stream()
          .filter(e -> e.getChainSeq() != null && e.getChainSeq() == seq)
          .map(AuditEntry::getEntryHash)
          .findFirst();
    }

    @Override
    public Optional<Long> firstSeqNotBefore(Instant instant, long fromSeq) {
      return entries.stream()
          .filter(e -> e.getChainSeq() != null && e.getChainSeq() >= fromSeq)
          .filter(e -> !e.getOccurredAt().isBefore(instant))
          .map(AuditEntry::getChainSeq)
          .min(Long::compare);
    }

    @Override
    public int deleteChainedThrough(long seq) {
      int before = entries.size();
      entries.removeIf(e -> e.getChainSeq() != null && e.getChainSeq() <= seq);
      return before - entries.size();
    }

    @Override
    public void add(AuditAnchor anchor) {
      anchors.add(anchor);
    }

    @Override
    public Optional<AuditAnchor> latestStart() {
      return anchors.stream()
          .filter(a -> a.getKind() == AuditAnchor.Kind.START)
          .max(Comparator.comparingLong(AuditAnchor::getChainSeq));
    }

    @Override
    public Optional<AuditAnchor> latestHead() {
      return anchors.stream()
          .filter(a -> a.getKind() == AuditAnchor.Kind.HEAD)
          .max(Comparator.comparingLong(AuditAnchor::getChainSeq));
    }

    @Override
    public List<AuditAnchor> headAnchorsFrom(long fromSeq) {
      return anchors.stream()
          .filter(a -> a.getKind() == AuditAnchor.Kind.HEAD && a.getChainSeq() >= fromSeq)
          .toList();
    }
  }
}
