package cn.oneseal.web.view.application;

import cn.oneseal.application.CompletionEstimates;
import cn.oneseal.application.EvaluationService;
import cn.oneseal.application.LicenceService;
import cn.oneseal.application.dto.ApplicationDetails;
import cn.oneseal.application.dto.DocumentInfo;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.model.document.IssuedDocument;
import cn.oneseal.domain.model.forecast.CompletionEstimate;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.view.shared.ReportsProblems;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the case page leads with (docs/case-page.md): for the applicant, the one or two things to do
 * now — answer the correction notice, download the decision or the licence, rate the service — or
 * that there is nothing to do and what the bureau is doing; for every reader, the step the bureau
 * is at and the expected completion of an open case beside the deadlines the law and the bureau
 * set.
 */
@Named
@ViewScoped
public class CaseGuideView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What the applicant may do now; the page words each kind ({@code next.<kind>.*}). */
  public enum ActionKind {
    ANSWER_CORRECTION,
    DOWNLOAD_LICENCE,
    DOWNLOAD_DECISION,
    RATE,
    /** Nothing to do: the bureau is working on the case. */
    WAIT,
    /** Nothing to do: the case has ended and nothing is left for the applicant. */
    NONE;

    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * One thing to do: its kind, where it leads (a download, or a place on the page) and the document
   * it concerns.
   */
  public record NextAction(ActionKind kind, String href, DocumentInfo document)
      implements Serializable {}

  /** What a decision is written in, the refusal to accept included (the case ends with it). */
  private static final Set<IssuedDocument.Kind> DECISIONS =
      Set.of(
          IssuedDocument.Kind.APPROVAL_DECISION,
          IssuedDocument.Kind.DENIAL_DECISION,
          IssuedDocument.Kind.REGISTRATION_APPROVAL,
          IssuedDocument.Kind.REGISTRATION_DENIAL,
          IssuedDocument.Kind.REFUSAL_NOTICE,
          IssuedDocument.Kind.REVOCATION_DECISION);

  @Inject private CompletionEstimates completions;

  @Inject private LicenceService licences;

  @Inject private EvaluationService evaluations;

  @Inject private CurrentActor currentActor;

  private boolean owner;
  private boolean open;
  private String currentStep;
  private CompletionEstimate estimate;
  private List<NextAction> actions = List.of();

  /** Reads what the page leads with, for the application the page has read ({@code null}: none). */
  @ReportsProblems
  public void load(ApplicationDetails details) {
    if (details == null) {
      return;
    }
    Actor actor = currentActor.require();
    String number = details.number();
    owner = actor.has(Role.CITIZEN) && actor.username().equals(details.applicant());
    open = details.withdrawable() && !details.correctionPending();
    currentStep = completions.currentStep(actor, number).orElse(null);
    estimate = completions.of(actor, number).orElse(null);
    if (owner) {
      actions =
          actions(details, licences.documents(actor, number), evaluations.mayRate(actor, number));
    }
  }

  /**
   * The applicant's actions, most pressing first and at most two: the correction notice while it
   * waits; after the decision its document (the licence first where one was issued) and the rating
   * (until it is given); otherwise nothing to do.
   */
  static List<NextAction> actions(
      ApplicationDetails details, List<DocumentInfo> documents, boolean mayRate) {
    List<NextAction> next = new ArrayList<>();
    if (details.correctionPending()) {
      next.add(new NextAction(ActionKind.ANSWER_CORRECTION, "#correctionNotice", null));
      return next;
    }
    Optional<DocumentInfo> licence =
        latest(documents, Set.of(IssuedDocument.Kind.BUSINESS_LICENCE));
    Optional<DocumentInfo> decision = latest(documents, DECISIONS);
    if (licence.isPresent()) {
      next.add(
          new NextAction(
              ActionKind.DOWNLOAD_LICENCE, url(details.number(), licence.get()), licence.get()));
    } else if (decision.isPresent()) {
      next.add(
          new NextAction(
              ActionKind.DOWNLOAD_DECISION, url(details.number(), decision.get()), decision.get()));
    }
    if (mayRate) {
      next.add(new NextAction(ActionKind.RATE, "#evaluationCard", null));
    }
    if (next.isEmpty()) {
      next.add(
          new NextAction(details.withdrawable() ? ActionKind.WAIT : ActionKind.NONE, null, null));
    }
    return next;
  }

  private static Optional<DocumentInfo> latest(
      List<DocumentInfo> documents, Set<IssuedDocument.Kind> kinds) {
    return documents.stream()
        .filter(d -> kinds.stream().anyMatch(k -> k.name().equals(d.kind())))
        .max(Comparator.comparing(DocumentInfo::issuedAt).thenComparing(DocumentInfo::id));
  }

  private static String url(String number, DocumentInfo document) {
    return "/api/applications/"
        + URLEncoder.encode(number, StandardCharsets.UTF_8)
        + "/documents/"
        + document.id();
  }

  /** Whether the reader is the applicant (the panel of actions is theirs). */
  public boolean isOwner() {
    return owner;
  }

  /** Whether the case is open with the bureau (not decided, not waiting for the applicant). */
  public boolean isOpen() {
    return open;
  }

  /** The step the bureau is at (a BPMN task id), or {@code null}. */
  public String getCurrentStep() {
    return currentStep;
  }

  /** The expected completion, or {@code null} (not open, or too few past cases). */
  public CompletionEstimate getEstimate() {
    return estimate;
  }

  public int getMinBasis() {
    return CompletionEstimate.MIN_BASIS;
  }

  public List<NextAction> getActions() {
    return actions;
  }
}
