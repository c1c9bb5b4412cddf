package cn.oneseal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What this server knows of the reads it recorded: a read stands for the same person, case and
 * purpose from its time on, and nothing else; when full, the reads outside the window go first.
 */
class RecentReadsTest {

  private static final Instant T = Instant.parse("2026-12-06T02:00:00Z");

  @Test
  void aRecordedReadIsKnownForItsPersonCaseAndPurposeFromItsTimeOn() {
    RecentReads reads = new RecentReads();
    reads.keep(new RecentReads.Recorded("officer", "A-1", "reviewApplication", T), T);

    assertThat(reads.recordedSince("officer", "A-1", "reviewApplication", T.minusSeconds(600)))
        .isTrue();
    assertThat(reads.recordedSince("officer", "A-1", "reviewApplication", T)).isTrue();
    // the window has moved past it: the trail is asked again
    assertThat(reads.recordedSince("officer", "A-1", "reviewApplication", T.plusSeconds(1)))
        .isFalse();
    assertThat(reads.recordedSince("chief", "A-1", "reviewApplication", T.minusSeconds(600)))
        .isFalse();
    assertThat(reads.recordedSince("officer", "A-2", "reviewApplication", T.minusSeconds(600)))
        .isFalse();
    assertThat(reads.recordedSince("officer", "A-1", "caseFile", T.minusSeconds(600))).isFalse();
  }

  @Test
  void anEarlierReadDoesNotReplaceALaterOne() {
    RecentReads reads = new RecentReads();
    reads.keep(new RecentReads.Recorded("officer", "A-1", "caseFile", T), T);
    reads.keep(new RecentReads.Recorded("officer", "A-1", "caseFile", T.minusSeconds(60)), T);

    assertThat(reads.recordedSince("officer", "A-1", "caseFile", T)).isTrue();
  }

  @Test
  void whenFullTheReadsOutsideTheWindowGoFirst() {
    RecentReads reads = new RecentReads();
    for (int i = 0; i < RecentReads.LIMIT - 1; i++) {
      reads.keep(new RecentReads.Recorded("old", "A-" + i, "caseFile", T.minusSeconds(3600)), T);
    }
    reads.keep(new RecentReads.Recorded("officer", "B-1", "caseFile", T), T);
    assertThat(reads.size()).isEqualTo(RecentReads.LIMIT);

    reads.keep(new RecentReads.Recorded("officer", "B-2", "caseFile", T), T.minusSeconds(600));

    assertThat(reads.size()).isEqualTo(2);
    assertThat(reads.recordedSince("officer", "B-1", "caseFile", T)).isTrue();
    assertThat(reads.recordedSince("officer", "B-2", "caseFile", T)).isTrue();
    assertThat(reads.recordedSince("old", "A-1", "caseFile", T.minusSeconds(7200))).isFalse();
  }

  @Test
  void whenFullOfReadsWithinTheWindowItStartsAgain() {
    RecentReads reads = new RecentReads();
    for (int i = 0; i < RecentReads.LIMIT; i++) {
      reads.keep(new RecentReads.Recorded("officer", "A-" + i, "caseFile", T), T);
    }

    reads.keep(new RecentReads.Recorded("officer", "B-1", "caseFile", T), T.minusSeconds(600));

    assertThat(reads.size()).isEqualTo(1);
    assertThat(reads.recordedSince("officer", "B-1", "caseFile", T)).isTrue();
  }
}
