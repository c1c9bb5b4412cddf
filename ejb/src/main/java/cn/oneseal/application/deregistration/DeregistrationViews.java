package cn.oneseal.application.deregistration;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the deregistration services answer: no entity leaves the ejb module. */
public final class DeregistrationViews {

  private DeregistrationViews() {}

  /**
   * A deregistration as its applicant and the staff see it.
   *
   * @param path {@code simple} or {@code ordinary}
   * @param status {@code notice}, {@code objection-review}, {@code awaiting-filing}, {@code filed},
   *     {@code refused}, {@code lapsed}, {@code deregistered} or {@code denied}
   * @param noticeNumber the public notice's number, {@code null} when there is none
   * @param filingOpen whether the applicant may file the deregistration application now
   */
  public record DeregistrationView(
      String applicationNumber,
      String creditCode,
      String name,
      String entityType,
      String path,
      String status,
      String investors,
      String commitment,
      String noticeNumber,
      LocalDate noticeStartsOn,
      LocalDate noticeEndsOn,
      LocalDate filingUntil,
      boolean filingOpen,
      Instant createdAt,
      Instant statusChangedAt)
      implements Serializable {}

  /**
   * A public notice (公示) as anyone sees it: never the objectors' names or contacts.
   *
   * @param id the notice's number, e.g. {@code GSJY-2026-000123}
   * @param objectionsOpen whether objections are taken now
   * @param state {@code running}, {@code ended} or {@code terminated} (an objection was sustained,
   *     or the deregistration ended otherwise)
   */
  public record NoticeView(
      String id,
      String name,
      String creditCode,
      String authority,
      String investors,
      String commitment,
      LocalDate startsOn,
      LocalDate endsOn,
      boolean objectionsOpen,
      String state)
      implements Serializable {}

  /** An objection as the registration section sees it (with the contact). */
  public record ObjectionView(
      long id, String name, String contact, String reason, Instant filedAt, String decision)
      implements Serializable {}

  /**
   * What the applicant is told about a business before filing.
   *
   * @param eligible whether the simplified path is open
   * @param problems the error codes of every failed condition (the reasons are in the bundles)
   * @param investors the investors who commit (the operator of an individual business)
   * @param noticeRequired whether a public notice precedes the filing (not for 个体工商户)
   * @param current the deregistration in progress or the last one, if any
   */
  public record EligibilityView(
      String creditCode,
      String name,
      String entityType,
      String licenceStatus,
      boolean eligible,
      List<String> problems,
      List<String> investors,
      boolean noticeRequired,
      String commitmentText,
      DeregistrationView current)
      implements Serializable {}

  /** A listing on the abnormal-operations list. */
  public record AbnormalView(
      long id,
      String creditCode,
      String reason,
      LocalDate listedOn,
      String listedBy,
      Instant removedAt,
      String removalReason)
      implements Serializable {}
}
