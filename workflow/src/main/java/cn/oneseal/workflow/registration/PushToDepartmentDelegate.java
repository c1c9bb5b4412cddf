package cn.oneseal.workflow.registration;

import cn.oneseal.application.DepartmentPushService;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * One attempt to push the data to one department, in its own job. A failure is thrown on so that
 * the engine retries the job and finally raises an incident; the push is never dropped.
 */
@Named(RegistrationProcess.Delegate.PUSH)
@Dependent
public class PushToDepartmentDelegate implements JavaDelegate {

  @Inject DepartmentPushService pushes;

  @Override
  public void execute(DelegateExecution execution) {
    pushes.deliver(
        (String) execution.getVariable(GeneralLicensingProcess.Var.APPLICATION_NUMBER),
        (String) execution.getVariable(RegistrationProcess.Var.CERTIFICATE));
  }
}
