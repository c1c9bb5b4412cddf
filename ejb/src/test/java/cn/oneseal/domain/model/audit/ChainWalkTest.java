package cn.oneseal.domain.model.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.domain.model.audit.ChainWalk.Finding;
import cn.oneseal.domain.model.audit.ChainWalk.Problem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The verification's walk over a chain held in memory, against each kind of tampering a database
 * administrator could do to the rows: alter, delete, insert, cut off the tail, recompute the chain
 * after an edit, forge an anchor — and a purge, after which the kept part must still verify.
 * Anchors here count as signed when their signature is {@code "ok"}; the real signature is the
 * system key's (AuditChainIT).
 */
class ChainWalkTest {

  private static final Instant AT = Instant.parse("2026-12-04T08:00:00Z");

  private List<AuditEntry> rows;
  private AuditChainHead head;

  @BeforeEach
  void fiveChainedEntries() {
    head = new AuditChainHead(0, AuditHashes.GENESIS);
    rows = new ArrayList<>();
    for (long id = 101; id <= 105; id++) {
      AuditEntry entry = entry(id, "detail " + id);
      head.append(entry);
      rows.add(entry);
    }
  }

  private static AuditEntry entry(long id, String detail) {
    return new AuditEntry(id, AT.plusSeconds(id), "clerk", "item.update", "item", "SX-01", detail);
  }

  private AuditEntry row(long seq) {
    return rows.stream().filter(r -> r.getChainSeq() == seq).findFirst().orElseThrow();
  }

  private static AuditAnchor anchor(AuditAnchor.Kind kind, long seq, String hash) {
    return new AuditAnchor(kind, seq, hash, AT, "fingerprint", "ok");
  }

  private AuditAnchor headAnchor(long seq) {
    return anchor(AuditAnchor.Kind.HEAD, seq, row(seq).getEntryHash());
  }

  private Finding walk(AuditAnchor start, List<AuditAnchor> anchors, long headSeq) {
    ChainWalk walk = new ChainWalk(start, anchors, a -> a.getSignature().equals("ok"));
    rows.stream()
        .filter(r -> start == null || r.getChainSeq() >= start.getChainSeq())
        .sorted(Comparator.comparing(AuditEntry::getChainSeq).thenComparing(AuditEntry::getId))
        .forEach(walk::accept);
    return walk.finish(
        headSeq,
        seq ->
            rows.stream()
                .filter(r -> r.getChainSeq() == seq)
                .map(AuditEntry::getEntryHash)
                .findFirst());
  }

  private Finding walk(List<AuditAnchor> anchors) {
    return walk(null, anchors, head.getLastSeq());
  }

  /** The row as an UPDATE in the database leaves it: other content, the same chain columns. */
  private void alter(long seq, String detail) {
    AuditEntry original = row(seq);
    AuditEntry altered = entry(original.getId(), detail);
    altered.chain(
        seq, original.getPreviousHash(), original.getContentHash(), original.getEntryHash());
    rows.set(rows.indexOf(original), altered);
  }

  @Test
  void anUntouchedChainIsIntact() {
    Finding finding = walk(List.of(headAnchor(3), headAnchor(5)));
    assertThat(finding).isEqualTo(new Finding(true, 5, null, null, null));
  }

  @Test
  void anAlteredEntryIsReported() {
    alter(3, "detail changed");
    assertThat(walk(List.of(headAnchor(5))))
        .isEqualTo(new Finding(false, 2, 103L, 3L, Problem.CONTENT));
  }

  @Test
  void aDeletedEntryIsReportedByTheEntryAfterIt() {
    rows.remove(row(3));
    assertThat(walk(List.of(headAnchor(5))))
        .isEqualTo(new Finding(false, 2, 104L, 4L, Problem.GAP));
  }

  @Test
  void anInsertedEntryWithAForgedPlaceIsReported() {
    // well-formed in itself: links to entry 2, its own content and entry hash are right
    AuditEntry forged = entry(999, "never happened");
    String content = AuditHashes.contentHash(forged);
    forged.chain(
        3,
        row(2).getEntryHash(),
        content,
        AuditHashes.entryHash(row(2).getEntryHash(), 3, content));
    rows.add(forged);
    assertThat(walk(List.of(headAnchor(5))))
        .isEqualTo(new Finding(false, 3, 999L, 3L, Problem.DUPLICATE));
  }

  @Test
  void anEntryWhoseHashWasEditedIsReported() {
    AuditEntry original = row(4);
    AuditEntry edited = entry(original.getId(), "detail 104");
    edited.chain(4, original.getPreviousHash(), original.getContentHash(), "f".repeat(64));
    rows.set(rows.indexOf(original), edited);
    assertThat(walk(List.of())).isEqualTo(new Finding(false, 3, 104L, 4L, Problem.ENTRY_HASH));
  }

  @Test
  void aChainRecomputedAfterAnEditIsCaughtByTheSignedHead() {
    List<AuditAnchor> anchors = List.of(headAnchor(2), headAnchor(5));
    // the administrator alters entry 3 and recomputes every hash from there on, consistently
    AuditChainHead forger = new AuditChainHead(2, row(2).getEntryHash());
    List<AuditEntry> recomputed = new ArrayList<>(rows.subList(0, 2));
    for (long seq = 3; seq <= 5; seq++) {
      AuditEntry copy =
          entry(row(seq).getId(), seq == 3 ? "detail changed" : "detail " + (100 + seq));
      forger.append(copy);
      recomputed.add(copy);
    }
    rows = recomputed;
    // without the signed head, nothing would show
    assertThat(walk(List.of()).intact()).isTrue();
    // the head anchored at 5 disagrees; the stretch since the anchor at 2 that agreed begins at 103
    assertThat(walk(anchors)).isEqualTo(new Finding(false, 4, 103L, 5L, Problem.ANCHOR_MISMATCH));
  }

  @Test
  void aCutOffTailIsCaughtByTheSignedHeadEvenWhenTheHeadRowWasRolledBack() {
    List<AuditAnchor> anchors = List.of(headAnchor(5));
    rows.remove(row(5));
    rows.remove(row(4));
    // the head row still says 5
    assertThat(walk(null, anchors, 5))
        .isEqualTo(new Finding(false, 3, null, 4L, Problem.TRUNCATED));
    // the head row set back to 3 as well: the anchor names an entry that is gone
    assertThat(walk(null, anchors, 3))
        .isEqualTo(new Finding(false, 3, null, 4L, Problem.TRUNCATED));
  }

  @Test
  void aForgedAnchorIsReported() {
    AuditAnchor forged =
        new AuditAnchor(AuditAnchor.Kind.HEAD, 4, row(4).getEntryHash(), AT, "fingerprint", "xx");
    assertThat(walk(List.of(headAnchor(2), forged)))
        .isEqualTo(new Finding(false, 3, 103L, 4L, Problem.ANCHOR_SIGNATURE));
  }

  @Test
  void anAnchorSignedAfterTheWalkBeganIsCheckedAgainstItsEntry() {
    AuditEntry late = entry(106, "chained during the walk");
    head.append(late);
    List<AuditAnchor> anchors = List.of(anchor(AuditAnchor.Kind.HEAD, 6, late.getEntryHash()));
    ChainWalk walk = new ChainWalk(null, anchors, a -> true);
    rows.forEach(walk::accept);
    assertThat(
            walk.finish(5, seq -> seq == 6 ? Optional.of(late.getEntryHash()) : Optional.empty()))
        .isEqualTo(new Finding(true, 5, null, null, null));
    ChainWalk again = new ChainWalk(null, anchors, a -> true);
    rows.forEach(again::accept);
    assertThat(again.finish(5, seq -> Optional.of("0".repeat(64))).problem())
        .isEqualTo(Problem.ANCHOR_MISMATCH);
  }

  @Test
  void afterAPurgeTheKeptPartVerifiesFromItsStartAnchor() {
    List<AuditAnchor> anchors = List.of(headAnchor(2), headAnchor(5));
    AuditAnchor start = anchor(AuditAnchor.Kind.START, 3, row(2).getEntryHash());
    rows.remove(row(1));
    rows.remove(row(2));
    assertThat(walk(start, anchors, 5)).isEqualTo(new Finding(true, 3, null, null, null));
    // without the anchor the kept part looks like a chain whose beginning was deleted
    assertThat(walk(null, anchors, 5)).isEqualTo(new Finding(false, 0, 103L, 3L, Problem.GAP));
  }

  @Test
  void aForgedStartAnchorCannotHideADeletion() {
    rows.remove(row(1));
    rows.remove(row(2));
    rows.remove(row(3));
    AuditAnchor forged =
        new AuditAnchor(AuditAnchor.Kind.START, 4, row(4).getPreviousHash(), AT, "fp", "xx");
    assertThat(walk(forged, List.of(headAnchor(5)), 5).problem())
        .isEqualTo(Problem.ANCHOR_SIGNATURE);
  }

  @Test
  void deletingTheFirstKeptEntryAfterAPurgeIsReported() {
    AuditAnchor start = anchor(AuditAnchor.Kind.START, 3, row(2).getEntryHash());
    rows.remove(row(1));
    rows.remove(row(2));
    rows.remove(row(3));
    assertThat(walk(start, List.of(), 5)).isEqualTo(new Finding(false, 0, 104L, 4L, Problem.GAP));
  }

  @Test
  void beforeSigningTheHeadAgainTheEntriesSinceTheLastSignatureMustLinkUpToIt() {
    ChainWalk fromSignedHead = ChainWalk.after(2, row(2).getEntryHash());
    rows.stream().filter(r -> r.getChainSeq() > 2).forEach(fromSignedHead::accept);
    assertThat(fromSignedHead.finish(5, seq -> Optional.empty()).intact()).isTrue();
    assertThat(fromSignedHead.lastHash()).isEqualTo(head.getLastHash());

    alter(4, "detail changed");
    ChainWalk again = ChainWalk.after(2, row(2).getEntryHash());
    rows.stream().filter(r -> r.getChainSeq() > 2).forEach(again::accept);
    assertThat(again.finish(5, seq -> Optional.empty()))
        .isEqualTo(new Finding(false, 1, 104L, 4L, Problem.CONTENT));
  }
}
