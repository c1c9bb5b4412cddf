package cn.oneseal.workflow.deregistration;

import cn.oneseal.application.DeregistrationService;
import cn.oneseal.application.DeregistrationService.Filed;
import cn.oneseal.application.DeregistrationService.Filing;
import cn.oneseal.application.deregistration.DeregistrationViews.DeregistrationView;
import cn.oneseal.application.deregistration.DeregistrationViews.NoticeView;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.infrastructure.config.OneSealConfig;
import cn.oneseal.workflow.engine.EngineExceptions;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess;
import cn.oneseal.workflow.registration.RegistrationProcess;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * What moves a deregistration's process: the citizen files (the application, the commitment and the
 * notice, and the process starts), anyone objects to the notice (the process hears it), the citizen
 * files the deregistration application after the notice. Each method runs in one container
 * transaction with the domain write it causes.
 */
@Stateless
@PermitAll
public class DeregistrationWorkflow {

  @Inject DeregistrationService deregistrations;

  @Inject cn.oneseal.application.ApplicationService applications;

  @Inject RuntimeService runtime;

  @Inject TaskService tasks;

  @Inject OneSealConfig config;

  /** Files a deregistration and starts its process. */
  public Filed file(Actor actor, Filing filing) {
    Filed filed = deregistrations.file(actor, filing);
    String number = filed.view().applicationNumber();
    VariableMap variables =
        Variables.createVariables()
            .putValue(GeneralLicensingProcess.Var.APPLICATION_NUMBER, number)
            .putValue(GeneralLicensingProcess.Var.APPLICANT, actor.username())
            .putValue(DeregistrationProcess.Var.NOTICE_REQUIRED, filed.noticeRequired())
            .putValue(RegistrationProcess.Var.PUSH_RETRY_CYCLE, config.pushRetryCycle());
    deregistrations
        .period(number)
        .ifPresent(
            period ->
                variables
                    .putValue(DeregistrationProcess.Var.NOTICE_ENDS_AT, Date.from(period.endsAt()))
                    .putValue(
                        DeregistrationProcess.Var.FILING_ENDS_AT,
                        Date.from(period.filingEndsAt())));
    ProcessInstance instance =
        runtime.startProcessInstanceByKey(DeregistrationProcess.KEY, number, variables);
    applications.attachWorkflow(number, instance.getId());
    return filed;
  }

  /**
   * Anyone objects to a running notice; the process, waiting on the notice, sends the case to the
   * registration section (an objection while the section already reviews one joins that review).
   */
  public NoticeView object(String noticeNumber, String name, String contact, String reason) {
    String number = deregistrations.object(noticeNumber, name, contact, reason);
    runtime
        .createMessageCorrelation(DeregistrationProcess.MESSAGE_OBJECTION)
        .processInstanceBusinessKey(number)
        .correlateAllWithResult();
    return deregistrations.notice(noticeNumber);
  }

  /** The citizen files the deregistration application after the notice (within 20 days). */
  public DeregistrationView fileApplication(Actor actor, String number) {
    DeregistrationView view = deregistrations.of(actor, number);
    Task task =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(number)
            .taskDefinitionKey(DeregistrationProcess.Task.FILE)
            .singleResult();
    if (task == null || !actor.username().equals(task.getAssignee())) {
      throw DomainException.conflict(
          "error.deregistration.state", number, view.status(), "awaiting-filing");
    }
    deregistrations.filed(actor, number);
    EngineExceptions.guarded(() -> tasks.complete(task.getId()));
    return deregistrations.of(actor, number);
  }
}
