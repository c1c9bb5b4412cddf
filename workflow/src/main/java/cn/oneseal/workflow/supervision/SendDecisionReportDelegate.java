package cn.oneseal.workflow.supervision;

import cn.oneseal.application.credit.SupervisionLinkService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Sends one decision report in its own job. A refusal is thrown on, so that the engine retries the
 * job and finally raises an incident; the report is never dropped silently.
 */
@Named(DecisionReportProcess.Delegate.SEND_REPORT)
@Dependent
public class SendDecisionReportDelegate implements JavaDelegate {

  @Inject SupervisionLinkService link;

  @Override
  public void execute(DelegateExecution execution) {
    link.deliver((String) execution.getVariable(DecisionReportProcess.Var.REPORT_ID));
  }
}
