package cn.oneseal.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;

/**
 * The same BPMN on a bare Camunda engine of the project's version: JDBC to the same PostgreSQL
 * server (its own database), full history, job executor on, and every bean the model names (a
 * {@code delegateExpression} or a listener) a no-op. The steps are those of {@link ApiCase}: start
 * (with the variables the gateways and the timer read), then for accept, review and decide: the
 * case's task, claim, complete with the outcome.
 */
final class BareCase implements CaseBench.Driver {

  /** A bean that does nothing, whatever role the model gives it. */
  static final class NoOp implements JavaDelegate, TaskListener, ExecutionListener {
    @Override
    public void execute(DelegateExecution execution) {}

    @Override
    public void notify(DelegateTask task) {}

    @Override
    public void notify(DelegateExecution execution) {}
  }

  /** Bean names in expressions such as {@code ${deliverDecisionDelegate}}. */
  private static final Pattern BEAN =
      Pattern.compile("(?:delegateExpression|expression)=\"\\$\\{([A-Za-z_][A-Za-z0-9_]*)");

  private record Step(String kind, String user, String task, String variable, String outcome) {}

  private static final Step[] STEPS = {
    new Step("accept", "clerk", "acceptApplication", "acceptanceOutcome", "accept"),
    new Step("review", "officer", "reviewApplication", "reviewOutcome", "approve"),
    new Step("decide", "director", "decideApplication", "decision", "approve")
  };

  private final ProcessEngine engine;
  private final String processKey;

  BareCase(String jdbcUrl, String user, String password, Path bpmn) throws IOException {
    String model = Files.readString(bpmn);
    Map<Object, Object> beans = new HashMap<>();
    Matcher names = BEAN.matcher(model);
    while (names.find()) {
      beans.put(names.group(1), new NoOp());
    }
    System.err.println("bare engine: no-op beans " + beans.keySet());
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName("bare-" + UUID.randomUUID());
    configuration.setJdbcUrl(jdbcUrl);
    configuration.setJdbcUsername(user);
    configuration.setJdbcPassword(password);
    configuration.setJdbcDriver("org.postgresql.Driver");
    configuration.setJdbcMaxActiveConnections(20);
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    // as OneSeal's ProcessEngineBootstrap: full history, job executor on, no metrics, no authz
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setJobExecutorActivate(true);
    configuration.setMetricsEnabled(false);
    configuration.setAuthorizationEnabled(false);
    configuration.setBeans(beans);
    engine = configuration.buildProcessEngine();
    try (InputStream in = Files.newInputStream(bpmn)) {
      engine
          .getRepositoryService()
          .createDeployment()
          .name("bare")
          .addInputStream(bpmn.getFileName().toString(), in)
          .deploy();
    }
    processKey =
        engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .latestVersion()
            .list()
            .get(0)
            .getKey();
  }

  @Override
  public void runCase(int client, Timings timings) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("applicant", "zhangsan");
    // the acceptance deadline timer must not fire during the run
    variables.put("acceptanceDeadline", Date.from(Instant.now().plus(30, ChronoUnit.DAYS)));
    variables.put("countersignOfficers", 0);
    variables.put("countersignObjected", false);
    for (String special :
        new String[] {"siteInspection", "expertReview", "hearing", "publicNotice"}) {
      variables.put(special, false);
    }
    String instance =
        timings.time(
            "file",
            () ->
                engine
                    .getRuntimeService()
                    .startProcessInstanceByKey(processKey, "BARE-" + UUID.randomUUID(), variables)
                    .getId());
    for (Step step : STEPS) {
      Task task =
          timings.time(
              "tasks",
              () ->
                  engine
                      .getTaskService()
                      .createTaskQuery()
                      .processInstanceId(instance)
                      .taskDefinitionKey(step.task)
                      .singleResult());
      if (task == null) {
        throw new AssertionError("no " + step.task + " task in " + instance);
      }
      timings.time(
          "claim",
          () -> {
            engine.getTaskService().claim(task.getId(), step.user);
            return null;
          });
      timings.time(
          step.kind,
          () -> {
            engine.getTaskService().complete(task.getId(), Map.of(step.variable, step.outcome));
            return null;
          });
    }
  }

  /** Every case of the run must have ended with its decision (the delivery is a no-op). */
  @Override
  public void afterRun(String system, int clients, double seconds, int cases) {
    long open = engine.getRuntimeService().createProcessInstanceQuery().count();
    if (open != 0) {
      throw new AssertionError(open + " bare case(s) still open after the run");
    }
  }

  @Override
  public long pid() {
    return ProcessHandle.current().pid();
  }

  @Override
  public void close() {
    engine.close();
  }
}
