package cn.oneseal.workflow.deregistration;

import cn.oneseal.application.DeregistrationService;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The deregistration's step {@code closed} (see {@link DeregistrationService#closed}). */
@Named(DeregistrationProcess.Delegate.CLOSED)
@Dependent
public class DeregistrationClosedDelegate implements JavaDelegate {

  @Inject DeregistrationService deregistrations;

  @Override
  public void execute(DelegateExecution execution) {
    deregistrations.closed(
        (String) execution.getVariable(GeneralLicensingProcess.Var.APPLICATION_NUMBER));
  }
}
