package cn.oneseal.domain.model.forecast;

import cn.oneseal.domain.model.forecast.CompletionEstimate.PastCase;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What the estimate of completion reads from the records of the cases (no process engine). */
public interface CompletionHistory {

  /** The step a case is at now and the day it entered it (its open step clock). */
  record OpenStep(String step, LocalDate enteredOn) {}

  /**
   * The step an open case is at: the open step clock that started first (a case waiting for the
   * applicant's corrections has none — the bureau is not at a step).
   */
  Optional<OpenStep> openStep(String applicationNumber);

  /**
   * Of the {@code window} most recently decided cases (approved or denied) of the item version,
   * those that passed {@code step}: for each, the day it first entered the step and the day of the
   * decision.
   */
  List<PastCase> decidedAfter(long itemVersionId, String step, int window);
}
