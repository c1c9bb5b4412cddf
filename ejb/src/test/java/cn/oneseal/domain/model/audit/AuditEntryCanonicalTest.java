package cn.oneseal.domain.model.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The canonical form that the content hash covers (docs/audit.md), and the hash rule. */
class AuditEntryCanonicalTest {

  private static final Instant AT = Instant.parse("2026-12-04T08:15:30.123456789Z");

  @Test
  void theCanonicalFormIsLengthPrefixedUtf8WithTheTimeToTheMillisecond() {
    AuditEntry entry = new AuditEntry(42L, AT, "clerk", "item.update", "item", "SX-01", "名称：营业执照");
    assertThat(new String(entry.canonicalContent(), StandardCharsets.UTF_8))
        .isEqualTo(
            "oneseal-audit-v1\n"
                + "id=2:42\n"
                + "occurredAt=24:2026-12-04T08:15:30.123Z\n"
                + "actor=5:clerk\n"
                + "action=11:item.update\n"
                + "subjectType=4:item\n"
                + "subjectId=5:SX-01\n"
                // 名称：营业执照 is 7 characters of 3 bytes each in UTF-8
                + "detail=21:名称：营业执照\n");
  }

  @Test
  void aWholeSecondStillShowsItsMillisecondsAndNullIsNotTheEmptyText() {
    AuditEntry empty =
        new AuditEntry(1L, Instant.parse("2026-01-01T00:00:00Z"), "a", "b", "c", "d", "");
    AuditEntry none =
        new AuditEntry(1L, Instant.parse("2026-01-01T00:00:00Z"), "a", "b", "c", "d", null);
    assertThat(new String(empty.canonicalContent(), StandardCharsets.UTF_8))
        .contains("occurredAt=24:2026-01-01T00:00:00.000Z\n")
        .endsWith("detail=0:\n");
    assertThat(new String(none.canonicalContent(), StandardCharsets.UTF_8)).endsWith("detail=~\n");
    assertThat(AuditHashes.contentHash(empty)).isNotEqualTo(AuditHashes.contentHash(none));
  }

  @Test
  void aValueCannotPassForTwoFields() {
    // without the lengths, "actor=a\naction=b" could be the actor "a\naction=b" and so on
    AuditEntry honest = new AuditEntry(1L, AT, "a", "b\nsubjectType=1:x", "c", "d", "e");
    AuditEntry forged = new AuditEntry(1L, AT, "a", "b", "x", "d", "e");
    assertThat(AuditHashes.contentHash(honest)).isNotEqualTo(AuditHashes.contentHash(forged));
  }

  @Test
  void microsecondsTheDatabaseDropsDoNotChangeTheHash() {
    AuditEntry written = new AuditEntry(7L, AT, "a", "b", "c", "d", "e");
    AuditEntry readBack =
        new AuditEntry(7L, Instant.parse("2026-12-04T08:15:30.123456Z"), "a", "b", "c", "d", "e");
    assertThat(AuditHashes.contentHash(readBack)).isEqualTo(AuditHashes.contentHash(written));
  }

  @Test
  void theEntryHashFollowsTheDocumentedRule() {
    // printf '%s|%s|%s' <64 zeros> 1 <content hash> | sha256sum
    String content = AuditHashes.sha256("x".getBytes(StandardCharsets.UTF_8));
    assertThat(AuditHashes.entryHash(AuditHashes.GENESIS, 1, content))
        .isEqualTo(
            AuditHashes.sha256(
                (AuditHashes.GENESIS + "|1|" + content).getBytes(StandardCharsets.UTF_8)))
        .hasSize(64)
        .matches("[0-9a-f]{64}");
  }

  @Test
  void chainingLinksEachEntryToItsPredecessorAndHappensOnce() {
    AuditChainHead head = new AuditChainHead(0, AuditHashes.GENESIS);
    AuditEntry first = new AuditEntry(10L, AT, "a", "b", "c", "d", "e");
    AuditEntry second = new AuditEntry(11L, AT, "a", "b", "c", "d", "f");
    head.append(first);
    head.append(second);
    assertThat(first.getChainSeq()).isEqualTo(1);
    assertThat(first.getPreviousHash()).isEqualTo(AuditHashes.GENESIS);
    assertThat(second.getChainSeq()).isEqualTo(2);
    assertThat(second.getPreviousHash()).isEqualTo(first.getEntryHash());
    assertThat(second.getEntryHash())
        .isEqualTo(AuditHashes.entryHash(first.getEntryHash(), 2, AuditHashes.contentHash(second)));
    assertThat(head.getLastSeq()).isEqualTo(2);
    assertThat(head.getLastHash()).isEqualTo(second.getEntryHash());
    assertThatThrownBy(() -> head.append(first)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theAnchorsSignedTextNamesKindPositionHashAndTime() {
    String hash = "ab".repeat(32);
    assertThat(
            new String(
                AuditAnchor.signedText(
                    AuditAnchor.Kind.START, 12, hash, Instant.parse("2026-12-04T08:00:00.5Z")),
                StandardCharsets.UTF_8))
        .isEqualTo("oneseal-audit-anchor-v1|start|12|" + hash + "|2026-12-04T08:00:00.500Z");
  }
}
