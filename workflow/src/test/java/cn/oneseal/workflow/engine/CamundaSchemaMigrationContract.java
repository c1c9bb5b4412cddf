package cn.oneseal.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The application's migrations create Camunda's tables, and the engine runs on them with {@code
 * databaseSchemaUpdate=false}; a database whose tables the engine created itself (before the
 * migration existed) keeps them. Run once per database by the subclasses.
 */
abstract class CamundaSchemaMigrationContract {

  /** A JDBC database the test owns: created empty for one test and dropped after it. */
  record Db(String url, String user, String password, String driver) {}

  /** The same history table name as the application's DatabaseMigration. */
  private static final String HISTORY_TABLE = "oneseal_schema_history";

  private static final String CAMUNDA_MIGRATION = "camunda schema";

  private static final MigrationVersion LAST_MIGRATION_BEFORE_CAMUNDA_SCHEMA =
      MigrationVersion.fromVersion("13");

  /** V38 moves the engine's recorded history level from "full" to "audit". */
  private static final MigrationVersion LAST_MIGRATION_AT_FULL_HISTORY =
      MigrationVersion.fromVersion("37");

  private final java.util.List<Db> databases = new java.util.ArrayList<>();
  private final java.util.List<ProcessEngine> engines = new java.util.ArrayList<>();

  /** A new, empty database named after {@code name} (unique within one test). */
  protected abstract Db createDatabase(String name) throws SQLException;

  protected abstract void dropDatabase(Db db) throws SQLException;

  @AfterEach
  void cleanUp() throws SQLException {
    engines.forEach(ProcessEngine::close);
    for (Db db : databases) {
      dropDatabase(db);
    }
  }

  @Test
  void onAnEmptyDatabaseTheMigrationCreatesEverythingTheEngineUses() throws SQLException {
    Db db = database("fresh");

    MigrateResult result = migrate(db);

    assertThat(result.migrations).extracting(m -> m.description).contains(CAMUNDA_MIGRATION);
    assertThat(schemaLogVersions(db)).hasSize(1);
    runsProcessesDecisionsAndUsers(engine(db, ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE));
  }

  @Test
  void theMigrationCreatesTheSameTablesAndColumnsAsTheEngineItself() throws SQLException {
    Db byMigration = database("byMigration");
    Db byEngine = database("byEngine");

    migrate(byMigration);
    engine(byEngine, ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE).close();

    Set<String> engineColumns = camundaColumns(byEngine);
    assertThat(engineColumns).hasSizeGreaterThan(400);
    assertThat(camundaColumns(byMigration)).isEqualTo(engineColumns);
  }

  @Test
  void aDatabaseWhereTheEngineCreatedItsTablesKeepsThemAndTheirData() throws SQLException {
    Db db = database("existing");
    // as the demo's database: the application's migrations ran, then the engine created its tables
    migrate(db, LAST_MIGRATION_BEFORE_CAMUNDA_SCHEMA);
    String waiting = waitingAtFullHistory(db, ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    Set<String> versionsBefore = schemaLogVersions(db);

    MigrateResult result = migrate(db);

    assertThat(result.migrations).extracting(m -> m.description).contains(CAMUNDA_MIGRATION);
    assertThat(schemaLogVersions(db)).isEqualTo(versionsBefore);
    finishesOnTheApplicationsEngine(db, waiting);
  }

  @Test
  void aDatabaseRunAtFullHistoryContinuesAtTheAuditLevel() throws SQLException {
    Db db = database("fullHistory");
    // as every database before V38: created by the migrations, run by an engine at level "full"
    migrate(db, LAST_MIGRATION_AT_FULL_HISTORY);
    String waiting = waitingAtFullHistory(db, ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
    assertThat(recordedHistoryLevel(db)).isEqualTo("3");

    migrate(db);

    assertThat(recordedHistoryLevel(db)).isEqualTo("2");
    finishesOnTheApplicationsEngine(db, waiting);
  }

  @Test
  void engineTablesInAnotherSchemaDoNotCountAsOurs() throws SQLException {
    Db db = database("otherSchema");
    try (Connection c = connect(db);
        Statement s = c.createStatement()) {
      s.execute("create schema elsewhere");
      s.execute("create table elsewhere.ACT_GE_PROPERTY (NAME_ varchar(64) primary key)");
    }

    migrate(db);

    runsProcessesDecisionsAndUsers(engine(db, ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE));
  }

  /**
   * Starts the check process on an engine at history level "full", as the application's were before
   * V38, and stops that engine: the instance waits at its task. Answers its id.
   */
  private String waitingAtFullHistory(Db db, String schemaUpdate) {
    ProcessEngine first = fullHistoryEngine(db, schemaUpdate);
    first
        .getRepositoryService()
        .createDeployment()
        .addModelInstance("check.bpmn", model())
        .deploy();
    String waiting =
        first.getRuntimeService().startProcessInstanceByKey("schemaCheck").getProcessInstanceId();
    first.close();
    engines.remove(first);
    return waiting;
  }

  /** The waiting instance goes on, and ends, on an engine configured as the application's. */
  private void finishesOnTheApplicationsEngine(Db db, String waiting) {
    ProcessEngine engine = engine(db, ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(waiting).singleResult();
    assertThat(task).as("the process started before the migration still waits").isNotNull();
    engine.getTaskService().complete(task.getId());
    assertThat(historicState(engine, waiting)).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
  }

  private Db database(String purpose) throws SQLException {
    String name =
        "camunda_" + purpose.toLowerCase() + "_" + UUID.randomUUID().toString().substring(0, 8);
    Db db = createDatabase(name);
    databases.add(db);
    return db;
  }

  private static MigrateResult migrate(Db db) {
    return migrate(db, MigrationVersion.LATEST);
  }

  private static MigrateResult migrate(Db db, MigrationVersion target) {
    return Flyway.configure()
        .dataSource(db.url(), db.user(), db.password())
        .locations("classpath:db/migration")
        .table(HISTORY_TABLE)
        .target(target)
        .load()
        .migrate();
  }

  /** An engine configured as the application's ({@link ProcessEngineBootstrap#keepHistory}). */
  private ProcessEngine engine(Db db, String schemaUpdate) {
    return engine(db, schemaUpdate, ProcessEngineBootstrap::keepHistory);
  }

  /** An engine as the application's were before V38: history level "full". */
  private ProcessEngine fullHistoryEngine(Db db, String schemaUpdate) {
    return engine(db, schemaUpdate, c -> c.setHistory(ProcessEngineConfiguration.HISTORY_FULL));
  }

  private ProcessEngine engine(
      Db db,
      String schemaUpdate,
      java.util.function.Consumer<StandaloneProcessEngineConfiguration> history) {
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName("schema-" + UUID.randomUUID());
    configuration.setJdbcUrl(db.url());
    configuration.setJdbcUsername(db.user());
    configuration.setJdbcPassword(db.password());
    configuration.setJdbcDriver(db.driver());
    configuration.setDatabaseSchemaUpdate(schemaUpdate);
    history.accept(configuration);
    configuration.setJobExecutorActivate(false);
    configuration.setMetricsEnabled(false);
    ProcessEngine engine = configuration.buildProcessEngine();
    engines.add(engine);
    return engine;
  }

  private static BpmnModelInstance model() {
    return Bpmn.createExecutableProcess("schemaCheck")
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("check")
        .endEvent()
        .done();
  }

  /** Touches the runtime, history, decision and identity tables. */
  private static void runsProcessesDecisionsAndUsers(ProcessEngine engine) {
    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance("check.bpmn", model())
        .addClasspathResource("decisions/followUpPermits.dmn")
        .deploy();

    ProcessInstance instance =
        engine.getRuntimeService().startProcessInstanceByKey("schemaCheck", Map.of("item", "x"));
    Task task =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(instance.getId())
            .singleResult();
    engine.getTaskService().complete(task.getId());
    assertThat(historicState(engine, instance.getId()))
        .isEqualTo(HistoricProcessInstance.STATE_COMPLETED);

    assertThat(
            engine
                .getDecisionService()
                .evaluateDecisionByKey("followUpPermits")
                .variables(Map.of("industryCode", "6210"))
                .evaluate()
                .collectEntries("permitItemCode"))
        .containsExactly("SC-0001");
    // the decision history's tables answer; at the audit level no evaluation is recorded in them
    assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery().count()).isZero();

    User user = engine.getIdentityService().newUser("clerk");
    engine.getIdentityService().saveUser(user);
    assertThat(engine.getIdentityService().createUserQuery().userId("clerk").count()).isEqualTo(1);
  }

  private static String historicState(ProcessEngine engine, String processInstanceId) {
    return engine
        .getHistoryService()
        .createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId)
        .singleResult()
        .getState();
  }

  static Connection connect(Db db) throws SQLException {
    return DriverManager.getConnection(db.url(), db.user(), db.password());
  }

  /** Every column of every ACT_ table in the current schema, with its type. */
  private static Set<String> camundaColumns(Db db) throws SQLException {
    Set<String> columns = new TreeSet<>();
    try (Connection c = connect(db)) {
      DatabaseMetaData metaData = c.getMetaData();
      String pattern = metaData.storesLowerCaseIdentifiers() ? "act\\_%" : "ACT\\_%";
      try (ResultSet rs = metaData.getColumns(c.getCatalog(), c.getSchema(), pattern, "%")) {
        while (rs.next()) {
          columns.add(
              rs.getString("TABLE_NAME").toUpperCase()
                  + "."
                  + rs.getString("COLUMN_NAME").toUpperCase()
                  + " "
                  + rs.getString("TYPE_NAME"));
        }
      }
    }
    return columns;
  }

  /** The history level the engine recorded in its database (2 audit, 3 full). */
  private static String recordedHistoryLevel(Db db) throws SQLException {
    try (Connection c = connect(db);
        ResultSet rs =
            c.createStatement()
                .executeQuery("select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'historyLevel'")) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  /** The engine versions its schema log records: one row per create or upgrade. */
  private static Set<String> schemaLogVersions(Db db) throws SQLException {
    Set<String> rows = new TreeSet<>();
    try (Connection c = connect(db);
        ResultSet rs =
            c.createStatement().executeQuery("select ID_, VERSION_ from ACT_GE_SCHEMA_LOG")) {
      while (rs.next()) {
        rows.add(rs.getString(1) + ":" + rs.getString(2));
      }
    }
    return rows;
  }
}
