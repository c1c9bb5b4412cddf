package cn.oneseal.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;

/**
 * The engine is built beside the rest of the deployment ({@link ProcessEngineBootstrap}): what a
 * request that needs it meets in the seconds before it is ready, and after a failed build.
 */
class EngineAwaitTest {

  private final ProcessEngineBootstrap bootstrap = new ProcessEngineBootstrap();

  private static ProcessEngine anEngine() {
    return (ProcessEngine)
        Proxy.newProxyInstance(
            ProcessEngine.class.getClassLoader(),
            new Class<?>[] {ProcessEngine.class},
            (proxy, method, arguments) -> method.getName().equals("getName") ? "default" : null);
  }

  @Test
  void aRequestDuringTheBuildWaitsForItAndGetsTheEngine() throws Exception {
    CompletableFuture<ProcessEngine> request =
        CompletableFuture.supplyAsync(bootstrap::awaitEngine);
    Thread.sleep(200);
    assertThat(request).as("still waiting while the engine is built").isNotDone();

    ProcessEngine engine = anEngine();
    bootstrap.started.complete(engine);

    assertThat(request.get(5, TimeUnit.SECONDS)).isSameAs(engine);
    assertThat(bootstrap.awaitEngine()).as("later requests at once").isSameAs(engine);
  }

  @Test
  void aFailedBuildIsReportedAtOnceWithItsCause() {
    IllegalStateException cause =
        new IllegalStateException("the database refused the schema check");
    bootstrap.started.completeExceptionally(cause);

    assertThatThrownBy(bootstrap::awaitEngine)
        .isInstanceOf(EngineNotRunningException.class)
        .hasMessageContaining("did not start")
        .hasCause(cause);
  }

  @Test
  void aBuildThatTakesTooLongIsReportedAsStillStarting() {
    bootstrap.engineWait = Duration.ofMillis(100);

    assertThatThrownBy(bootstrap::awaitEngine)
        .isInstanceOf(EngineNotRunningException.class)
        .hasMessageContaining("still starting");
  }
}
