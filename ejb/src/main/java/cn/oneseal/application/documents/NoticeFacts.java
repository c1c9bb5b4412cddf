package cn.oneseal.application.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * The facts of an application that its notices and decisions state. Text is Chinese: official
 * documents are issued in Chinese.
 *
 * @param actedOn the day of the act the document records (acceptance, correction request, refusal,
 *     decision)
 * @param reasons the reasons of a refusal or denial, or the opinion of an approval
 * @param correctionDue the last day to answer a correction notice, or {@code null}
 * @param correctionConsequence what follows an unanswered correction notice, or {@code null}
 */
public record NoticeFacts(
    String issuer,
    String applicationNumber,
    String applicant,
    String itemName,
    LocalDate submittedOn,
    LocalDate actedOn,
    int statutoryDays,
    int promisedDays,
    String consultationPhone,
    String complaintPhone,
    String reasons,
    String resultDocument,
    List<String> correctionItems,
    String correctionOpinion,
    LocalDate correctionDue,
    String correctionConsequence) {

  public NoticeFacts {
    correctionItems = correctionItems == null ? List.of() : List.copyOf(correctionItems);
  }

  /** The facts without a correction period (the item's guide sets none). */
  public NoticeFacts(
      String issuer,
      String applicationNumber,
      String applicant,
      String itemName,
      LocalDate submittedOn,
      LocalDate actedOn,
      int statutoryDays,
      int promisedDays,
      String consultationPhone,
      String complaintPhone,
      String reasons,
      String resultDocument,
      List<String> correctionItems,
      String correctionOpinion) {
    this(
        issuer,
        applicationNumber,
        applicant,
        itemName,
        submittedOn,
        actedOn,
        statutoryDays,
        promisedDays,
        consultationPhone,
        complaintPhone,
        reasons,
        resultDocument,
        correctionItems,
        correctionOpinion,
        null,
        null);
  }
}
