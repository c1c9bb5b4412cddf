package cn.oneseal.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.workflow.TestEngines;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a start deploys: the models and the time-limit watch once, and again only when one of them
 * changed. Every start used to deploy a new version of the watch, whose builder made up random ids.
 */
class ModelDeploymentTest {

  private static final String CYCLE = "R/PT10M";

  private static ProcessEngine engine;

  @BeforeAll
  static void engine() {
    engine = TestEngines.inMemory("modelDeploymentTest");
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @Test
  void theWatchForOneCycleIsTheSameModelEveryTime() {
    String first = Bpmn.convertToString(ProcessEngineBootstrap.legalClockWatch(CYCLE));

    assertThat(Bpmn.convertToString(ProcessEngineBootstrap.legalClockWatch(CYCLE)))
        .isEqualTo(first);
    assertThat(first)
        .contains("<timeCycle id=\"timeCycle_3\">R/PT10M</timeCycle>")
        .doesNotContainPattern("_\\p{XDigit}{8}-\\p{XDigit}{4}-");
    Bpmn.validateModel(ProcessEngineBootstrap.legalClockWatch(CYCLE));
  }

  @Test
  void aRestartDeploysNothingAndAChangedCycleOnlyANewWatch() {
    RepositoryService repository = engine.getRepositoryService();
    Deployment first = ProcessEngineBootstrap.deployModels(engine, CYCLE);

    Deployment restart = ProcessEngineBootstrap.deployModels(engine, CYCLE);

    assertThat(restart.getId()).isEqualTo(first.getId());
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(1);
    assertThat(watchVersion(repository)).isEqualTo(1);

    Deployment changed = ProcessEngineBootstrap.deployModels(engine, "R/PT5M");

    assertThat(changed.getId()).isNotEqualTo(first.getId());
    assertThat(watchVersion(repository)).isEqualTo(2);
    assertThat(
            repository
                .createProcessDefinitionQuery()
                .processDefinitionKey("generalLicensing")
                .latestVersion()
                .singleResult()
                .getVersion())
        .as("an unchanged model keeps its version")
        .isEqualTo(1);
  }

  private static int watchVersion(RepositoryService repository) {
    return repository
        .createProcessDefinitionQuery()
        .processDefinitionKey("legalClockWatch")
        .latestVersion()
        .singleResult()
        .getVersion();
  }
}
