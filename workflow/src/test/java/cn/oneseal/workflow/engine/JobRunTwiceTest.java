package cn.oneseal.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one database, and a job that outlasts its lock (docs/cluster.md, "The job
 * executor"). When the lock expires, a node takes the job again while it still runs; the run that
 * ends first then fails on the job's row and rolls back whole. Each run's side effects outside the
 * database happen, and none of its writes commit: the job runs again and again, on both nodes, and
 * never completes. With a lock that outlasts the run, it runs once. Hence the lock time must
 * outlast the longest hold, which the job executor measures.
 */
class JobRunTwiceTest {

  private static final Duration JOB_RUN = Duration.ofMillis(2500);

  /** Runs of the job's body, counted outside any transaction: a mail, a push. */
  private final AtomicInteger sideEffects = new AtomicInteger();

  private final ExecutorService threads = Executors.newCachedThreadPool();
  private ProcessEngine nodeA;
  private ProcessEngine nodeB;

  @AfterEach
  void close() {
    for (ProcessEngine engine : new ProcessEngine[] {nodeB, nodeA}) {
      if (engine != null) {
        engine.close();
      }
    }
    threads.shutdownNow();
  }

  @Test
  void aJobThatOutlastsItsLockRunsAgainAndAgainAndNeverCommits() throws InterruptedException {
    String instance = startOnBothNodes("shortLock", Duration.ofSeconds(1));

    waitFor(() -> sideEffects.get() >= 4);

    assertThat(nodeA.getRuntimeService().createProcessInstanceQuery().count())
        .as("cases still waiting for the job")
        .isOne();
    assertThat(sentBy(instance)).as("the job's committed writes").isEmpty();
  }

  @Test
  void aJobWithinItsLockRunsOnceOnOneNode() throws InterruptedException {
    String instance = startOnBothNodes("longLock", Duration.ofSeconds(10));

    waitFor(() -> nodeA.getRuntimeService().createProcessInstanceQuery().count() == 0);
    Thread.sleep(JOB_RUN.toMillis());

    assertThat(sideEffects.get()).as("runs of the job's body").isOne();
    assertThat(sentBy(instance)).as("the job's committed writes").hasSize(1);
  }

  /**
   * Deploys the job, starts a case, and lets node A and, once A runs the job, node B look for due
   * jobs, each locking them for {@code lock}.
   */
  private String startOnBothNodes(String database, Duration lock) throws InterruptedException {
    String url = "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
    nodeA = engine("node-a", url, ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP, lock);
    nodeA
        .getRepositoryService()
        .createDeployment()
        .addModelInstance(
            "slow.bpmn",
            Bpmn.createExecutableProcess("slowNotice")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask("send")
                .camundaAsyncBefore()
                .camundaExpression("${slowNotice.send(execution)}")
                .endEvent()
                .done())
        .deploy();
    String instance =
        nodeA.getRuntimeService().startProcessInstanceByKey("slowNotice").getProcessInstanceId();
    ((ProcessEngineConfigurationImpl) nodeA.getProcessEngineConfiguration())
        .getJobExecutor()
        .start();
    waitFor(() -> sideEffects.get() == 1);
    nodeB = engine("node-b", url, ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE, lock);
    ((ProcessEngineConfigurationImpl) nodeB.getProcessEngineConfiguration())
        .getJobExecutor()
        .start();
    return instance;
  }

  private List<HistoricVariableInstance> sentBy(String instance) {
    return nodeA
        .getHistoryService()
        .createHistoricVariableInstanceQuery()
        .processInstanceId(instance)
        .variableName("sentBy")
        .list();
  }

  private ProcessEngine engine(String node, String url, String schema, Duration lock) {
    StandaloneInMemProcessEngineConfiguration configuration =
        new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName(node);
    configuration.setJdbcUrl(url);
    configuration.setDatabaseSchemaUpdate(schema);
    ProcessEngineBootstrap.keepHistory(configuration);
    TimedJobExecutor executor = new TimedJobExecutor(ManagedThreads.of(threads));
    executor.setLockOwner(node);
    executor.setLockTimeInMillis((int) lock.toMillis());
    executor.setMaxWait(200);
    configuration.setJobExecutor(executor);
    configuration.setJobExecutorActivate(false);
    configuration.setBeans(Map.of("slowNotice", new SlowNotice(node)));
    return configuration.buildProcessEngine();
  }

  /** The job: a side effect outside the database, a variable in it, and longer than its lock. */
  public class SlowNotice {
    private final String node;

    SlowNotice(String node) {
      this.node = node;
    }

    public void send(DelegateExecution execution) throws InterruptedException {
      sideEffects.incrementAndGet();
      execution.setVariable("sentBy", node);
      Thread.sleep(JOB_RUN.toMillis());
    }
  }

  private static void waitFor(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited 30 s").isLessThan(deadline);
      Thread.sleep(50);
    }
  }
}
