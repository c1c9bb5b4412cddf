package cn.oneseal.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.workflow.TestEngines;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The engine's ids are UUIDs (docs/cluster.md), in production ({@link
 * ProcessEngineBootstrap#keepHistory}) as in the process tests: nodes of a cluster create ids
 * without taking blocks from one shared row, whose optimistic lock failed one node's request when
 * two took a block at once.
 */
class EngineIdsTest {

  private final ProcessEngine engine = TestEngines.inMemory("engineIds");

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  void everyIdTheEngineGivesIsADistinctUuid() {
    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance(
            "ids.bpmn",
            Bpmn.createExecutableProcess("ids")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask()
                .camundaExpression("${true}")
                .endEvent()
                .done())
        .deploy();

    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 50; i++) {
      ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("ids");
      ids.add(instance.getId());
    }
    assertThat(ids).hasSize(50).allSatisfy(id -> assertThat(UUID.fromString(id)).isNotNull());
    // an activity instance's id is the activity's id, a colon and a new id
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().list())
        .hasSize(150)
        .allSatisfy(
            activity -> {
              String id = activity.getId();
              assertThat(UUID.fromString(id.substring(id.lastIndexOf(':') + 1))).isNotNull();
            });
  }
}
