package cn.oneseal.domain.model.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The ratings (好差评) and their follow-ups. */
public interface EvaluationRepository {

  void add(ServiceEvaluation evaluation);

  Optional<ServiceEvaluation> ofCase(String applicationNumber);

  Optional<ServiceEvaluation> byId(long id);

  Optional<ServiceEvaluation> byFollowUpTask(String taskId);

  /**
   * The negative ratings (those with a follow-up), oldest open first (then by id), optionally of
   * one status; {@code offset}/{@code limit} slice them.
   */
  List<ServiceEvaluation> followUps(ServiceEvaluation.FollowUp status, int offset, int limit);

  /** How many {@link #followUps} there are. */
  long countFollowUps(ServiceEvaluation.FollowUp status);

  /**
   * The ratings given in {@code [from, to)}, each with its handlers; the figures of satisfaction
   * are counted from them.
   */
  List<ServiceEvaluation> ratedBetween(Instant from, Instant to);
}
