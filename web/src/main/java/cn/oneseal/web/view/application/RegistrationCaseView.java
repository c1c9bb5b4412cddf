package cn.oneseal.web.view.application;

import cn.oneseal.application.ApplicationService;
import cn.oneseal.application.LicenceService;
import cn.oneseal.application.RegistrationService;
import cn.oneseal.application.dto.ApplicationDetails;
import cn.oneseal.application.dto.DocumentInfo;
import cn.oneseal.application.dto.PushInfo;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.web.i18n.Messages;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.view.citizen.RegistrationSummary;
import cn.oneseal.web.view.citizen.RegistrationTexts;
import cn.oneseal.web.view.shared.FacesSupport;
import cn.oneseal.web.view.shared.LocaleView;
import cn.oneseal.web.view.shared.ReportsProblems;
import cn.oneseal.web.view.verification.LicencePresentation;
import cn.oneseal.workflow.registration.PushStatus;
import cn.oneseal.workflow.registration.RegistrationWorkflow;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a business registration adds to its application page: the one form, the pushes of its data
 * to the integrated departments (staff retry a failed one), the follow-up permits opened as linked
 * applications, the documents issued and, once issued, the licence with its public verification.
 * Documents and links show on any application that has them.
 */
@Named
@ViewScoped
public class RegistrationCaseView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A push to one department, in the reader's language. */
  public record PushRow(
      String certificateCode,
      String certificate,
      String department,
      String status,
      int attempts,
      String receiptNumber,
      Instant deliveredAt,
      String lastError,
      boolean incident,
      boolean channelOpen,
      String channelNote)
      implements Serializable {}

  /** An application linked to this one. */
  public record LinkedRow(String number, String itemName, String status) implements Serializable {}

  @Inject private RegistrationService registrations;

  @Inject private RegistrationWorkflow workflow;

  @Inject private LicenceService licences;

  @Inject private ApplicationService applications;

  @Inject private CurrentActor currentActor;

  @Inject private LocaleView localeView;

  private String number;
  private RegistrationSummary summary;
  private List<PushRow> pushes = List.of();
  private List<LinkedRow> followUps = List.of();
  private LinkedRow linkedTo;
  private List<DocumentInfo> documents = List.of();
  private LicencePresentation licence;

  /** Reads the registration side of the application the page shows. */
  @ReportsProblems
  public void load(ApplicationDetails details) {
    if (details == null) {
      return;
    }
    number = details.number();
    Actor actor = currentActor.require();
    summary = registrations.ofApplication(actor, number).map(RegistrationSummary::new).orElse(null);
    if (summary != null) {
      readPushes(actor);
      licence = licences.ofApplication(actor, number).map(LicencePresentation::new).orElse(null);
    }
    documents = licences.documents(actor, number);
    followUps = linked(actor, details.linkedApplications());
    linkedTo =
        details.linkedTo() == null
            ? null
            : linked(actor, List.of(details.linkedTo())).stream().findFirst().orElse(null);
  }

  private void readPushes(Actor actor) {
    pushes = workflow.pushes(actor, number).stream().map(this::row).toList();
  }

  private PushRow row(PushStatus status) {
    PushInfo p = status.push();
    String error = status.incident() ? status.incidentMessage() : p.lastError();
    return new PushRow(
        p.certificateCode(),
        localeView.pick(p.certificateZh(), p.certificateEn()),
        localeView.pick(p.departmentZh(), p.departmentEn()),
        p.status(),
        p.attempts(),
        p.receiptNumber(),
        p.deliveredAt(),
        error,
        status.incident(),
        p.channelOpen(),
        p.channelNote());
  }

  private List<LinkedRow> linked(Actor actor, List<String> numbers) {
    List<LinkedRow> rows = new ArrayList<>();
    for (String linked : numbers == null ? List.<String>of() : numbers) {
      try {
        ApplicationDetails other = applications.details(actor, linked);
        rows.add(
            new LinkedRow(
                linked, localeView.pick(other.itemNameZh(), other.itemNameEn()), other.status()));
      } catch (DomainException e) {
        // a linked application the reader may not open is listed by its number only
        rows.add(new LinkedRow(linked, null, null));
      }
    }
    return rows;
  }

  /** The latest state of the pushes (they run in the background). */
  @ReportsProblems
  public void refresh() {
    readPushes(currentActor.require());
  }

  /** Staff try a failed push again now. */
  @ReportsProblems
  public void retry(String certificateCode) {
    Actor actor = currentActor.require();
    workflow.retryPush(actor, number, certificateCode);
    RegistrationTexts.info("push.retried", certificateLabel(certificateCode));
    readPushes(actor);
  }

  private String certificateLabel(String code) {
    return pushes.stream()
        .filter(p -> p.certificateCode().equals(code))
        .map(PushRow::certificate)
        .findFirst()
        .orElse(code);
  }

  public boolean isCanRetry() {
    return currentActor.isStaff();
  }

  public boolean isRegistrationCase() {
    return summary != null;
  }

  public RegistrationSummary getSummary() {
    return summary;
  }

  public List<PushRow> getPushes() {
    return pushes;
  }

  public boolean isAllDelivered() {
    return !pushes.isEmpty() && pushes.stream().allMatch(p -> "DELIVERED".equals(p.status()));
  }

  public List<LinkedRow> getFollowUps() {
    return followUps;
  }

  public LinkedRow getLinkedTo() {
    return linkedTo;
  }

  public List<DocumentInfo> getDocuments() {
    return documents;
  }

  public LicencePresentation getLicence() {
    return licence;
  }

  /** What the document is ({@code licence.document.<KIND>}), or its file name for a new kind. */
  public String documentLabel(DocumentInfo document) {
    return Messages.textOr(
        RegistrationTexts.BUNDLE,
        "licence.document." + document.kind(),
        document.fileName(),
        FacesSupport.locale());
  }

  public String documentUrl(DocumentInfo document) {
    return "/api/applications/"
        + URLEncoder.encode(number, StandardCharsets.UTF_8)
        + "/documents/"
        + document.id();
  }

  public String verificationPath() {
    return licence == null
        ? null
        : "/verify-licence.xhtml?code="
            + URLEncoder.encode(licence.getLicence().creditCode(), StandardCharsets.UTF_8);
  }
}
