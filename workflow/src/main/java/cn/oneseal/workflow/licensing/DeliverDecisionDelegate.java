package cn.oneseal.workflow.licensing;

import cn.oneseal.application.ApplicationService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Delivers the decision (送达): the result becomes available to the applicant. Runs in the
 * transaction of the director's decision, so a failed delivery undoes the decision step too.
 */
@Named(GeneralLicensingProcess.Delegate.DELIVER_DECISION)
@Dependent
public class DeliverDecisionDelegate implements JavaDelegate {

  @Inject ApplicationService applications;

  @Override
  public void execute(DelegateExecution execution) {
    applications.deliver(
        (String) execution.getVariable(GeneralLicensingProcess.Var.APPLICATION_NUMBER));
  }
}
