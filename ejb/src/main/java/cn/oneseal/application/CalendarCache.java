package cn.oneseal.application;

import cn.oneseal.domain.model.clock.WorkingCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * The working calendar as last read from the database, shared by every request. An edit clears it
 * once its transaction has ended, and a calendar read while an edit was under way is not kept, so
 * no reader keeps seeing the days an administrator has replaced.
 */
@ApplicationScoped
public class CalendarCache {

  /** Fired by an edit of the calendar; acted on when the editing transaction has ended. */
  public record Changed(int year) {}

  private WorkingCalendar calendar;
  private long generation;

  public synchronized WorkingCalendar cached() {
    return calendar;
  }

  public synchronized long generation() {
    return generation;
  }

  /** Keeps a calendar read at {@code readAt} unless an edit has ended since. */
  public synchronized void offer(long readAt, WorkingCalendar read) {
    if (readAt == generation) {
      calendar = read;
    }
  }

  public synchronized void onChange(
      @Observes(during = TransactionPhase.AFTER_COMPLETION) Changed change) {
    calendar = null;
    generation++;
  }
}
