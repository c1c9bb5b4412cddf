package cn.oneseal.infrastructure.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * ONESEAL_JOB_MAX_WAIT: how late a timer may fire; ten seconds by default, a value the engine
 * cannot honour (a busy loop, or timers an hour late) stops the start.
 */
class JobMaxWaitTest {

  private static final String PROPERTY = "oneseal.job.max.wait";

  private final OneSealConfig config = new OneSealConfig();

  @AfterEach
  void clear() {
    System.clearProperty(PROPERTY);
  }

  @Test
  void tenSecondsByDefault() {
    assertThat(config.jobMaxWait()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void aShorterWaitIsTaken() {
    System.setProperty(PROPERTY, "PT0.5S");
    assertThat(config.jobMaxWait()).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void aWaitOutsideTheBoundsIsRefused() {
    System.setProperty(PROPERTY, "PT0.01S");
    assertThatThrownBy(config::jobMaxWait).hasMessageContaining("ONESEAL_JOB_MAX_WAIT");
    System.setProperty(PROPERTY, "PT1H");
    assertThatThrownBy(config::jobMaxWait).hasMessageContaining("ONESEAL_JOB_MAX_WAIT");
  }
}
