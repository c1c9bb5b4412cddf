package cn.oneseal.domain.model.publication;

import java.time.Instant;

/**
 * An approved case as the publications read it: the facts of the decision and who holds it.
 *
 * @param number the case
 * @param item the item decided, names in both languages
 * @param decidedAt when the director decided
 * @param applicantName the holder's name as filed on the form ({@code applicantName})
 * @param formCreditCode the credit code filed on the form, if any
 * @param registration whether the case registers a business (the holder is then the entity the
 *     licence names, known only once the licence is issued)
 * @param licensedName the licence's registered name, once issued
 * @param licensedCreditCode the licence's credit code, once issued
 * @param decisionNumber the number of the sealed decision (准予行政许可决定书), if one was issued
 */
public record DecidedCase(
    String number,
    Publication.Item item,
    Instant decidedAt,
    String applicantName,
    String formCreditCode,
    boolean registration,
    String licensedName,
    String licensedCreditCode,
    String decisionNumber) {

  /**
   * Who holds the approval: the licensed entity of a registration, otherwise the applicant as filed
   * — an entity when a credit code was filed, otherwise a natural person. {@code null} while a
   * registration's licence is not yet issued.
   */
  public Publication.Holder holder() {
    if (registration) {
      return licensedName == null
          ? null
          : new Publication.Holder(licensedName, false, licensedCreditCode);
    }
    String name = applicantName == null || applicantName.isBlank() ? "" : applicantName;
    boolean natural = PublicName.naturalPerson(formCreditCode, false);
    return new Publication.Holder(name, natural, formCreditCode);
  }
}
