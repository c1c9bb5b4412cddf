package cn.oneseal.application;

import cn.oneseal.domain.model.application.ApplicationStatus;
import cn.oneseal.domain.model.clock.Card;
import java.io.Serializable;

/**
 * Filters of the application lists; {@code null} means "any". {@code card} is the case's card as
 * the legal-clock watch last computed it. {@code section} is set by the service only: the section
 * (科室) whose cases the caller may read.
 */
public record ApplicationFilter(
    ApplicationStatus status,
    String itemCode,
    String applicant,
    String number,
    Card card,
    String section)
    implements Serializable {

  public ApplicationFilter(
      ApplicationStatus status, String itemCode, String applicant, String number, Card card) {
    this(status, itemCode, applicant, number, card, null);
  }

  public static ApplicationFilter any() {
    return new ApplicationFilter(null, null, null, null, null);
  }

  /** The same filter narrowed to one section's cases ({@code null}: every section). */
  public ApplicationFilter inSection(String sectionCode) {
    return new ApplicationFilter(status, itemCode, applicant, number, card, sectionCode);
  }
}
