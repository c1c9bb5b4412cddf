package cn.oneseal.workflow.flowchart;

import cn.oneseal.application.ApplicationService;
import cn.oneseal.application.CatalogService;
import cn.oneseal.application.dto.ItemGuide;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess.Task;
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

  /** The window's statutory period to accept or send the one-time correction list. */
  static final int ACCEPTANCE_DAYS = 5;

  /** Special-step tasks and the item's special-step kinds they run. */
  static final Map<String, String> SPECIAL_STEP_KINDS =
      Map.of(
          Task.SITE_INSPECTION, "SITE_INSPECTION",
          Task.EXPERT_REVIEW, "EXPERT_REVIEW",
          Task.HEARING, "HEARING",
          Task.PUBLIC_NOTICE, "PUBLIC_NOTICE");

  @Inject RepositoryService repository;

  @Inject HistoryService history;

  @Inject ApplicationService applications;

  @Inject CatalogService catalog;

  /** The BPMN 2.0 XML (with its diagram) of the latest deployed version of a process. */
  public String bpmnXml(String processKey) {
    try (InputStream in = repository.getProcessModel(definition(processKey).getId())) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** For each user task of the item's process: role, days, and whether this item skips it. */
  public Map<String, StepAnnotation> annotations(ItemGuide item) {
    // the engine caches the parsed model of a deployed definition
    BpmnModelInstance model =
        repository.getBpmnModelInstance(definition(item.processKey()).getId());
    Map<String, StepAnnotation> result = new LinkedHashMap<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String id = task.getId();
      String role =
          task.getCamundaCandidateGroups() != null
              ? task.getCamundaCandidateGroups().split(",")[0].strip()
              : "applicant";
      String kind = SPECIAL_STEP_KINDS.get(id);
      if (kind != null) {
        Integer days =
            item.specialSteps().stream()
                .filter(s -> s.kind().equals(kind))
                .map(ItemGuide.SpecialStepGuide::durationDays)
                .findFirst()
                .orElse(null);
        result.put(id, new StepAnnotation(role, days, null, days == null));
      } else if (Task.COUNTERSIGN.equals(id)) {
        result.put(
            id,
            new StepAnnotation(role, null, null, catalog.countersignOfficers(item.code()) == 0));
      } else if (Task.ACCEPT.equals(id)) {
        result.put(id, new StepAnnotation(role, ACCEPTANCE_DAYS, null, false));
      } else if (Task.DECIDE.equals(id)) {
        result.put(id, new StepAnnotation(role, item.statutoryDays(), item.promisedDays(), false));
      } else {
        result.put(id, new StepAnnotation(role, null, null, false));
      }
    }
    return result;
  }

  /** The steps an application has passed and the ones open now, for those who may read it. */
  public ApplicationProgress progress(Actor actor, String number) {
    applications.details(actor, number); // refuses, as "not found", anyone who may not read it
    HistoricProcessInstance instance =
        history
            .createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(number)
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
