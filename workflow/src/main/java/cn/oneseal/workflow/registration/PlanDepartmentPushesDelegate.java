package cn.oneseal.workflow.registration;

import cn.oneseal.application.DepartmentPushService;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Decides which departments receive the registration data, from the list in force. */
@Named(RegistrationProcess.Delegate.PLAN_PUSHES)
@Dependent
public class PlanDepartmentPushesDelegate implements JavaDelegate {

  @Inject DepartmentPushService pushes;

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(GeneralLicensingProcess.Var.APPLICATION_NUMBER);
    execution.setVariable(
        RegistrationProcess.Var.PUSH_CERTIFICATES, new ArrayList<>(pushes.plan(number)));
  }
}
