package cn.oneseal.domain.model.deregistration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Deregistrations, their public notices and objections, and the abnormal-operations list. */
public interface DeregistrationRepository {

  void add(Deregistration deregistration);

  Optional<Deregistration> ofApplication(String applicationNumber);

  Optional<Deregistration> byNotice(String noticeNumber);

  /** The deregistrations of one business, latest first. */
  List<Deregistration> ofBusiness(String creditCode);

  /** The next notice number of {@code year} (GSJY-2026-000123), counted in the database. */
  String nextNoticeNumber(int year);

  /** The notices published on or before {@code today}, latest first: one page and the total. */
  List<Deregistration> notices(LocalDate today, int offset, int limit);

  long countNotices(LocalDate today);

  void add(NoticeObjection objection);

  List<NoticeObjection> objections(long deregistrationId);

  /** How many objections came from this address hash since {@code since}, and the first of them. */
  List<Instant> objectionTimesFrom(String addressHash, Instant since);

  void add(AbnormalOperation listing);

  Optional<AbnormalOperation> abnormal(long id);

  /** Every listing of the credit code, removed or not. */
  List<AbnormalOperation> abnormalOf(String creditCode);

  List<AbnormalOperation> abnormalList(int offset, int limit);

  long countAbnormal();

  /** Whether a spot check's result transferred the case of this subject for investigation. */
  boolean transferredForInvestigation(String creditCode);

  /** Whether a sanction decided on or after {@code since} is on the record of the credit code. */
  boolean sanctionedSince(String creditCode, LocalDate since);

  /** The business licence of this credit code. */
  Optional<cn.oneseal.domain.model.registration.BusinessLicence> licence(String creditCode);

  /** The registered name of this full name in the area, if it is registered. */
  Optional<cn.oneseal.domain.model.registration.EnterpriseName> registeredName(
      String area, String fullName);

  void flush();
}
