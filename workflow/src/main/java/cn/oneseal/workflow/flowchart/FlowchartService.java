package cn.oneseal.workflow.flowchart;

import cn.oneseal.application.ApplicationService;
import cn.oneseal.application.CatalogService;
import cn.oneseal.application.LegalClockService;
import cn.oneseal.application.dto.ItemGuide;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.workflow.step.StepCatalogue;
import cn.oneseal.workflow.step.StepDefinition;
import cn.oneseal.workflow.step.StepDefinition.StepClock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * The published flowchart of a power (行政职权运行流程图) is the very BPMN model that executes the item, so
 * the chart cannot drift from what happens. This service hands out that model, what to write beside
 * each step for one item, and how far one application has come.
 */
@Stateless
@PermitAll
public class FlowchartService {

  @Inject RepositoryService repository;

  @Inject HistoryService history;

  @Inject ApplicationService applications;

  @Inject CatalogService catalog;

  @Inject LegalClockService clocks;

  /** The BPMN 2.0 XML (with its diagram) of the latest deployed version of a process. */
  public String bpmnXml(String processKey) {
    try (InputStream in = repository.getProcessModel(definition(processKey).getId())) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * For each user task of the item's process, as its step is described: who does it, its limit (the
   * step's configured limit; a special step's from the item; at the decision, the case's statutory
   * and promised limits, which the applicant is promised), and whether this item skips it.
   */
  public Map<String, StepAnnotation> annotations(ItemGuide item) {
    // the engine caches the parsed model of a deployed definition
    BpmnModelInstance model =
        repository.getBpmnModelInstance(definition(item.processKey()).getId());
    Map<String, Integer> limits = clocks.stepLimits(item.processKey());
    Map<String, StepAnnotation> result = new LinkedHashMap<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      StepDefinition step = StepCatalogue.of(item.processKey(), task.getId());
      result.put(task.getId(), annotation(item, step, limits.get(step.taskKey())));
    }
    return result;
  }

  private StepAnnotation annotation(ItemGuide item, StepDefinition step, Integer limit) {
    if (step.specialStep() != null) {
      Integer days =
          item.specialSteps().stream()
              .filter(s -> s.kind().equals(step.specialStep().name()))
              .map(ItemGuide.SpecialStepGuide::durationDays)
              .findFirst()
              .orElse(null);
      return new StepAnnotation(step.role(), days, null, days == null);
    }
    return switch (step.form()) {
      case COUNTERSIGN ->
          new StepAnnotation(
              step.role(), limit, null, catalog.countersignOfficers(item.code()) == 0);
      case DECISION ->
          new StepAnnotation(step.role(), item.statutoryDays(), item.promisedDays(), false);
      default ->
          new StepAnnotation(
              step.role(), step.clock() == StepClock.STEP_LIMIT ? limit : null, null, false);
    };
  }

  /** The steps an application has passed and the ones open now, for those who may read it. */
  public ApplicationProgress progress(Actor actor, String number) {
    applications.details(actor, number); // refuses, as "not found", anyone who may not read it
    HistoricProcessInstance instance =
        history
            .createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(number)
            .processDefinitionKeyIn(StepCatalogue.caseProcessKeys())
            .orderByProcessInstanceStartTime()
            .desc()
            .listPage(0, 1)
            .stream()
            .findFirst()
            .orElseThrow(() -> DomainException.notFound("error.application.notFound", number));
    List<HistoricActivityInstance> activities =
        history
            .createHistoricActivityInstanceQuery()
            .processInstanceId(instance.getId())
            .orderByHistoricActivityInstanceStartTime()
            .asc()
            .list();
    List<String> passed =
        activities.stream()
            .filter(a -> a.getEndTime() != null && !a.isCanceled())
            .map(HistoricActivityInstance::getActivityId)
            .distinct()
            .toList();
    List<String> current =
        activities.stream()
            .filter(a -> a.getEndTime() == null)
            .map(HistoricActivityInstance::getActivityId)
            .distinct()
            .toList();
    return new ApplicationProgress(instance.getProcessDefinitionKey(), passed, current);
  }

  private ProcessDefinition definition(String processKey) {
    ProcessDefinition definition =
        processKey == null
            ? null
            : repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(processKey)
                .latestVersion()
                .singleResult();
    if (definition == null) {
      throw DomainException.notFound("error.flowchart.notFound", String.valueOf(processKey));
    }
    return definition;
  }
}
