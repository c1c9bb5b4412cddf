package cn.oneseal.workflow.incident;

import cn.oneseal.application.AuditTrail;
import cn.oneseal.application.Paging;
import cn.oneseal.application.ResultPage;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.shared.DomainException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;

/**
 * The incidents of every process for administrators: any job whose retries ran out — a department
 * push, the licence issuance, a delivery, the legal clock's watch — stops its case until someone
 * acts, and the engine tells no one. Administrators list them and retry a job once its cause is
 * gone; each retry is in the audit trail.
 */
@Stateless
@PermitAll
public class IncidentService {

  static final String AUDIT_ACTION = "incident.retried";
  static final String AUDIT_SUBJECT = "incident";

  /** What the engine appends to the id of a multi-instance step's body. */
  private static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";

  @Inject RuntimeService runtime;

  @Inject ManagementService management;

  @Inject RepositoryService repository;

  @Inject AuditTrail audit;

  /** One page (0-based) of the open incidents of all processes, newest first; admins only. */
  public ResultPage<IncidentInfo> page(Actor actor, Paging paging) {
    actor.require(Role.ADMIN);
    long total = runtime.createIncidentQuery().count();
    List<Incident> incidents =
        runtime
            .createIncidentQuery()
            .orderByIncidentTimestamp()
            .desc()
            .orderByIncidentId()
            .asc()
            .listPage(paging.offset(), paging.size());
    return new ResultPage<>(describe(incidents), total);
  }

  /**
   * Runs an incident's job again at once: one more retry, due now. Refused when the incident is
   * gone (resolved meanwhile, or never existed) and when it is not a job's, which a retry cannot
   * resolve. A retry that fails again raises a new incident.
   */
  public IncidentInfo retry(Actor actor, String incidentId) {
    actor.require(Role.ADMIN);
    Incident incident =
        incidentId == null || incidentId.isBlank()
            ? null
            : runtime.createIncidentQuery().incidentId(incidentId).singleResult();
    if (incident == null) {
      throw DomainException.notFound("error.incident.notFound", String.valueOf(incidentId));
    }
    IncidentInfo info = describe(List.of(incident)).get(0);
    Job job =
        info.retriable() ? management.createJobQuery().jobId(info.jobId()).singleResult() : null;
    if (job == null) {
      throw DomainException.conflict(
          "error.incident.notAJob", incidentId, incident.getIncidentType());
    }
    // a job with retries left no longer has an incident: this resolves it in the same transaction
    management.setJobRetries(job.getId(), 1);
    management.setJobDuedate(job.getId(), ClockUtil.getCurrentTime());
    audit.record(
        actor,
        AUDIT_ACTION,
        AUDIT_SUBJECT,
        incidentId,
        "process="
            + info.processKey()
            + " activity="
            + info.activityId()
            + " application="
            + info.applicationNumber()
            + " job="
            + job.getId()
            + " message="
            + info.message());
    return info;
  }

  private List<IncidentInfo> describe(List<Incident> incidents) {
    Map<String, ProcessDefinition> definitions =
        byId(
            ids(incidents, Incident::getProcessDefinitionId),
            ids ->
                repository
                    .createProcessDefinitionQuery()
                    .processDefinitionIdIn(ids.toArray(String[]::new))
                    .list(),
            ProcessDefinition::getId);
    Map<String, ProcessInstance> instances =
        byId(
            ids(incidents, Incident::getProcessInstanceId),
            ids -> runtime.createProcessInstanceQuery().processInstanceIds(ids).list(),
            ProcessInstance::getId);
    Map<String, BpmnModelInstance> models = new HashMap<>();
    return incidents.stream()
        .map(
            i -> {
              ProcessDefinition definition = definitions.get(i.getProcessDefinitionId());
              ProcessInstance instance = instances.get(i.getProcessInstanceId());
              boolean ofJob = Incident.FAILED_JOB_HANDLER_TYPE.equals(i.getIncidentType());
              return new IncidentInfo(
                  i.getId(),
                  i.getIncidentTimestamp() == null ? null : i.getIncidentTimestamp().toInstant(),
                  definition == null ? null : definition.getKey(),
                  i.getActivityId(),
                  activityName(models, i.getProcessDefinitionId(), i.getActivityId()),
                  instance == null ? null : instance.getBusinessKey(),
                  firstLine(i.getIncidentMessage()),
                  ofJob ? i.getConfiguration() : null,
                  i.getIncidentType());
            })
        .toList();
  }

  /** The step's name in its model; the id when the model names it not. */
  private String activityName(
      Map<String, BpmnModelInstance> models, String definitionId, String activityId) {
    if (definitionId == null || activityId == null) {
      return null;
    }
    BpmnModelInstance model =
        models.computeIfAbsent(definitionId, repository::getBpmnModelInstance);
    String elementId =
        activityId.endsWith(MULTI_INSTANCE_BODY)
            ? activityId.substring(0, activityId.length() - MULTI_INSTANCE_BODY.length())
            : activityId;
    FlowElement element = model == null ? null : model.getModelElementById(elementId);
    return element == null || element.getName() == null ? activityId : element.getName();
  }

  /** The failure without its stack trace or cause chain: what fits a table cell. */
  static String firstLine(String message) {
    if (message == null) {
      return null;
    }
    String line = message.strip().lines().findFirst().orElse("").strip();
    return line.length() <= 500 ? line : line.substring(0, 500);
  }

  private static Set<String> ids(
      List<Incident> incidents, java.util.function.Function<Incident, String> id) {
    return incidents.stream().map(id).filter(Objects::nonNull).collect(Collectors.toSet());
  }

  private static <T> Map<String, T> byId(
      Set<String> ids,
      java.util.function.Function<Set<String>, Collection<T>> load,
      java.util.function.Function<T, String> id) {
    return ids.isEmpty()
        ? Map.of()
        : load.apply(ids).stream().collect(Collectors.toMap(id, t -> t, (a, b) -> a));
  }
}
