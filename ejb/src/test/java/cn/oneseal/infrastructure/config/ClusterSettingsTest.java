package cn.oneseal.infrastructure.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a node of a cluster is called and how long it holds a job (issue 19): the lock outlives the
 * longest job by default, and a value under which jobs would run twice, or a dead node's jobs wait
 * for hours, stops the start.
 */
class ClusterSettingsTest {

  private static final String LOCK_TIME = "oneseal.job.lock.time";
  private static final String NODE_NAME = "jboss.node.name";

  private final OneSealConfig config = new OneSealConfig();

  @AfterEach
  void clear() {
    System.clearProperty(LOCK_TIME);
    System.clearProperty(NODE_NAME);
  }

  @Test
  void jobsAreHeldForFiveMinutesByDefault() {
    assertThat(config.jobLockTime()).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void aShorterLockIsTaken() {
    System.setProperty(LOCK_TIME, "PT30S");
    assertThat(config.jobLockTime()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void aLockOutsideTheBoundsIsRefused() {
    System.setProperty(LOCK_TIME, "PT1S");
    assertThatThrownBy(config::jobLockTime).hasMessageContaining("ONESEAL_JOB_LOCK_TIME");
    System.setProperty(LOCK_TIME, "PT2H");
    assertThatThrownBy(config::jobLockTime).hasMessageContaining("ONESEAL_JOB_LOCK_TIME");
    System.setProperty(LOCK_TIME, "five minutes");
    assertThatThrownBy(config::jobLockTime).isInstanceOf(RuntimeException.class);
  }

  @Test
  void theNodeIsNamedAsWildFlyNamesIt() {
    System.setProperty(NODE_NAME, " node-b ");
    assertThat(config.nodeName()).isEqualTo("node-b");
  }

  @Test
  void outsideAServerTheNodeHasTheDefaultName() {
    assertThat(config.nodeName()).isEqualTo(OneSealConfig.UNNAMED_NODE);
  }
}
