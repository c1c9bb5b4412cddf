package cn.oneseal.workflow.clock;

import cn.oneseal.application.CitizenNotices;
import cn.oneseal.application.LegalClockService;
import cn.oneseal.application.dto.WatchReport;
import cn.oneseal.workflow.licensing.LicensingWorkflow;
import cn.oneseal.workflow.task.WorkbenchNotices;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The electronic supervision's watch (电子监察), run by the engine's timer: recomputes every card and
 * tells the people concerned of each one that turned yellow or red; reminds applicants of a nearing
 * correction deadline and deems withdrawn the applications whose correction period passed
 * unanswered (issue 17, docs/notifications.md).
 */
@Named("legalClockWatchDelegate")
@Dependent
public class LegalClockWatchDelegate implements JavaDelegate {

  private static final Logger LOG = Logger.getLogger(LegalClockWatchDelegate.class.getName());

  @Inject LegalClockService clocks;

  @Inject WorkbenchNotices notices;

  @Inject CitizenNotices citizenNotices;

  @Inject LicensingWorkflow licensing;

  @Override
  public void execute(DelegateExecution execution) {
    long started = System.nanoTime();
    // the applicants' own deadlines first (reminded once, N working days before; the consequence
    // of a period that passed unanswered): their queries then run before the cards below are
    // written, so that the watch holds no more row locks, and no longer, than it did without them
    int reminded = citizenNotices.remindDeadlines();
    int lapsed = 0;
    for (String number : citizenNotices.lapsedCorrections()) {
      if (licensing.lapseCorrection(number)) {
        lapsed++;
      }
    }
    WatchReport report = clocks.watch();
    report.changes().forEach(notices::cardChanged);
    long millis = (System.nanoTime() - started) / 1_000_000;
    int withdrawn = lapsed;
    Level level =
        report.changes().isEmpty() && reminded == 0 && withdrawn == 0 ? Level.FINE : Level.INFO;
    LOG.log(
        level,
        () ->
            String.format(
                "legal clock watch: %d card(s) changed among %d open cases and %d open steps,"
                    + " %d applicant(s) reminded of a deadline, %d application(s) deemed"
                    + " withdrawn, in %d ms",
                report.changes().size(),
                report.cases(),
                report.steps(),
                reminded,
                withdrawn,
                millis));
  }
}
