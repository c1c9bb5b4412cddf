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
  COUNTERSIGN("countersignReview"),
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
  ISSUE_LICENCE("issueLicence"),
  EXTEND("extendLimit"),
  /** 差评整改: the chief's answer to a negative rating, a step of the follow-up beside the case. */
  ANSWER_EVALUATION("answerEvaluation"),
  SIGN_COMMITMENT("signCommitment"),
  POST_CHECK("conductPostCheck"),
  RECHECK("recheckRectification"),
  STATEMENT("submitStatement"),
  DECIDE_REVOCATION("decideRevocation"),
  /** 异议审查: the registration section decides an objection to a deregistration notice. */
  REVIEW_OBJECTION("reviewObjection"),
  /** 申请注销登记: the business files its deregistration after the public notice. */
  FILE_DEREGISTRATION("fileDeregistration"),
  /** 登记审查: the registrar registers a technical contract or refuses to (技术合同认定登记). */
  REGISTER_CONTRACT("registerContract");

  private final String id;

  Step(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** The step whose id is a task's definition key, if it is one of ours. */
  public static java.util.Optional<Step> fromId(String id) {
    return java.util.Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
  }
}
