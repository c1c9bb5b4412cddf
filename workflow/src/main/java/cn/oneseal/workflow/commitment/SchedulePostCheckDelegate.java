package cn.oneseal.workflow.commitment;

import cn.oneseal.application.CommitmentService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * After an approval on a commitment: records when the post-check falls due (the decision plus the
 * item's period) and hands that moment to the model's timer ({@link
 * CommitmentLicensingProcess.Var#POST_CHECK_DUE}). Runs in the transaction of the decision.
 */
@Named(CommitmentLicensingProcess.Delegate.SCHEDULE_POST_CHECK)
@Dependent
public class SchedulePostCheckDelegate implements JavaDelegate {

  @Inject CommitmentService commitments;

  @Override
  public void execute(DelegateExecution execution) {
    String number =
        (String) execution.getVariable(CommitmentLicensingProcess.Var.APPLICATION_NUMBER);
    execution.setVariable(
        CommitmentLicensingProcess.Var.POST_CHECK_DUE,
        Date.from(commitments.schedulePostCheck(number)));
  }
}
