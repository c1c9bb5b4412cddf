package cn.oneseal.workflow.engine;

import cn.oneseal.infrastructure.config.OneSealConfig;
import cn.oneseal.workflow.step.StepCatalogueParseListener;
import cn.oneseal.workflow.task.WorkbenchParseListener;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.cdi.CdiJtaProcessEngineConfiguration;
import org.camunda.bpm.engine.cdi.impl.util.BeanManagerLookup;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.xml.instance.DomElement;

/**
 * Starts the embedded Camunda engine on the application's datasource and WildFly's transaction
 * manager, so that a process step and the domain writes it causes commit or roll back together.
 * Jobs (timers, asynchronous steps) run on the container's managed executor and so have a proper
 * Jakarta EE context. Bean-managed transactions: building the engine must not run inside a
 * container transaction. The engine is built beside the rest of the deployment ({@link #build()});
 * whoever needs it before it is ready waits ({@link #awaitEngine()}, {@link EngineServices}).
 */
@Singleton
@Startup
@PermitAll
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class ProcessEngineBootstrap {

  /**
   * The engine's history level, {@code audit}: process, activity, task and variable instances —
   * what the case timeline, the flowchart's progress and the task checks read. Not {@code full}:
   * its additional rows (every variable update, the job log, identity-link and user-operation logs,
   * decision instances; 42 of the 177 rows a licensing case inserted) are read by no screen and no
   * rule; the legal record of every act is OneSeal's own audit trail. Migration V38 changes the
   * level a database records. Measured in docs/performance.md ("The engine's history, and what the
   * database does per case").
   */
  public static final String HISTORY_LEVEL = ProcessEngineConfiguration.HISTORY_AUDIT;

  private static final Logger LOG = Logger.getLogger(ProcessEngineBootstrap.class.getName());

  /** Every process model the application runs, deployed at start when changed. */
  static final List<String> MODELS =
      List.of(
          "processes/generalLicensing.bpmn",
          "processes/businessRegistration.bpmn",
          "processes/changeRegistration.bpmn",
          "processes/notificationMail.bpmn",
          "processes/evaluationFollowUp.bpmn",
          "processes/decisionReport.bpmn",
          "processes/commitmentLicensing.bpmn",
          "processes/simplifiedDeregistration.bpmn",
          "processes/contractRegistration.bpmn",
          "processes/innovationVoucher.bpmn",
          "decisions/followUpPermits.dmn");

  @Resource(lookup = "java:jboss/datasources/OneSealDS")
  private DataSource dataSource;

  @Resource(lookup = "java:jboss/TransactionManager")
  private TransactionManager transactionManager;

  @Resource private ManagedExecutorService executor;

  /** The job executor's own, with a bounded queue (configure-server.cli). */
  @Resource(lookup = "java:jboss/ee/concurrency/executor/oneseal-jobs")
  private ManagedExecutorService jobThreads;

  @Inject private BeanManager beanManager;

  @Inject private OneSealConfig config;

  /** How long a caller waits for the engine's build: a start's whole length, generously. */
  static final Duration ENGINE_WAIT = Duration.ofMinutes(2);

  /** The engine once built and its models deployed, or why it could not be. */
  final CompletableFuture<ProcessEngine> started = new CompletableFuture<>();

  /** {@link #ENGINE_WAIT}; shorter in the tests. */
  Duration engineWait = ENGINE_WAIT;

  @PostConstruct
  void start() {
    // Delegates are CDI beans; job threads cannot look the bean manager up in JNDI.
    BeanManagerLookup.localInstance = beanManager;
    executor.submit(this::build);
  }

  /**
   * Builds the engine, registers it and deploys the models: on a thread of the managed executor,
   * beside the rest of the deployment, whose end it no longer delays (the web module's start takes
   * as long; the engine's build was the start's last 3 s). Until it is done, {@link #awaitEngine()}
   * waits, and the readiness probe says DOWN.
   */
  private void build() {
    ProcessEngine engine = null;
    try {
      CdiJtaProcessEngineConfiguration configuration = new CdiJtaProcessEngineConfiguration();
      configuration.setProcessEngineName(ProcessEngines.NAME_DEFAULT);
      configuration.setDataSource(dataSource);
      configuration.setTransactionManager(transactionManager);
      configuration.setTransactionsExternallyManaged(true);
      // The tables come from a Flyway migration (V14__camunda_schema, run by DatabaseMigration
      // before this bean): the engine only checks them, because its own creation is not safe when
      // two nodes start at once on an empty database.
      configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
      keepHistory(configuration);
      TimedJobExecutor jobExecutor = new TimedJobExecutor(jobThreads);
      // Poll at least every ONESEAL_JOB_MAX_WAIT (10 s) when idle so that timers fire close to
      // their due time.
      jobExecutor.setMaxWait(config.jobMaxWait().toMillis());
      // Nodes of a cluster share the job table: each locks the jobs it takes in its own name (also
      // the engine's hostname), for ONESEAL_JOB_LOCK_TIME, after which another node takes a job
      // whose node died (docs/cluster.md)
      jobExecutor.setLockOwner(config.nodeName());
      jobExecutor.setLockTimeInMillis(Math.toIntExact(config.jobLockTime().toMillis()));
      configuration.setHostname(config.nodeName());
      configuration.setJobExecutor(jobExecutor);
      configuration.setJobExecutorActivate(true);
      configuration.setFailedJobRetryTimeCycle("R5/PT1M");
      configuration.setMetricsEnabled(false);
      // the unique task workers count (ACT_RU_TASK_METER_LOG, a row per assignment) feeds
      // Camunda's licence metrics only
      configuration.setTaskMetricsEnabled(false);
      configuration.setAuthorizationEnabled(false);
      // every user task of every model is described in the step catalogue, and gets the legal
      // clock and the substitutes (AB角)
      configuration.setCustomPostBPMNParseListeners(
          new ArrayList<>(List.of(new StepCatalogueParseListener(), new WorkbenchParseListener())));

      engine = configuration.buildProcessEngine();
      RuntimeContainerDelegate.INSTANCE.get().registerProcessEngine(engine);
      Deployment deployment = deployModels(engine, config.cardWatchCycle());
      LOG.info(() -> "process models deployed: " + deployment.getId() + " " + MODELS);
      LOG.info("Camunda engine started; job executor active");
      started.complete(engine);
    } catch (RuntimeException | Error e) {
      LOG.log(Level.SEVERE, "The process engine did not start; no case can move", e);
      started.completeExceptionally(e);
      if (engine != null) {
        // built, but its models not deployed: no job may run on a half-started engine
        try {
          RuntimeContainerDelegate.INSTANCE.get().unregisterProcessEngine(engine);
          engine.close();
        } catch (RuntimeException closing) {
          LOG.log(Level.WARNING, "The half-started process engine did not close", closing);
        }
      }
    }
  }

  /**
   * The engine, once started: waits for its build (a few seconds after the server's start) up to
   * {@link #ENGINE_WAIT}, and at once if it has failed.
   *
   * @throws EngineNotRunningException if it did not start, or is not started within that time
   */
  @Lock(LockType.READ)
  public ProcessEngine awaitEngine() {
    try {
      return started.get(engineWait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new EngineNotRunningException("the process engine is still starting", e);
    } catch (ExecutionException e) {
      throw new EngineNotRunningException("the process engine did not start", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EngineNotRunningException("interrupted while the process engine starts", e);
    }
  }

  /**
   * How the engine keeps its history and writes its rows, in production and in the process tests
   * alike: {@link #HISTORY_LEVEL}, no removal time, UUID ids, and the {@link
   * LeanEntityManagerFactory}.
   */
  public static void keepHistory(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistory(HISTORY_LEVEL);
    // No removal time: with the default ("end"), every process instance's end updates all fifteen
    // history tables of its root instance (60 statements per licensing case with its notifications
    // and report) for the engine's history cleanup, which no bureau runs here: the models'
    // historyTimeToLive is required by the engine, and the legal record is kept by OneSeal. Should
    // a bureau schedule the cleanup, it goes by end time.
    configuration.setHistoryRemovalTimeStrategy(
        ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_NONE);
    configuration.setHistoryCleanupStrategy(
        ProcessEngineConfiguration.HISTORY_CLEANUP_STRATEGY_END_TIME_BASED);
    // UUID ids: the default generator takes blocks of ids from one row of ACT_GE_PROPERTY, and
    // nodes of a cluster taking blocks at once fail each other's request with an optimistic-locking
    // error (docs/cluster.md)
    configuration.setIdGenerator(new StrongUuidGenerator());
    // the same checks of every row the engine inserts, without printing the row for each
    configuration.setCustomSessionFactories(
        new ArrayList<>(List.of(new LeanEntityManagerFactory())));
  }

  /**
   * Deploys the models, and the watch for {@code watchCycle}, unless the latest deployment holds
   * the same ones: a restart deploys nothing (duplicate filtering compares every resource byte by
   * byte).
   */
  static Deployment deployModels(ProcessEngine engine, String watchCycle) {
    DeploymentBuilder builder =
        engine
            .getRepositoryService()
            .createDeployment()
            .name("oneseal")
            .source("oneseal-ear")
            .enableDuplicateFiltering(true);
    ClassLoader loader = ProcessEngineBootstrap.class.getClassLoader();
    for (String model : MODELS) {
      try (InputStream in = loader.getResourceAsStream(model)) {
        if (in == null) {
          throw new IllegalStateException(
              "process model missing from the workflow module: " + model);
        }
        builder.addInputStream(model, new ByteArrayInputStream(in.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    builder.addModelInstance(LEGAL_CLOCK_WATCH, legalClockWatch(watchCycle));
    return builder.deploy();
  }

  /** The resource name of the generated watch model. */
  static final String LEGAL_CLOCK_WATCH = "processes/legalClockWatch.bpmn";

  /**
   * The electronic supervision's watch: an engine timer that recomputes the yellow and red cards on
   * the configured cycle. Generated, because its cycle is configuration; a changed cycle deploys a
   * new version, whose timer replaces the old one.
   */
  static BpmnModelInstance legalClockWatch(String cycle) {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("legalClockWatch")
            .name("时限监察")
            .camundaHistoryTimeToLive(7)
            .startEvent("watchCycle")
            .name("按周期")
            .timerWithCycle(cycle)
            .serviceTask("recomputeCards")
            .name("计算黄牌红牌")
            .camundaDelegateExpression("${legalClockWatchDelegate}")
            .endEvent("cardsRecomputed")
            .done();
    numberGeneratedIds(model);
    return model;
  }

  /** What the fluent builder appends to the ids it makes up: a random UUID. */
  private static final Pattern GENERATED_ID =
      Pattern.compile(
          "(.+_)\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

  /**
   * Replaces the random ids the fluent builder gives the elements it makes (definitions, timer,
   * flows, diagram) by numbers in document order, references included, so that the same cycle makes
   * the same model byte for byte. With random ids every start deployed a new version of the watch.
   */
  private static void numberGeneratedIds(BpmnModelInstance model) {
    List<String> ids = new ArrayList<>();
    collectIds(model.getDocument().getRootElement(), ids);
    int number = 0;
    for (String id : ids) {
      Matcher generated = GENERATED_ID.matcher(id);
      if (generated.matches()) {
        model.getModelElementById(id).setAttributeValue("id", generated.group(1) + ++number, true);
      }
    }
  }

  private static void collectIds(DomElement element, List<String> ids) {
    String id = element.getAttribute("id");
    if (id != null) {
      ids.add(id);
    }
    for (DomElement child : element.getChildElements()) {
      collectIds(child, ids);
    }
  }

  @PreDestroy
  void stop() {
    ProcessEngine engine;
    try {
      // a build still under way ends first (its deployment's transaction with it)
      engine = started.get(engineWait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      engine = null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      engine = null;
    }
    if (engine != null) {
      RuntimeContainerDelegate.INSTANCE.get().unregisterProcessEngine(engine);
      engine.close();
    }
    BeanManagerLookup.localInstance = null;
  }
}
