package cn.oneseal.domain.model.application;

/**
 * The steps of the licensing process as the history names them. The ids equal the BPMN element ids
 * of the generic licensing model where a step is a task there.
 */
public enum Step {
  SUBMIT("submitApplication"),
  ACCEPT("acceptApplication"),
  SUBMIT_CORRECTIONS("submitCorrections"),
  REVIEW("reviewApplication"),
  SITE_INSPECTION("conductSiteInspection"),
  EXPERT_REVIEW("conductExpertReview"),
  HEARING("holdHearing"),
  PUBLIC_NOTICE("publishNotice"),
  DECIDE("decideApplication"),
  DELIVER("deliverDecision"),
  WITHDRAW("withdrawApplication"),
  DEEMED_ACCEPTANCE("deemedAcceptance"),
  PUSH_DATA("pushToDepartment"),
  FOLLOW_UP_PERMITS("openFollowUpPermits"),
  ISSUE_LICENCE("issueLicence");

  private final String id;

  Step(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
