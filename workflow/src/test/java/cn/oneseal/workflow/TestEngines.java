package cn.oneseal.workflow;

import cn.oneseal.workflow.engine.ProcessEngineBootstrap;
import cn.oneseal.workflow.step.StepCatalogueParseListener;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;

/**
 * The engine the process tests run their models on: in memory, its own H2 database, no job executor
 * (tests run jobs themselves), production's history level, and delegates resolved from {@code
 * Mocks}.
 */
public final class TestEngines {

  private TestEngines() {}

  public static ProcessEngine inMemory(String name) {
    StandaloneInMemProcessEngineConfiguration configuration =
        new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName(name);
    configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    configuration.setJobExecutorActivate(false);
    ProcessEngineBootstrap.keepHistory(configuration);
    configuration.setExpressionManager(new MockExpressionManager());
    // as in production: a model with a user task the step catalogue does not describe fails
    configuration.setCustomPostBPMNParseListeners(
        new ArrayList<>(List.of(new StepCatalogueParseListener())));
    return configuration.buildProcessEngine();
  }
}
