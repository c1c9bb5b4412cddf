package cn.oneseal.workflow.step;

import cn.oneseal.domain.model.catalog.SpecialStepKind;
import cn.oneseal.domain.model.document.IssuedDocument;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * One user task of one process model, described once: who does it, what they may decide, whether
 * the case can be sent back from it, how its clock runs, which special step it carries out, which
 * form it needs and which of its acts seal a document. The engine's listeners, the task operations
 * and API, the task page, the flowchart and the authorization checks all read this record, so they
 * cannot disagree.
 *
 * @param processKey the BPMN process id
 * @param taskKey the BPMN user task id
 * @param role the candidate group that works it, or {@link #APPLICANT} for the applicant's own task
 * @param sections which members of the role may work a given case
 * @param outcomes what may be decided at this step, in the order offered
 * @param returnsTo the step the case may be returned to from here (退回), or {@code null}
 * @param clock how the step's time is kept
 * @param specialStep the special step (特殊环节) the task carries out, or {@code null}
 * @param form the form fragment of the task page
 */
public record StepDefinition(
    String processKey,
    String taskKey,
    String role,
    SectionRule sections,
    List<StepOutcome> outcomes,
    String returnsTo,
    StepClock clock,
    SpecialStepKind specialStep,
    StepForm form)
    implements Serializable {

  /** The role of the applicant's own tasks (the correction task), assigned by the model. */
  public static final String APPLICANT = "applicant";

  public StepDefinition {
    outcomes = List.copyOf(outcomes);
    if (clock == StepClock.SPECIAL_STEP && specialStep == null) {
      throw new IllegalArgumentException(taskKey + ": a special step's clock needs its kind");
    }
  }

  /** Whether the case can be returned (退回) to an earlier step from here. */
  public boolean returnable() {
    return returnsTo != null;
  }

  /** Whether a member of staff works it (the applicant's correction task is not staff work). */
  public boolean staffStep() {
    return !APPLICANT.equals(role);
  }

  /** The outcome of this value, if the step allows it. */
  public Optional<StepOutcome> outcome(String value) {
    return outcomes.stream().filter(o -> o.value().equals(value)).findFirst();
  }

  /** The values of the allowed outcomes, in order. */
  public List<String> outcomeValues() {
    return outcomes.stream().map(StepOutcome::value).toList();
  }

  /** Whether one of this step's acts produces a sealed document (一颗印章). */
  public boolean seals() {
    return outcomes.stream().anyMatch(o -> o.document() != null);
  }

  /**
   * One thing the holder may decide at the step.
   *
   * @param value the value the process reads (e.g. {@code accept})
   * @param labelKey the bundle key of its label on the task page
   * @param opinionKey the bundle key of the opinion's label, which says whether it is required
   * @param document the document the act produces, sealed with the bureau seal, or {@code null}
   */
  public record StepOutcome(
      String value, String labelKey, String opinionKey, IssuedDocument.Kind document)
      implements Serializable {}

  /** Which members of the step's role may work one case. */
  public enum SectionRule {
    /**
     * Staff attached to a section (科室) work only the item's section; staff of the whole bureau (the
     * window, the director) work every case.
     */
    ITEM_SECTION,
    /** Only the person the model assigned the task to (the applicant). */
    ASSIGNEE_ONLY
  }

  /** How the step's time is kept. */
  public enum StepClock {
    /** No staff clock: the applicant's time (the case clock stands still meanwhile). */
    NONE,
    /** The step's limit in working days is data per process and step ({@code step_limit}). */
    STEP_LIMIT,
    /**
     * The item's version says how long the special step takes; it stops the case clock while it
     * runs (行政许可法 Art. 45).
     */
    SPECIAL_STEP
  }

  /** The form fragment the task page shows for the step. */
  public enum StepForm {
    /** 受理: accept, list the missing materials once, or refuse. */
    ACCEPTANCE,
    /** The applicant's corrections (on the applicant's pages, not the staff task page). */
    CORRECTIONS,
    /** 审查: a recommendation with the opinion. */
    REVIEW,
    /** 会签: agree or object. */
    COUNTERSIGN,
    /** 现场核查: the record, two or more inspectors, photos. */
    SITE_INSPECTION,
    /** Another special step: its record. */
    SPECIAL_STEP,
    /** 决定: approve or deny. */
    DECISION,
    /** 差评整改: the chief's explanation and rectification of a negative rating. */
    EVALUATION_FOLLOW_UP,
    /** 核查 / 复查: the post-check of a commitment (告知承诺制), with a rectification period. */
    POST_CHECK,
    /** 陈述申辩: the holder's statement (on the applicant's pages, not the staff task page). */
    STATEMENT,
    /** 撤销决定: the director revokes the approval or keeps it. */
    REVOCATION,
    /** 异议审查: the registration section sustains or dismisses objections to a public notice. */
    OBJECTION,
    /** 申请注销登记: the business files after the notice (on the applicant's pages). */
    FILING,
    /** 登记审查: the registrar registers a technical contract or rejects it. */
    CONTRACT_REGISTRATION,
    /** 发放决定: the director issues an innovation voucher or refuses it. */
    VOUCHER_DECISION
  }
}
