package cn.oneseal.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.workflow.engine.EngineNotRunningException;
import jakarta.ejb.EJBException;
import org.junit.jupiter.api.Test;

/**
 * A request that needed the process engine while it was still starting is answered 503 with
 * Retry-After ({@link UnexpectedExceptionMapper}), however the container wrapped the refusal.
 */
class EngineNotRunningTest {

  @Test
  void theEnginesRefusalIsRecognisedThroughTheContainersWrapping() {
    EngineNotRunningException refusal =
        new EngineNotRunningException("the process engine is still starting", null);
    EJBException wrapped = new EJBException(new RuntimeException("producer failed", refusal));

    assertThat(UnexpectedExceptionMapper.engineNotRunning(refusal)).isTrue();
    assertThat(UnexpectedExceptionMapper.engineNotRunning(wrapped)).isTrue();
    assertThat(UnexpectedExceptionMapper.engineNotRunning(new IllegalStateException("other")))
        .as("any other failure stays an internal error")
        .isFalse();
  }
}
