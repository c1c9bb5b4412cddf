package cn.oneseal.workflow.engine;

import cn.oneseal.application.ProcessModels;
import cn.oneseal.workflow.step.StepCatalogue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;

/**
 * The case processes of the step catalogue that are deployed: what an item may run. The mail
 * outbox's process is deployed too but runs no case, so it is not offered.
 */
@ApplicationScoped
public class DeployedProcessModels implements ProcessModels {

  @Inject RepositoryService repository;

  @Override
  public boolean runsItems(String processKey) {
    return processKey != null && itemProcessKeys().contains(processKey);
  }

  @Override
  public List<String> itemProcessKeys() {
    return Arrays.stream(StepCatalogue.caseProcessKeys())
        .filter(
            key -> repository.createProcessDefinitionQuery().processDefinitionKey(key).count() > 0)
        .sorted()
        .toList();
  }
}
