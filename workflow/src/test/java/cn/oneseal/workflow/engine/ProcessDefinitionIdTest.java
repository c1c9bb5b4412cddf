package cn.oneseal.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.workflow.step.StepCatalogue;
import java.io.InputStream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;

/**
 * Every process the application runs keeps its key in its definition id. Camunda names a definition
 * {@code key:version:uuid} only while that fits in 64 characters; past that the id is the bare
 * UUID, and {@link StepCatalogue#processKeyOf} — which finds each task's step by the key in the id
 * — finds none, so every task of the model would be refused ("不能在此办理"). A key of 25 characters
 * leaves room for version 999.
 */
class ProcessDefinitionIdTest {

  private static final int UUID_LENGTH = 36;
  private static final int MAX_ID = 64;

  @Test
  void everyProcessKeyLeavesRoomForItsVersionAndUuidInTheDefinitionId() {
    for (String resource : ProcessEngineBootstrap.MODELS) {
      if (!resource.endsWith(".bpmn")) {
        continue;
      }
      try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
        assertThat(in).as(resource).isNotNull();
        BpmnModelInstance model = Bpmn.readModelFromStream(in);
        for (Process process : model.getModelElementsByType(Process.class)) {
          String id = process.getId() + ":99:" + "0".repeat(UUID_LENGTH);
          assertThat(id.length())
              .as("the definition id of %s in %s", process.getId(), resource)
              .isLessThanOrEqualTo(MAX_ID);
          assertThat(StepCatalogue.processKeyOf(id)).isEqualTo(process.getId());
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
