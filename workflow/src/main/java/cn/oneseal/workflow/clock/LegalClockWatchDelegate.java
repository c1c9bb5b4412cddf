package cn.oneseal.workflow.clock;

import cn.oneseal.application.CitizenNotices;
import cn.oneseal.application.LegalClockService;
import cn.oneseal.application.dto.WatchReport;
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
 * tells the people concerned of each one that turned yellow or red.
 */
@Named("legalClockWatchDelegate")
@Dependent
public class LegalClockWatchDelegate implements JavaDelegate {

  private static final Logger LOG = Logger.getLogger(LegalClockWatchDelegate.class.getName());

  @Inject LegalClockService clocks;

  @Inject WorkbenchNotices notices;

  @Inject CitizenNotices citizenNotices;

  @Override
  public void execute(DelegateExecution execution) {
    long started = System.nanoTime();
    WatchReport report = clocks.watch();
    report.changes().forEach(notices::cardChanged);
    // the applicants' own deadlines: reminded once, N working days before (issue 17)
    int reminded = citizenNotices.remindDeadlines();
    long millis = (System.nanoTime() - started) / 1_000_000;
    Level level = report.changes().isEmpty() && reminded == 0 ? Level.FINE : Level.INFO;
    LOG.log(
        level,
        () ->
            String.format(
                "legal clock watch: %d card(s) changed among %d open cases and %d open steps,"
                    + " %d applicant(s) reminded of a deadline, in %d ms",
                report.changes().size(), report.cases(), report.steps(), reminded, millis));
  }
}
