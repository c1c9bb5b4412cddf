package cn.oneseal.workflow.clock;

import cn.oneseal.application.LegalClockService;
import cn.oneseal.application.dto.CardChange;
import cn.oneseal.workflow.task.WorkbenchNotices;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
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

  @Override
  public void execute(DelegateExecution execution) {
    List<CardChange> changes = clocks.watch();
    changes.forEach(notices::cardChanged);
    if (!changes.isEmpty()) {
      LOG.info(() -> "legal clock watch: " + changes.size() + " card(s) changed");
    }
  }
}
