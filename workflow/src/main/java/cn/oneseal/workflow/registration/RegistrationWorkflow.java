package cn.oneseal.workflow.registration;

import cn.oneseal.application.ApplicationService;
import cn.oneseal.application.DepartmentPushService;
import cn.oneseal.application.RegistrationService;
import cn.oneseal.application.RegistrationService.PreparedSubmission;
import cn.oneseal.application.Submission;
import cn.oneseal.application.dto.PushInfo;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.model.application.Upload;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.workflow.licensing.LicensingWorkflow;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;

/**
 * Drives business registrations: submits a complete one-form draft as an application of its entity
 * type's item (the process is {@link RegistrationProcess#KEY}), and shows and retries the pushes of
 * its data to the departments, joining the push records with the engine's jobs and incidents.
 */
@Stateless
@PermitAll
public class RegistrationWorkflow {

  /** The configuration of the job definition of an {@code asyncBefore} continuation. */
  static final String ASYNC_BEFORE = "async-before";

  @Inject RegistrationService registrations;

  @Inject ApplicationService applications;

  @Inject DepartmentPushService pushes;

  @Inject LicensingWorkflow licensing;

  @Inject RuntimeService runtime;

  @Inject ManagementService management;

  /**
   * Submits the citizen's draft with the item's materials (articles of association, proof of
   * domicile …); a repeated submission of the same draft answers with the application it already
   * created.
   */
  public Submission submit(Actor actor, long draftId, List<Upload> materials) {
    actor.require(Role.CITIZEN);
    PreparedSubmission prepared = registrations.prepare(actor, draftId);
    if (!prepared.fresh()) {
      // the same draft submitted again (a double click): the application it already became
      return applications
          .filedUnder(actor, prepared.idempotencyKey())
          .orElseThrow(
              () ->
                  DomainException.notFound("error.registration.notFound", String.valueOf(draftId)));
    }
    Submission submission =
        licensing.submitRegistration(
            actor, prepared.itemCode(), prepared.form(), materials, prepared.idempotencyKey());
    registrations.submitted(actor, draftId, submission.number());
    return submission;
  }

  /**
   * The pushes of an application with their jobs' state; readable by staff and the applicant. A
   * push is an incident when its job has no retries left: the engine raises the incident in the
   * same transaction as it takes the last retry, so the job alone tells.
   */
  public List<PushStatus> pushes(Actor actor, String number) {
    List<PushInfo> infos = pushes.pushes(actor, number);
    Map<String, Job> jobs = pushJobs(number);
    return infos.stream()
        .map(
            info -> {
              Job job = jobs.get(info.certificateCode());
              return new PushStatus(
                  info,
                  job != null && job.getRetries() == 0,
                  job == null ? null : job.getExceptionMessage(),
                  job == null ? null : job.getRetries(),
                  job == null || job.getDuedate() == null ? null : job.getDuedate().toInstant());
            })
        .toList();
  }

  /**
   * Staff try a failed push again now: the job gets one more retry and runs at once; the act is in
   * the application's history.
   */
  public void retryPush(Actor actor, String number, String certificateCode) {
    pushes.retryRequested(actor, number, certificateCode);
    Job job = pushJobs(number).get(certificateCode);
    if (job == null) {
      throw DomainException.conflict("error.push.noJob", certificateCode);
    }
    management.setJobRetries(job.getId(), Math.max(1, job.getRetries()));
    management.setJobDuedate(job.getId(), null);
  }

  /**
   * The waiting push attempts of an application by certificate code. The certificate of each job is
   * read by a variable query: reading it through the job's execution would touch the execution a
   * running job is updating. Only the jobs before the push are attempts: the job after it (the
   * model's {@code asyncAfter}) carries a delivered push on to the join, and its failure is an
   * incident of the engine (see {@link cn.oneseal.workflow.incident.IncidentService}), not a failed
   * push.
   */
  private Map<String, Job> pushJobs(String number) {
    Optional<ProcessInstance> instance = instance(number);
    if (instance.isEmpty()) {
      return Map.of();
    }
    String id = instance.get().getId();
    Set<String> attempts =
        management
            .createJobDefinitionQuery()
            .processDefinitionId(instance.get().getProcessDefinitionId())
            .activityIdIn(RegistrationProcess.Task.PUSH)
            .jobConfiguration(ASYNC_BEFORE)
            .list()
            .stream()
            .map(JobDefinition::getId)
            .collect(Collectors.toSet());
    Map<String, String> certificateOf =
        runtime
            .createVariableInstanceQuery()
            .processInstanceIdIn(id)
            .variableName(RegistrationProcess.Var.CERTIFICATE)
            .list()
            .stream()
            .collect(
                Collectors.toMap(
                    VariableInstance::getExecutionId, v -> (String) v.getValue(), (a, b) -> a));
    return management
        .createJobQuery()
        .processInstanceId(id)
        .activityId(RegistrationProcess.Task.PUSH)
        .list()
        .stream()
        .filter(job -> attempts.contains(job.getJobDefinitionId()))
        .filter(job -> certificateOf.containsKey(job.getExecutionId()))
        .collect(
            Collectors.toMap(
                job -> certificateOf.get(job.getExecutionId()), Function.identity(), (a, b) -> a));
  }

  private Optional<ProcessInstance> instance(String number) {
    return Optional.ofNullable(
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(number)
            .processDefinitionKeyIn(RegistrationProcess.KEY, ChangeRegistrationProcess.KEY)
            .singleResult());
  }
}
