package cn.oneseal.web.api;

import cn.oneseal.application.Submission;
import cn.oneseal.application.credit.CreditViews;
import cn.oneseal.application.dto.ApplicationDetails;
import cn.oneseal.application.dto.ApplicationSummary;
import cn.oneseal.application.dto.ClockView;
import cn.oneseal.application.dto.DocumentInfo;
import cn.oneseal.application.dto.HistoryInfo;
import cn.oneseal.application.dto.ItemGuide;
import cn.oneseal.application.dto.ItemVersionSummary;
import cn.oneseal.domain.model.application.Upload;
import cn.oneseal.domain.model.forecast.CompletionEstimate;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.workflow.task.WorkItem;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON shapes of the API, kept apart from the domain so that either can change. Long because it
 * holds every shape in one place, where a change of the API is reviewed as one; it has no logic
 * beyond mapping.
 */
public final class ApiRepresentations {

  private ApiRepresentations() {}

  public record MaterialRequirementJson(
      String code,
      String name,
      String nameEn,
      String form,
      int copies,
      boolean required,
      String condition,
      String conditionEn,
      String templateUrl) {}

  public record SpecialStepJson(String kind, int durationDays, boolean countsTowardLimit) {}

  public record CodeNameJson(String code, String name, String nameEn) {

    static CodeNameJson of(ItemGuide.CodeName c) {
      return new CodeNameJson(c.code(), c.nameZh(), c.nameEn());
    }
  }

  /** An item's guide; {@code department} etc. keep the Chinese name, with codes beside them. */
  @JsonbNillable
  public record ItemJson(
      String code,
      int version,
      LocalDate effectiveFrom,
      boolean active,
      String name,
      String nameEn,
      String department,
      String departmentEn,
      String departmentCode,
      String section,
      String sectionEn,
      String sectionCode,
      String theme,
      String themeEn,
      String themeCode,
      String kind,
      String legalBasis,
      String legalBasisEn,
      String conditions,
      String conditionsEn,
      int statutoryDays,
      int promisedDays,
      String fee,
      String feeEn,
      String feeBasis,
      String feeBasisEn,
      String resultDocument,
      String resultDocumentEn,
      String resultValidity,
      String resultValidityEn,
      String consultationPhone,
      String complaintPhone,
      String processKey,
      List<MaterialRequirementJson> materials,
      List<SpecialStepJson> specialSteps,
      boolean commitmentEligible,
      CommitmentTermsJson commitment) {

    public static ItemJson of(ItemGuide i) {
      return new ItemJson(
          i.code(),
          i.version(),
          i.effectiveFrom(),
          i.active(),
          i.name().zh(),
          i.name().en(),
          i.department().nameZh(),
          i.department().nameEn(),
          i.department().code(),
          i.section().nameZh(),
          i.section().nameEn(),
          i.section().code(),
          i.theme().nameZh(),
          i.theme().nameEn(),
          i.theme().code(),
          i.kind(),
          i.legalBasis().zh(),
          i.legalBasis().en(),
          i.conditions().zh(),
          i.conditions().en(),
          i.statutoryDays(),
          i.promisedDays(),
          i.fee().zh(),
          i.fee().en(),
          i.feeBasis().zh(),
          i.feeBasis().en(),
          i.resultDocument().zh(),
          i.resultDocument().en(),
          i.resultValidity().zh(),
          i.resultValidity().en(),
          i.consultationPhone(),
          i.complaintPhone(),
          i.processKey(),
          i.materials().stream()
              .map(
                  m ->
                      new MaterialRequirementJson(
                          m.code(),
                          m.nameZh(),
                          m.nameEn(),
                          m.form(),
                          m.copies(),
                          m.required(),
                          m.conditionZh(),
                          m.conditionEn(),
                          m.templateFile() == null ? null : "/" + m.templateFile()))
              .toList(),
          i.specialSteps().stream()
              .map(s -> new SpecialStepJson(s.kind(), s.durationDays(), s.countsTowardLimit()))
              .toList(),
          i.commitmentEligible(),
          i.commitment() == null
              ? null
              : new CommitmentTermsJson(
                  i.commitment().textZh(),
                  i.commitment().textEn(),
                  i.commitment().postCheckPeriod()));
    }
  }

  /**
   * 告知承诺制: what an applicant who chooses the commitment path commits to, and the period within
   * which the post-check (核查) falls after the decision (ISO-8601, default {@code P2M}).
   */
  public record CommitmentTermsJson(String text, String textEn, String postCheckPeriod) {}

  @JsonbNillable
  public record ItemVersionJson(
      int version,
      LocalDate effectiveFrom,
      Instant createdAt,
      String createdBy,
      String changeNote,
      String name,
      String nameEn,
      boolean inForce) {

    public static ItemVersionJson of(ItemVersionSummary v) {
      return new ItemVersionJson(
          v.version(),
          v.effectiveFrom(),
          v.createdAt(),
          v.createdBy(),
          v.changeNote(),
          v.nameZh(),
          v.nameEn(),
          v.inForce());
    }
  }

  /** A file sent inline, base64-encoded. */
  public record UploadJson(
      @Size(max = 64) String requirement,
      @Size(max = 256) String fileName,
      @Size(max = 128) String contentType,
      String contentBase64) {

    /** {@code at} names this file in the request, e.g. {@code materials[0]}. */
    Upload toUpload(String at) {
      byte[] bytes;
      try {
        bytes = contentBase64 == null ? new byte[0] : Base64.getDecoder().decode(contentBase64);
      } catch (IllegalArgumentException e) {
        throw DomainException.invalidField(at + ".contentBase64", "error.upload.notBase64", at);
      }
      return new Upload(
          requirement,
          fileName,
          contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType,
          bytes);
    }

    /**
     * The files of the request's list {@code field}; a {@code null} entry stays one, for the upload
     * check to refuse with its place.
     */
    static List<Upload> toUploads(String field, List<UploadJson> files) {
      if (files == null) {
        return List.of();
      }
      List<Upload> uploads = new ArrayList<>(files.size());
      for (int i = 0; i < files.size(); i++) {
        UploadJson file = files.get(i);
        uploads.add(file == null ? null : file.toUpload(field + "[" + i + "]"));
      }
      return uploads;
    }
  }

  /**
   * {@code commitment}: the applicant chooses the commitment path (告知承诺制) of an eligible item and
   * signs its commitment text (shown by {@code GET /api/items/{code}}); absent or false: the
   * ordinary procedure.
   */
  public record SubmitRequest(
      @Size(max = 64) String itemCode,
      @Size(max = 100) Map<@Size(max = 64) String, @Size(max = 4000) String> form,
      List<@Valid UploadJson> materials,
      Boolean commitment) {}

  /** The holder's statement (陈述申辩) on a commitment found false. */
  public record StatementRequest(@Size(max = 4000) String text) {}

  public record SubmitResponse(String number) {

    /**
     * 201 with the new application's location, or 200 when the submission repeated an earlier one.
     */
    static Response answer(Submission submission) {
      SubmitResponse body = new SubmitResponse(submission.number());
      if (!submission.created()) {
        return Response.ok(body).build();
      }
      return Response.created(UriBuilder.fromPath("applications/{n}").build(submission.number()))
          .entity(body)
          .build();
    }
  }

  public record WithdrawRequest(@Size(max = 4000) String reason) {}

  public record CorrectionAnswer(
      @Size(max = 4000) String note, List<@Valid UploadJson> materials) {}

  /**
   * The outcome of a step; a site inspection names its inspectors (at least two, the one completing
   * among them) and may carry photos (JPEG, PNG or WebP).
   */
  public record CompleteRequest(
      @Size(max = 32) String outcome,
      @Size(max = 4000) String opinion,
      @Size(max = 100) List<@Size(max = 1000) String> missing,
      @Size(max = 20) List<@Size(max = 64) String> inspectors,
      List<@Valid UploadJson> photos,
      @Size(max = 2000) String overrideReason,
      @Min(1) @Max(90) Integer rectificationDays) {}

  public record StatusResponse(String number, String status) {}

  public record CompletionJson(String applicationNumber, String status) {}

  public record MaterialJson(
      long id,
      String requirement,
      String fileName,
      String contentType,
      long sizeBytes,
      Instant uploadedAt,
      String uploadedBy,
      String downloadUrl) {}

  @JsonbNillable
  public record CorrectionJson(
      List<String> missing,
      String opinion,
      Instant requestedAt,
      LocalDate due,
      String consequence) {}

  @JsonbNillable
  public record DecisionJson(String outcome, String reasons, Instant decidedAt) {}

  @JsonbNillable
  public record ApplicationJson(
      String number,
      String itemCode,
      int itemVersion,
      String itemName,
      String itemNameEn,
      String applicant,
      String status,
      Instant submittedAt,
      Instant acceptedAt,
      Instant decidedAt,
      Instant deliveredAt,
      boolean deemedAccepted,
      Map<String, String> form,
      List<MaterialJson> materials,
      CorrectionJson correction,
      DecisionJson decision,
      String withdrawReason,
      String linkedTo,
      List<String> linkedApplications,
      List<DocumentJson> documents,
      ExpectedCompletionJson expectedCompletion) {

    public static ApplicationJson of(
        ApplicationDetails d, List<DocumentInfo> documents, CompletionEstimate estimate) {
      List<MaterialJson> materials =
          d.materials().stream()
              .map(
                  m ->
                      new MaterialJson(
                          m.id(),
                          m.requirement(),
                          m.fileName(),
                          m.contentType(),
                          m.sizeBytes(),
                          m.uploadedAt(),
                          m.uploadedBy(),
                          "/api/applications/" + d.number() + "/materials/" + m.id()))
              .toList();
      CorrectionJson correction =
          d.correctionPending()
              ? new CorrectionJson(
                  d.correctionItems(),
                  d.correctionOpinion(),
                  d.correctionRequestedAt(),
                  d.correctionDue(),
                  d.correctionConsequenceZh())
              : null;
      DecisionJson decision =
          d.decisionOutcome() == null
              ? null
              : new DecisionJson(d.decisionOutcome(), d.decisionReasons(), d.decidedAt());
      return new ApplicationJson(
          d.number(),
          d.itemCode(),
          d.itemVersion(),
          d.itemNameZh(),
          d.itemNameEn(),
          d.applicant(),
          d.status(),
          d.submittedAt(),
          d.acceptedAt(),
          d.decidedAt(),
          d.deliveredAt(),
          d.deemedAccepted(),
          d.form(),
          materials,
          correction,
          decision,
          d.withdrawReason(),
          d.linkedTo(),
          d.linkedApplications(),
          documents.stream().map(doc -> DocumentJson.of(d.number(), doc)).toList(),
          estimate == null ? null : ExpectedCompletionJson.of(estimate));
    }
  }

  /**
   * When an open case will likely be decided (docs/case-page.md): by {@code p50} half, by {@code
   * p90} nine in ten of the {@code basis} recent decided cases of the same item version, counted in
   * working days from the day this case entered {@code fromStep} (the step it is at). An
   * expectation, not the promise: the statutory and promised deadlines are in {@code …/clock}.
   * Nillable as a type because Yasson writes a {@code null} property only when the property's own
   * type says so: the case's {@code "expectedCompletion": null} must be there, not left out.
   */
  @JsonbNillable
  public record ExpectedCompletionJson(LocalDate p50, LocalDate p90, int basis, String fromStep) {

    static ExpectedCompletionJson of(CompletionEstimate e) {
      return new ExpectedCompletionJson(e.p50(), e.p90(), e.basis(), e.fromStep());
    }
  }

  /**
   * A document the bureau issued on an application, with where to download it ({@code url}, for the
   * application's readers) and where anyone verifies it ({@code verification}: by the token its QR
   * code carries, never by the id).
   */
  public record DocumentJson(
      long id,
      String type,
      String fileName,
      String sha256,
      Instant issuedAt,
      String url,
      String verification) {

    static DocumentJson of(String number, DocumentInfo d) {
      return new DocumentJson(
          d.id(),
          d.kind().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
          d.fileName(),
          d.sha256(),
          d.issuedAt(),
          "/api/applications/" + number + "/documents/" + d.id(),
          "/api/verifications/" + d.verificationToken());
    }
  }

  public record ApplicationRow(
      String number,
      String itemCode,
      String itemName,
      String itemNameEn,
      String applicant,
      String status,
      Instant submittedAt,
      boolean deemedAccepted) {

    public static ApplicationRow of(ApplicationSummary s) {
      return new ApplicationRow(
          s.number(),
          s.itemCode(),
          s.itemNameZh(),
          s.itemNameEn(),
          s.applicant(),
          s.status(),
          s.submittedAt(),
          s.deemedAccepted());
    }
  }

  @JsonbNillable
  public record HistoryJson(
      String step,
      String action,
      String actor,
      String fromStatus,
      String toStatus,
      Instant startedAt,
      Instant at,
      Long durationSeconds,
      String opinion) {

    public static HistoryJson of(HistoryInfo h) {
      return new HistoryJson(
          h.step(),
          h.action(),
          h.actor(),
          h.fromStatus(),
          h.toStatus(),
          h.startedAt(),
          h.occurredAt(),
          h.durationSeconds(),
          h.opinion());
    }
  }

  @JsonbNillable
  /**
   * A task of the inbox with its clock: the step's deadline and working days left, the card (the
   * worse of the step's and the case's), and the case's days left; the outcomes its step allows and
   * whether the case may be returned from it, as the step catalogue describes the step.
   */
  public record TaskJson(
      String id,
      String step,
      String name,
      String applicationNumber,
      String itemCode,
      String itemName,
      String itemNameEn,
      String applicant,
      String assignee,
      Instant created,
      String owner,
      boolean delegated,
      LocalDate deadline,
      Integer workingDaysLeft,
      String card,
      String stepCard,
      LocalDate caseDeadline,
      Integer caseDaysLeft,
      List<String> outcomes,
      boolean returnable,
      CreditViews.Check credit) {

    /**
     * The same task with the credit check of its case (the decision's: hits on the register of
     * seriously dishonest subjects, the record's facts, the item's rule).
     */
    public TaskJson withCredit(CreditViews.Check check) {
      return new TaskJson(
          id,
          step,
          name,
          applicationNumber,
          itemCode,
          itemName,
          itemNameEn,
          applicant,
          assignee,
          created,
          owner,
          delegated,
          deadline,
          workingDaysLeft,
          card,
          stepCard,
          caseDeadline,
          caseDaysLeft,
          outcomes,
          returnable,
          check);
    }

    public static TaskJson of(WorkItem w) {
      boolean caseRuns = w.caseClock() != null && w.caseClock().started();
      return new TaskJson(
          w.id(),
          w.step(),
          w.name(),
          w.applicationNumber(),
          w.itemCode(),
          w.itemNameZh(),
          w.itemNameEn(),
          w.applicant(),
          w.assignee(),
          w.created(),
          w.owner(),
          w.delegationPending(),
          w.deadline(),
          w.stepClock() == null ? null : w.stepClock().workingDaysLeft(),
          w.card(),
          w.stepClock() == null ? "none" : w.stepClock().card(),
          caseRuns ? w.caseClock().promisedDeadline() : null,
          caseRuns ? w.caseClock().workingDaysLeft() : null,
          w.definition().outcomeValues(),
          w.definition().returnable(),
          null);
    }
  }

  /** The legal clock of an application (GET /api/applications/{n}/clock). */
  public record ClockJson(
      String applicationNumber,
      LocalDate receivedOn,
      LocalDate windowDeadline,
      LocalDate startedOn,
      int statutoryDays,
      int promisedDays,
      LocalDate statutoryDeadline,
      LocalDate promisedDeadline,
      int workingDaysUsed,
      int workingDaysLeft,
      int statutoryDaysLeft,
      boolean paused,
      List<PauseJson> pauses,
      List<ExtensionJson> extensions,
      String card,
      boolean deemedAccepted) {

    public static ClockJson of(ClockView v) {
      return new ClockJson(
          v.applicationNumber(),
          v.receivedOn(),
          v.windowDeadline(),
          v.startedOn(),
          v.statutoryDays(),
          v.promisedDays(),
          v.statutoryDeadline(),
          v.promisedDeadline(),
          v.workingDaysUsed(),
          v.workingDaysLeft(),
          v.statutoryDaysLeft(),
          v.paused(),
          v.pauses().stream()
              .map(
                  p ->
                      new PauseJson(
                          p.kind().name().toLowerCase(Locale.ROOT),
                          p.step(),
                          p.from(),
                          p.until(),
                          p.reason()))
              .toList(),
          v.extensions().stream()
              .map(
                  e -> new ExtensionJson(e.workingDays(), e.reason(), e.grantedBy(), e.grantedOn()))
              .toList(),
          v.card(),
          v.deemedAccepted());
    }
  }

  /** A period that did not count: {@code until} null while it runs. */
  public record PauseJson(
      String kind, String step, LocalDate from, LocalDate until, String reason) {}

  public record ExtensionJson(
      int workingDays, String reason, String grantedBy, LocalDate grantedOn) {}

  public record ExtensionRequest(@Min(1) @Max(365) Integer days, @Size(max = 2000) String reason) {}

  /** The body of transfer, delegate, return, urge, resolve: a colleague where one is needed. */
  public record TaskOperationRequest(@Size(max = 64) String to, @Size(max = 4000) String comment) {}

  public record ReassignRequest(
      @Size(max = 500) List<@Size(max = 64) String> taskIds,
      @Size(max = 64) String to,
      @Size(max = 4000) String comment) {}

  public record AbsenceRequest(
      @Size(max = 64) String username,
      @Size(max = 64) String substitute,
      LocalDate from,
      LocalDate until,
      @Size(max = 500) String reason) {}
}
