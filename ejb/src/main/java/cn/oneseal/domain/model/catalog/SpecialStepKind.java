package cn.oneseal.domain.model.catalog;

/**
 * Steps whose time does not count toward the decision limit (行政许可法 Art. 45): the applicant is told
 * in writing how long they take. Each is a path of the item's process model that runs only when the
 * item's version lists it.
 */
public enum SpecialStepKind {
  SITE_INSPECTION,
  EXPERT_REVIEW,
  HEARING,
  PUBLIC_NOTICE
}
