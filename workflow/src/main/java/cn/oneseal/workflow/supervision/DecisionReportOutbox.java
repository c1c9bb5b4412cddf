package cn.oneseal.workflow.supervision;

import cn.oneseal.application.credit.DecisionReported;
import cn.oneseal.infrastructure.config.OneSealConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The outbox entry of a decision report: a {@link DecisionReportProcess} instance started in the
 * decision's transaction, whose asynchronous job sends the report after the commit. A rolled-back
 * decision leaves neither the report nor the job.
 */
@ApplicationScoped
public class DecisionReportOutbox {

  @Inject RuntimeService runtime;

  @Inject OneSealConfig config;

  void written(@Observes DecisionReported reported) {
    runtime.startProcessInstanceByKey(
        DecisionReportProcess.KEY,
        reported.applicationNumber(),
        Variables.createVariables()
            .putValue(DecisionReportProcess.Var.REPORT_ID, reported.reportId())
            .putValue(DecisionReportProcess.Var.RETRY_CYCLE, config.pushRetryCycle()));
  }
}
