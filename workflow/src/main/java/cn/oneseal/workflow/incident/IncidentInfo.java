package cn.oneseal.workflow.incident;

import java.io.Serializable;
import java.time.Instant;

/**
 * An open incident of the process engine as administrators see it: a step whose job ran out of
 * retries (or another failure the engine could not resolve by itself) and so stopped its case.
 *
 * @param id the incident's id, what a retry names
 * @param at when the engine raised it
 * @param processKey the process definition key, e.g. {@code businessRegistration}
 * @param activityId the step that failed, e.g. {@code issueLicence}
 * @param activityName the step's name in the model (Chinese, as the models are written)
 * @param applicationNumber the business key: the application whose case stands still
 * @param message the first line of the failure, without the stack trace
 * @param jobId the failed job, for incidents of a job ({@code failedJob}); null otherwise
 * @param type the engine's incident type, e.g. {@code failedJob}
 */
public record IncidentInfo(
    String id,
    Instant at,
    String processKey,
    String activityId,
    String activityName,
    String applicationNumber,
    String message,
    String jobId,
    String type)
    implements Serializable {

  /** The engine's type of the incident of a job whose retries ran out. */
  public static final String FAILED_JOB = "failedJob";

  /** Whether a retry can resolve it: only a job can be run again. */
  public boolean retriable() {
    return FAILED_JOB.equals(type) && jobId != null;
  }
}
