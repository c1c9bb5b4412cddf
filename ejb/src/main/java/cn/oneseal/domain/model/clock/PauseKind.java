package cn.oneseal.domain.model.clock;

/**
 * Why the legal clock stands still: the bureau waits for the applicant's corrections (补正), or a
 * special step (特殊环节 — hearing, inspection, testing, appraisal, expert review, tendering) runs,
 * whose time the Administrative Licensing Law (art. 45) excludes from the limit.
 */
public enum PauseKind {
  CORRECTION,
  SPECIAL_STEP
}
