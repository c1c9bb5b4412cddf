package cn.oneseal.workflow.licensing;

import cn.oneseal.application.ApplicationService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The window's acceptance period ran out (the boundary timer of {@code acceptApplication} fired):
 * flags the application as deemed accepted on its receipt date. Runs in the timer job's
 * transaction; if it fails the job is retried and then shown as an incident.
 */
@Named(GeneralLicensingProcess.Delegate.FLAG_DEEMED_ACCEPTANCE)
@Dependent
public class DeemedAcceptanceDelegate implements JavaDelegate {

  @Inject ApplicationService applications;

  @Override
  public void execute(DelegateExecution execution) {
    applications.flagDeemedAcceptance(
        (String) execution.getVariable(GeneralLicensingProcess.Var.APPLICATION_NUMBER));
  }
}
