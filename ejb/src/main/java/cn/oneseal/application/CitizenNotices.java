package cn.oneseal.application;

import cn.oneseal.domain.model.application.Application;
import cn.oneseal.domain.model.application.ApplicationRepository;
import cn.oneseal.domain.model.catalog.ItemVersion;
import cn.oneseal.domain.model.clock.BureauTime;
import cn.oneseal.domain.model.clock.WorkingCalendar;
import cn.oneseal.domain.model.document.IssuedDocument;
import cn.oneseal.domain.model.notification.NotificationKind;
import cn.oneseal.infrastructure.config.OneSealConfig;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Tells applicants what happened to their case and what to do next (issue 17): accepted, a
 * correction needed (the materials in words, the deadline, the consequence), not accepted, decided,
 * the licence issued, a deadline near. Called by the services that perform those acts, inside their
 * transaction: the notice exists exactly when the act does, once, and its e-mail and SMS go out
 * from the outbox after the commit ({@link NotificationService}).
 */
@Stateless
@PermitAll
public class CitizenNotices {

  @Inject private ApplicationRepository applications;

  @Inject private NotificationService notifications;

  @Inject private CalendarService calendars;

  @Inject private OneSealConfig config;

  @Inject private Clock clock;

  /**
   * The recipient's language. Accounts do not record one yet, so every applicant reads Chinese, the
   * language of the law; the e-mail adds the English framing of each notice.
   */
  static Locale languageOf(String username) {
    return Locale.SIMPLIFIED_CHINESE;
  }

  public void accepted(Application application) {
    CitizenNoticeText text = text(application);
    ItemVersion version = application.getItemVersion();
    tell(
        application,
        NotificationKind.APPLICATION_ACCEPTED,
        text.accepted(text.itemName(version), today(), version.getPromisedDays()));
  }

  /**
   * The correction request; sets the application's due day from the item version's correction
   * period, counted in working days from the day of the request.
   */
  public void correctionRequested(Application application) {
    ItemVersion version = application.getItemVersion();
    Integer period = version.getCorrectionPeriodDays();
    LocalDate due = period == null ? null : calendar().addWorkingDays(today(), period);
    application.setCorrectionDue(due);
    CitizenNoticeText text = text(application);
    tell(
        application,
        NotificationKind.CORRECTION_REQUESTED,
        text.correction(
            text.itemName(version),
            text.materials(version, application.getCorrectionItems()),
            due,
            period,
            text.consequence(version)));
  }

  public void refused(Application application, String reasons, IssuedDocument notice) {
    CitizenNoticeText text = text(application);
    tell(
        application,
        NotificationKind.APPLICATION_REFUSED,
        text.refused(text.itemName(application.getItemVersion()), reasons, documentLink(notice)));
  }

  public void decided(
      Application application, boolean approved, String reasons, IssuedDocument decision) {
    CitizenNoticeText text = text(application);
    tell(
        application,
        approved ? NotificationKind.APPLICATION_APPROVED : NotificationKind.APPLICATION_DENIED,
        text.decided(
            text.itemName(application.getItemVersion()),
            approved,
            reasons,
            documentLink(decision)));
  }

  /**
   * The registrar registered the applicant's technical contract ({@code registrationNumber}), or
   * rejected it ({@code null}) for {@code reasons}: told as registration, not as a licence.
   */
  public void contractConcluded(
      Application application, String registrationNumber, String reasons, IssuedDocument document) {
    CitizenNoticeText text = text(application);
    tell(
        application,
        registrationNumber == null
            ? NotificationKind.APPLICATION_DENIED
            : NotificationKind.APPLICATION_APPROVED,
        text.contractConcluded(
            text.itemName(application.getItemVersion()),
            registrationNumber,
            reasons,
            documentLink(document)));
  }

  /**
   * The director issued the firm's voucher ({@code voucherNumber}) or refused it ({@code null}).
   */
  public void voucherDecided(
      Application application,
      String voucherNumber,
      String faceValue,
      java.time.LocalDate validUntil,
      String reasons,
      IssuedDocument document) {
    CitizenNoticeText text = text(application);
    tell(
        application,
        voucherNumber == null
            ? NotificationKind.APPLICATION_DENIED
            : NotificationKind.APPLICATION_APPROVED,
        text.voucherDecided(
            text.itemName(application.getItemVersion()),
            voucherNumber,
            faceValue,
            validUntil,
            reasons,
            documentLink(document)));
  }

  public void licenceIssued(
      Application application, String enterpriseName, String creditCode, IssuedDocument licence) {
    tell(
        application,
        NotificationKind.LICENCE_ISSUED,
        text(application).licence(enterpriseName, creditCode, documentLink(licence)));
  }

  /**
   * Reminds every applicant whose correction period ends within {@link
   * OneSealConfig#deadlineReminderDays()} working days, once per correction request; answers how
   * many were reminded. Run by the legal-clock watch.
   */
  public int remindDeadlines() {
    LocalDate today = today();
    WorkingCalendar calendar = calendar();
    int within = config.deadlineReminderDays();
    List<Application> waiting = applications.awaitingCorrectionUnreminded();
    int reminded = 0;
    for (Application application : waiting) {
      LocalDate due = application.getCorrectionDue();
      if (today.isAfter(due)) {
        continue;
      }
      int left = calendar.workingDaysBetween(today, due);
      if (left > within) {
        continue;
      }
      ItemVersion version = application.getItemVersion();
      CitizenNoticeText text = text(application);
      tell(
          application,
          NotificationKind.DEADLINE_NEAR,
          text.correctionDeadlineNear(
              text.itemName(version),
              due,
              left,
              text.materials(version, application.getCorrectionItems()),
              text.consequence(version)));
      application.markCorrectionReminded();
      reminded++;
    }
    return reminded;
  }

  /** The applications whose correction period has passed unanswered (due before today). */
  public List<String> lapsedCorrections() {
    return applications.correctionDueBefore(today());
  }

  /** The correction period passed unanswered and the application is deemed withdrawn. */
  public void deemedWithdrawn(Application application) {
    CitizenNoticeText text = text(application);
    ItemVersion version = application.getItemVersion();
    tell(
        application,
        NotificationKind.APPLICATION_DEEMED_WITHDRAWN,
        text.deemedWithdrawn(
            text.itemName(version), application.getCorrectionDue(), text.consequence(version)));
  }

  private void tell(Application application, NotificationKind kind, String detail) {
    notifications.notify(
        application.getApplicant(), kind, application.getNumber(), null, null, detail);
  }

  private static CitizenNoticeText text(Application application) {
    return new CitizenNoticeText(languageOf(application.getApplicant()));
  }

  /** Where the applicant downloads a document of their case (signed in). */
  private String documentLink(IssuedDocument document) {
    return config.publicUrl()
        + "/api/applications/"
        + URLEncoder.encode(document.getApplicationNumber(), StandardCharsets.UTF_8)
        + "/documents/"
        + document.getId();
  }

  private LocalDate today() {
    return BureauTime.day(clock.instant());
  }

  private WorkingCalendar calendar() {
    return calendars.calendar();
  }
}
