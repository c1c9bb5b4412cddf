package cn.oneseal.workflow.engine;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

/**
 * The engine's services for injection, in place of Camunda's CDI producers (an alternative, so it
 * wins wherever both could serve): those look the engine up and fail while it is still being built
 * after a start ({@link ProcessEngineBootstrap}); these wait for it. Each service is produced once,
 * when first used, so the wait is paid by at most the first requests after a start.
 */
@Dependent
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
public class EngineServices {

  @Inject ProcessEngineBootstrap bootstrap;

  @Produces
  @ApplicationScoped
  RuntimeService runtimeService() {
    return bootstrap.awaitEngine().getRuntimeService();
  }

  @Produces
  @ApplicationScoped
  TaskService taskService() {
    return bootstrap.awaitEngine().getTaskService();
  }

  @Produces
  @ApplicationScoped
  RepositoryService repositoryService() {
    return bootstrap.awaitEngine().getRepositoryService();
  }

  @Produces
  @ApplicationScoped
  HistoryService historyService() {
    return bootstrap.awaitEngine().getHistoryService();
  }

  @Produces
  @ApplicationScoped
  ManagementService managementService() {
    return bootstrap.awaitEngine().getManagementService();
  }

  @Produces
  @ApplicationScoped
  DecisionService decisionService() {
    return bootstrap.awaitEngine().getDecisionService();
  }
}
