package cn.oneseal.web.view.workbench;

import cn.oneseal.domain.model.clock.Extension;
import cn.oneseal.domain.model.clock.Pause;
import cn.oneseal.domain.model.clock.PauseKind;
import cn.oneseal.web.i18n.Messages;
import cn.oneseal.web.view.shared.FacesSupport;
import cn.oneseal.workflow.task.WorkItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;

/**
 * How the legal clock reads on the workbench's pages, in the person's language: countdowns in
 * working days ("剩 3 个工作日" / "超期 2 个工作日"), cards, pauses and extensions, who holds a task. For
 * pages: {@code #{clocks.countdown(task.workingDaysLeft())}}.
 */
@Named("clocks")
@ApplicationScoped
public class WorkbenchTexts {

  public static final String BUNDLE = "cn.oneseal.web.i18n.workbench";

  /** A text of the workbench bundle in the person's language. */
  static String text(String key, Object... arguments) {
    return Messages.textOr(BUNDLE, key, key, FacesSupport.locale(), arguments);
  }

  /** A confirmation from the workbench bundle as a global message. */
  static void info(String key, Object... arguments) {
    FacesSupport.infoFrom(BUNDLE, key, arguments);
  }

  /** The same, kept over the redirect that follows. */
  public static void infoAfterRedirect(String key, Object... arguments) {
    FacesSupport.context().getExternalContext().getFlash().setKeepMessages(true);
    info(key, arguments);
  }

  /** Working days left as a countdown; {@link Integer#MAX_VALUE} is a step without a clock. */
  public String countdown(int workingDaysLeft) {
    if (workingDaysLeft == Integer.MAX_VALUE) {
      return text("countdown.none");
    }
    if (workingDaysLeft > 0) {
      return text("countdown.left", workingDaysLeft);
    }
    if (workingDaysLeft == 0) {
      return text("countdown.today");
    }
    return text("countdown.overdue", -workingDaysLeft);
  }

  /** The style of a countdown: overdue, due today or soon, or plenty of time. */
  public String countdownClass(int workingDaysLeft) {
    if (workingDaysLeft == Integer.MAX_VALUE) {
      return "os-countdown os-countdown-none";
    }
    if (workingDaysLeft < 0) {
      return "os-countdown os-countdown-late";
    }
    return workingDaysLeft <= 2 ? "os-countdown os-countdown-soon" : "os-countdown";
  }

  public String card(String card) {
    return text("card." + normal(card));
  }

  /** The style class of a card badge. */
  public String cardClass(String card) {
    return "os-card-badge os-card-badge-" + normal(card);
  }

  /** The tooltip of a card badge. */
  public String cardTitle(String card) {
    String c = normal(card);
    return "none".equals(c) ? text("card.none") : text("card.title." + c);
  }

  private static String normal(String card) {
    return "red".equals(card) || "yellow".equals(card) ? card : "none";
  }

  public String date(LocalDate day) {
    return day == null ? "—" : day.toString();
  }

  /** Why and how long the clock stood still. */
  public String pause(Pause pause) {
    String why =
        pause.kind() == PauseKind.CORRECTION
            ? text("clock.pause.CORRECTION")
            : text(
                "clock.pause.SPECIAL_STEP",
                pause.step() == null ? "" : FacesSupport.text("step." + pause.step()));
    String until = pause.until() == null ? text("clock.pause.until") : pause.until().toString();
    return pause.from() + " – " + until + " · " + why;
  }

  public String extension(Extension extension) {
    return text(
        "clock.extension.line",
        extension.workingDays(),
        extension.grantedOn().toString(),
        extension.grantedBy());
  }

  /**
   * Who holds a task as the inbox shows it, for tasks another holds or that are delegated; empty
   * for unclaimed tasks and the reader's own (the page shows tags for those).
   */
  public String holder(WorkItem task, String me) {
    if (task.delegationPending() && task.owner() != null) {
      if (me != null && me.equals(task.owner())) {
        return text("inbox.delegatedTo", task.assignee());
      }
      return me != null && me.equals(task.assignee())
          ? text("inbox.delegatedBy", task.owner())
          : task.assignee() + " · " + text("inbox.delegatedBy", task.owner());
    }
    return task.assignee() == null || task.assignee().equals(me) ? "" : task.assignee();
  }
}
