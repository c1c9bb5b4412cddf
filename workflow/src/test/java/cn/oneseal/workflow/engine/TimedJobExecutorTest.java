package cn.oneseal.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The job executor on a bounded queue (configure-server.cli, docs/cluster.md): when the queue is
 * full the engine takes the batch back and runs it later, each job exactly once, and the executor
 * reports how long batches waited and were held.
 */
class TimedJobExecutorTest {

  private static final int JOBS = 8;
  private static final Duration JOB_RUN = Duration.ofMillis(150);

  /** One thread for the engine's acquisition, one for jobs, and room for one batch in the queue. */
  private final ThreadPoolExecutor threads =
      new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1));

  private final TimedJobExecutor executor = new TimedJobExecutor(ManagedThreads.of(threads));
  private final Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
  private ProcessEngine engine;

  @AfterEach
  void close() {
    if (engine != null) {
      engine.close();
    }
    threads.shutdownNow();
  }

  @Test
  void aFullQueueHandsBatchesBackAndEveryJobRunsOnce() throws InterruptedException {
    executor.setLockOwner("node-a");
    executor.setLockTimeInMillis((int) Duration.ofMinutes(1).toMillis());
    executor.setMaxWait(200);
    engine = engine();
    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance(
            "slow.bpmn",
            Bpmn.createExecutableProcess("slow")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask()
                .camundaAsyncBefore()
                .camundaExpression("${slowJob.run(execution)}")
                .endEvent()
                .done())
        .deploy();
    List<String> instances = new ArrayList<>();
    for (int i = 0; i < JOBS; i++) {
      instances.add(engine.getRuntimeService().startProcessInstanceByKey("slow").getId());
    }

    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (engine.getRuntimeService().createProcessInstanceQuery().count() > 0
        && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }

    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    assertThat(runs).containsOnlyKeys(instances);
    assertThat(runs.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
    TimedJobExecutor.Timings timings = executor.timings();
    assertThat(timings.rejections()).as("batches handed back by a full queue").isPositive();
    assertThat(timings.batches()).isEqualTo(JOBS);
    assertThat(timings.longestQueueWait()).isPositive();
    assertThat(timings.longestHold())
        .isGreaterThanOrEqualTo(JOB_RUN)
        .isGreaterThanOrEqualTo(timings.longestBatch())
        .isGreaterThanOrEqualTo(timings.longestQueueWait());
  }

  private ProcessEngine engine() {
    StandaloneInMemProcessEngineConfiguration configuration =
        new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName("timedJobs");
    configuration.setJdbcUrl("jdbc:h2:mem:timedJobs;DB_CLOSE_DELAY=-1");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    ProcessEngineBootstrap.keepHistory(configuration);
    configuration.setJobExecutor(executor);
    configuration.setJobExecutorActivate(true);
    configuration.setBeans(Map.of("slowJob", new SlowJob()));
    return configuration.buildProcessEngine();
  }

  /** The job: counts its runs per case and takes {@link #JOB_RUN}. */
  public class SlowJob {
    public void run(DelegateExecution execution) throws InterruptedException {
      runs.computeIfAbsent(execution.getProcessInstanceId(), id -> new AtomicInteger())
          .incrementAndGet();
      Thread.sleep(JOB_RUN.toMillis());
    }
  }
}
