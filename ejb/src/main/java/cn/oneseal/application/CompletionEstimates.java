package cn.oneseal.application;

import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.application.Application;
import cn.oneseal.domain.model.application.ApplicationStatus;
import cn.oneseal.domain.model.clock.BureauTime;
import cn.oneseal.domain.model.forecast.CompletionEstimate;
import cn.oneseal.domain.model.forecast.CompletionHistory;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/**
 * The expected completion of an open case (预计办结, docs/case-page.md): from the recent decided cases
 * of its item version that passed the step it is at now. None for a case that is decided, withdrawn
 * or refused, or that waits for the applicant's corrections (the bureau is at no step; the legal
 * clock stands still), and none while fewer than {@link CompletionEstimate#MIN_BASIS} past cases
 * exist.
 */
@Stateless
@PermitAll
public class CompletionEstimates {

  @Inject private ApplicationService applications;

  @Inject private CompletionHistory history;

  @Inject private CalendarService calendars;

  @Inject private Clock clock;

  /** The estimate for the case, if this actor may read it (otherwise "not found"). */
  public Optional<CompletionEstimate> of(Actor actor, String number) {
    Application application = applications.readable(actor, number);
    ApplicationStatus status = application.getStatus();
    if (status.isFinal() || status == ApplicationStatus.CORRECTION_REQUESTED) {
      return Optional.empty();
    }
    long version = application.getItemVersion().getId();
    return history
        .openStep(number)
        .flatMap(
            open ->
                CompletionEstimate.of(
                    open.step(),
                    open.enteredOn(),
                    history.decidedAfter(version, open.step(), CompletionEstimate.WINDOW),
                    calendars.calendar(),
                    BureauTime.day(clock.instant())));
  }

  /**
   * The step the bureau is at on the case now (its open step clock), if this actor may read it;
   * empty when no step of the bureau is open (decided, or waiting for the applicant).
   */
  public Optional<String> currentStep(Actor actor, String number) {
    applications.readable(actor, number);
    return history.openStep(number).map(CompletionHistory.OpenStep::step);
  }
}
