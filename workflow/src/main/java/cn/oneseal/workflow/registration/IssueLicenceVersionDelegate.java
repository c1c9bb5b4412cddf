package cn.oneseal.workflow.registration;

import cn.oneseal.application.LicenceService;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Issues the next version of the licence an approved change registration changes, as the act of the
 * director who approved; the version it replaces becomes superseded.
 */
@Named(ChangeRegistrationProcess.Delegate.ISSUE_LICENCE_VERSION)
@Dependent
public class IssueLicenceVersionDelegate implements JavaDelegate {

  @Inject LicenceService licences;

  @Override
  public void execute(DelegateExecution execution) {
    licences.issueChange(
        (String) execution.getVariable(GeneralLicensingProcess.Var.APPLICATION_NUMBER),
        (String) execution.getVariable(RegistrationProcess.Var.DECIDED_BY));
  }
}
