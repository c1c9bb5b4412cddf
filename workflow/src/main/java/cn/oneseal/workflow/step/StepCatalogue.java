package cn.oneseal.workflow.step;

import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.workflow.evaluation.EvaluationFollowUpProcess;
import cn.oneseal.workflow.licensing.GeneralLicensingProcess;
import cn.oneseal.workflow.registration.RegistrationProcess;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every user task of every process model the bureau runs, each described once by its process (see
 * {@link StepDefinition}). A model whose user task is not described here does not deploy (the
 * engine's parse listener checks it), and a test checks that every entry names a task of its model
 * with the same candidate group: the description and the diagram cannot drift apart.
 *
 * <p>Adding a process means its BPMN file and its list of steps here.
 */
public final class StepCatalogue {

  private static final Map<String, StepDefinition> STEPS =
      index(
          Stream.of(
                  GeneralLicensingProcess.STEPS,
                  RegistrationProcess.STEPS,
                  cn.oneseal.workflow.registration.ChangeRegistrationProcess.STEPS,
                  EvaluationFollowUpProcess.STEPS,
                  cn.oneseal.workflow.commitment.CommitmentLicensingProcess.STEPS,
                  cn.oneseal.workflow.deregistration.DeregistrationProcess.STEPS,
                  cn.oneseal.workflow.innovation.TechnicalContractProcess.STEPS,
                  cn.oneseal.workflow.innovation.VoucherProcess.STEPS)
              .flatMap(List::stream)
              .toList());

  /**
   * Processes with steps that run beside a case rather than carry it (the follow-up of a negative
   * rating): their tasks are the case's too (same business key, same application number), but no
   * item runs them and the case's progress is not theirs.
   */
  private static final Set<String> BESIDE_CASE = Set.of(EvaluationFollowUpProcess.KEY);

  private StepCatalogue() {}

  private static Map<String, StepDefinition> index(List<StepDefinition> steps) {
    Map<String, StepDefinition> index = new LinkedHashMap<>();
    for (StepDefinition step : steps) {
      if (index.put(key(step.processKey(), step.taskKey()), step) != null) {
        throw new IllegalStateException("step described twice: " + step.taskKey());
      }
    }
    return Map.copyOf(index);
  }

  private static String key(String processKey, String taskKey) {
    return processKey + "#" + taskKey;
  }

  /** The step, if the process describes it. */
  public static Optional<StepDefinition> find(String processKey, String taskKey) {
    return Optional.ofNullable(STEPS.get(key(processKey, taskKey)));
  }

  /**
   * The step of a running task; every deployed user task is described, so a miss means a task of a
   * model this application does not run.
   */
  public static StepDefinition of(String processKey, String taskKey) {
    return find(processKey, taskKey)
        .orElseThrow(
            () ->
                DomainException.invalid("error.task.notCompletableHere", String.valueOf(taskKey)));
  }

  /** The process key of a process definition id ({@code key:version:id}). */
  public static String processKeyOf(String processDefinitionId) {
    return processDefinitionId == null ? null : processDefinitionId.split(":", 2)[0];
  }

  /** Every described step. */
  public static Collection<StepDefinition> all() {
    return STEPS.values();
  }

  /**
   * The processes that carry an application's case (those with steps); others — the e-mail outbox,
   * the clock's watch — only run beside it.
   */
  public static String[] caseProcessKeys() {
    return STEPS.values().stream()
        .map(StepDefinition::processKey)
        .filter(key -> !BESIDE_CASE.contains(key))
        .distinct()
        .toArray(String[]::new);
  }

  /** The steps of one process. */
  public static List<StepDefinition> of(String processKey) {
    return STEPS.values().stream().filter(s -> s.processKey().equals(processKey)).toList();
  }
}
