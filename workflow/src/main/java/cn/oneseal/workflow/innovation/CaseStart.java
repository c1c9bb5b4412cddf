package cn.oneseal.workflow.innovation;

import cn.oneseal.application.ApplicationService;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;

/** Starts the process of a case filed on its own form, keyed by the application number. */
final class CaseStart {

  private CaseStart() {}

  /**
   * Starts {@code processKey} for application {@code number} of {@code applicant}, in the caller's
   * transaction.
   */
  static void start(
      RuntimeService runtime,
      ApplicationService applications,
      String processKey,
      String number,
      String applicant) {
    ProcessInstance instance =
        runtime.startProcessInstanceByKey(
            processKey,
            number,
            Variables.createVariables()
                .putValue(GeneralLicensingProcess.Var.APPLICATION_NUMBER, number)
                .putValue(GeneralLicensingProcess.Var.APPLICANT, applicant));
    applications.attachWorkflow(number, instance.getId());
  }
}
