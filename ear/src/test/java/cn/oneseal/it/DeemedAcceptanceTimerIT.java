package cn.oneseal.it;

import static cn.oneseal.it.support.Casework.ACCEPT;
import static cn.oneseal.it.support.Casework.application;
import static cn.oneseal.it.support.Casework.claimAndComplete;
import static cn.oneseal.it.support.Casework.submit;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Casework;
import cn.oneseal.it.support.OneSealServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An application nobody accepts in time counts as accepted (视为受理). The server under test runs with
 * {@code ONESEAL_ACCEPTANCE_REMINDER=PT5S}, so this proves that the deployed server's job executor
 * really fires Camunda timers — something no in-memory process test can show.
 */
@ExtendWith(OneSealServer.class)
class DeemedAcceptanceTimerIT {

  private static final Duration ACCEPTANCE_PERIOD = Duration.ofSeconds(5);
  private static final String DEEMED_ACCEPTED = "deemedAccepted";

  private final Api zhangsan = Api.as("zhangsan");

  @Test
  void anApplicationLeftAloneIsDeemedAccepted() {
    long submitted = System.nanoTime();
    String number = submit(zhangsan);

    JsonNode fresh = application(zhangsan, number);
    if (elapsed(submitted).compareTo(ACCEPTANCE_PERIOD.minusSeconds(1)) < 0) {
      assertThat(fresh.path("deemedAccepted").asBoolean())
          .as("deemed accepted too early: %s", fresh)
          .isFalse();
    }

    JsonNode deemed =
        Casework.await(
            "deemed acceptance of " + number,
            () -> application(zhangsan, number),
            application -> application.path("deemedAccepted").asBoolean(),
            Duration.ofSeconds(60));
    assertThat(elapsed(submitted))
        .as("the timer waits for the acceptance period")
        .isGreaterThanOrEqualTo(ACCEPTANCE_PERIOD);
    assertThat(deemed.path("deemedAccepted").isBoolean()).as("%s", deemed).isTrue();

    assertThat(Casework.historyEntries(zhangsan, number, DEEMED_ACCEPTED))
        .as("the %s entries of %s", DEEMED_ACCEPTED, number)
        .hasSize(1);
  }

  @Test
  void anApplicationAcceptedInTimeIsNotDeemedAccepted() throws InterruptedException {
    long submitted = System.nanoTime();
    String number = submit(zhangsan);
    claimAndComplete(Api.as("clerk"), number, ACCEPT, "accept", "予以受理");
    // A precondition of this scenario, not a skipped tier (so it holds under CI=true too): on a
    // machine so slow that accepting took the whole acceptance period, the timer may rightly have
    // fired first, and the test could prove nothing about acceptance in time.
    Assumptions.assumeTrue(
        elapsed(submitted).compareTo(ACCEPTANCE_PERIOD.minusSeconds(1)) < 0,
        "the clerk was too slow to beat the timer on this machine");

    Thread.sleep(ACCEPTANCE_PERIOD.multipliedBy(2).toMillis());

    assertThat(application(zhangsan, number).path("deemedAccepted").asBoolean()).isFalse();
    assertThat(Casework.historyEntries(zhangsan, number, DEEMED_ACCEPTED)).isEmpty();
  }

  private static Duration elapsed(long since) {
    return Duration.ofNanos(System.nanoTime() - since);
  }
}
