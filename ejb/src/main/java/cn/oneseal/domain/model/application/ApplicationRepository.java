package cn.oneseal.domain.model.application;

import java.util.List;
import java.util.Optional;

/**
 * Where applications are kept. The services load an application through it, let the aggregate
 * change itself, and ask the repository to write the change at once where a concurrent change must
 * show up as a conflict in the caller's method rather than at commit.
 */
public interface ApplicationRepository {

  /** The application with this number (受理编号), if any. */
  Optional<Application> find(String number);

  /** The application that this applicant filed with this idempotency key, if any. */
  Optional<Application> findByIdempotencyKey(String applicant, String key);

  /** The numbers of the follow-up permit applications that a registration triggered, in order. */
  List<String> numbersLinkedTo(String registrationNumber);

  /** Adds a new application and writes it, so that it has its id (the number derives from it). */
  void store(Application application);

  /**
   * Locks the application's row until the transaction ends, so that two people acting on its tasks
   * at the same moment take turns instead of both acting on what they read before.
   */
  void lockForWork(Application application);

  /**
   * Writes pending changes now, so that a concurrent change of the same application (optimistic
   * version check) fails in the caller's method and is reported as a conflict, not at commit.
   */
  void flush();

  /**
   * The applications waiting for the applicant's corrections with a due day, whose reminder has not
   * been written yet.
   */
  List<Application> awaitingCorrectionUnreminded();

  /**
   * The numbers of the applications still waiting for corrections whose due day is before {@code
   * day}.
   */
  List<String> correctionDueBefore(java.time.LocalDate day);
}
