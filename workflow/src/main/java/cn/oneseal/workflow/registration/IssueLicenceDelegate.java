package cn.oneseal.workflow.registration;

import cn.oneseal.application.LicenceService;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Issues the credit code and the licence of an approved registration, as the director's act. */
@Named(RegistrationProcess.Delegate.ISSUE_LICENCE)
@Dependent
public class IssueLicenceDelegate implements JavaDelegate {

  @Inject LicenceService licences;

  @Override
  public void execute(DelegateExecution execution) {
    licences.issue(
        (String) execution.getVariable(GeneralLicensingProcess.Var.APPLICATION_NUMBER),
        (String) execution.getVariable(RegistrationProcess.Var.DECIDED_BY));
  }
}
