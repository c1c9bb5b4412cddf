package cn.oneseal.domain.model.application;

/** What happened in a step, as recorded in the history. */
public enum Action {
  SUBMITTED("submitted"),
  ACCEPTED("accepted"),
  CORRECTION_REQUESTED("correctionRequested"),
  REFUSED("refused"),
  CORRECTED("corrected"),
  REVIEWED("reviewed"),
  SPECIAL_STEP_COMPLETED("specialStepCompleted"),
  APPROVED("approved"),
  DENIED("denied"),
  DELIVERED("delivered"),
  WITHDRAWN("withdrawn"),
  DEEMED_ACCEPTED("deemedAccepted"),
  PUSH_RETRIED("pushRetried"),
  FOLLOW_UP_OPENED("followUpOpened"),
  LICENCE_ISSUED("licenceIssued"),
  CLAIMED("claimed"),
  RELEASED("released"),
  TRANSFERRED("transferred"),
  DELEGATED("delegated"),
  DELEGATION_RESOLVED("delegationResolved"),
  RETURNED("returned"),
  URGED("urged"),
  SUBSTITUTED("substituted"),
  REASSIGNED("reassigned"),
  EXTENDED("extended"),
  COUNTERSIGNED("countersigned"),
  COUNTERSIGN_OBJECTED("countersignObjected"),
  /** Approval of an applicant on the dishonesty register, with the legal reason (issue 15). */
  CREDIT_OVERRIDE("creditOverride"),
  COMMITMENT_SIGNED("commitmentSigned"),
  POST_CHECK_MET("postCheckMet"),
  RECTIFICATION_ORDERED("rectificationOrdered"),
  COMMITMENT_FOUND_FALSE("commitmentFoundFalse"),
  STATEMENT_SUBMITTED("statementSubmitted"),
  REVOKED("revoked"),
  REVOCATION_DECLINED("revocationDeclined"),
  /** The registrar registered a technical contract under its number. */
  CONTRACT_REGISTERED("contractRegistered"),
  /** The registrar refused to register a technical contract, with reasons. */
  CONTRACT_REJECTED("contractRejected"),
  /** The director issued an innovation voucher. */
  VOUCHER_ISSUED("voucherIssued"),
  /** The director refused an innovation voucher, with reasons. */
  VOUCHER_DENIED("voucherDenied");

  private final String id;

  Action(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
