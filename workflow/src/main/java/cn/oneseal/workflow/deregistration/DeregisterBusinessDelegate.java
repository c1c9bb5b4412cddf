package cn.oneseal.workflow.deregistration;

import cn.oneseal.application.DeregistrationService;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess;
import cn.oneseal.workflow.registration.RegistrationProcess;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Deregisters the licence of an approved deregistration and cancels its name, as the deciding
 * director's act; idempotent for a retried job.
 */
@Named(DeregistrationProcess.Delegate.DEREGISTER)
@Dependent
public class DeregisterBusinessDelegate implements JavaDelegate {

  @Inject DeregistrationService deregistrations;

  @Override
  public void execute(DelegateExecution execution) {
    deregistrations.deregister(
        (String) execution.getVariable(GeneralLicensingProcess.Var.APPLICATION_NUMBER),
        (String) execution.getVariable(RegistrationProcess.Var.DECIDED_BY));
  }
}
