package cn.oneseal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.oneseal.domain.model.evaluation.ServiceEvaluation;
import cn.oneseal.domain.model.evaluation.ServiceEvaluation.FollowUp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * 好差评's rules without a server: a rating of 1 or 2 is negative and opens a follow-up, answered once
 * (the satisfaction rate: SatisfactionFiguresTest).
 */
class EvaluationFiguresTest {

  private static ServiceEvaluation rated(int level) {
    return new ServiceEvaluation(
        "XK20261204000001",
        "SC-0001",
        "MARKET_ACCESS",
        Set.of("clerk"),
        level,
        null,
        null,
        "zhangsan",
        Instant.parse("2026-12-04T02:00:00Z"));
  }

  @Test
  void onlyRatingsOfOneAndTwoAreFollowedUp() {
    assertThat(rated(1).getFollowUp()).isEqualTo(FollowUp.OPEN);
    assertThat(rated(2).getFollowUp()).isEqualTo(FollowUp.OPEN);
    assertThat(rated(3).getFollowUp()).isEqualTo(FollowUp.NONE);
    assertThat(rated(5).getFollowUp()).isEqualTo(FollowUp.NONE);
    assertThatThrownBy(() -> rated(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> rated(6)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFollowUpIsAnsweredOnceAndOnlyIfOpen() {
    ServiceEvaluation negative = rated(1);
    negative.followUpOpened("task-1", LocalDate.of(2026, 12, 25));
    negative.answer("已整改", "chief", Instant.parse("2026-12-05T02:00:00Z"));
    assertThat(negative.getFollowUp()).isEqualTo(FollowUp.ANSWERED);
    assertThat(negative.getAnsweredBy()).isEqualTo("chief");
    assertThatThrownBy(() -> negative.answer("again", "chief", Instant.now()))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> rated(4).answer("nothing to answer", "chief", Instant.now()))
        .isInstanceOf(IllegalStateException.class);
  }
}
