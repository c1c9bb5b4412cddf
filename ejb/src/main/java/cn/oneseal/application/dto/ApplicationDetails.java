package cn.oneseal.application.dto;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Everything about one application that its readers may see. */
public record ApplicationDetails(
    String number,
    String itemCode,
    int itemVersion,
    String itemNameZh,
    String itemNameEn,
    String applicant,
    String status,
    Instant submittedAt,
    Instant acceptedAt,
    Instant decidedAt,
    Instant deliveredAt,
    boolean deemedAccepted,
    Map<String, String> form,
    List<MaterialInfo> materials,
    List<String> correctionItems,
    String correctionOpinion,
    Instant correctionRequestedAt,
    /** The last day to answer the correction notice (the item version's period), or null. */
    LocalDate correctionDue,
    /** What follows when it passes unanswered (视为撤回申请), in Chinese and English; or null. */
    String correctionConsequenceZh,
    String correctionConsequenceEn,
    String decisionOutcome,
    String decisionReasons,
    String withdrawReason,
    List<HistoryInfo> history,
    String linkedTo,
    List<String> linkedApplications)
    implements Serializable {

  public boolean correctionPending() {
    return "CORRECTION_REQUESTED".equals(status);
  }

  public boolean withdrawable() {
    return "SUBMITTED".equals(status)
        || "CORRECTION_REQUESTED".equals(status)
        || "UNDER_REVIEW".equals(status)
        || "AWAITING_DECISION".equals(status);
  }
}
