package cn.oneseal.web.api;

import cn.oneseal.application.dto.ApplicationDetails;
import cn.oneseal.application.dto.ApplicationSummary;
import cn.oneseal.application.dto.HistoryInfo;
import cn.oneseal.domain.model.application.Upload;
import cn.oneseal.domain.model.catalog.ApprovalItem;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.workflow.task.WorkItem;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the API, kept apart from the domain so that either can change. */
public final class ApiRepresentations {

  private ApiRepresentations() {}

  public record MaterialRequirementJson(
      String code, String name, String nameEn, boolean required) {}

  public record ItemJson(
      String code,
      String name,
      String nameEn,
      String department,
      String departmentEn,
      String section,
      String sectionEn,
      String legalBasis,
      String legalBasisEn,
      String kind,
      int statutoryDays,
      int promisedDays,
      List<MaterialRequirementJson> materials) {

    public static ItemJson of(ApprovalItem i) {
      return new ItemJson(
          i.getCode(),
          i.getNameZh(),
          i.getNameEn(),
          i.getDepartmentZh(),
          i.getDepartmentEn(),
          i.getSectionZh(),
          i.getSectionEn(),
          i.getLegalBasisZh(),
          i.getLegalBasisEn(),
          i.getKind().name(),
          i.getStatutoryDays(),
          i.getPromisedDays(),
          i.getMaterials().stream()
              .map(
                  m ->
                      new MaterialRequirementJson(
                          m.getCode(), m.getNameZh(), m.getNameEn(), m.isRequired()))
              .toList());
    }
  }

  /** A file sent inline, base64-encoded. */
  public record UploadJson(
      String requirement, String fileName, String contentType, String contentBase64) {

    Upload toUpload() {
      byte[] bytes;
      try {
        bytes = contentBase64 == null ? new byte[0] : Base64.getDecoder().decode(contentBase64);
      } catch (IllegalArgumentException e) {
        throw DomainException.invalid("error.request.malformed", "contentBase64");
      }
      return new Upload(
          requirement,
          fileName,
          contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType,
          bytes);
    }

    static List<Upload> toUploads(List<UploadJson> files) {
      return files == null ? List.of() : files.stream().map(UploadJson::toUpload).toList();
    }
  }

  public record SubmitRequest(
      String itemCode, Map<String, String> form, List<UploadJson> materials) {}

  public record SubmitResponse(String number) {}

  public record WithdrawRequest(String reason) {}

  public record CorrectionAnswer(String note, List<UploadJson> materials) {}

  public record CompleteRequest(String outcome, String opinion, List<String> missing) {}

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
  public record CorrectionJson(List<String> missing, String opinion, Instant requestedAt) {}

  @JsonbNillable
  public record DecisionJson(String outcome, String reasons, Instant decidedAt) {}

  @JsonbNillable
  public record ApplicationJson(
      String number,
      String itemCode,
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
      String withdrawReason) {

    public static ApplicationJson of(ApplicationDetails d) {
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
                  d.correctionItems(), d.correctionOpinion(), d.correctionRequestedAt())
              : null;
      DecisionJson decision =
          d.decisionOutcome() == null
              ? null
              : new DecisionJson(d.decisionOutcome(), d.decisionReasons(), d.decidedAt());
      return new ApplicationJson(
          d.number(),
          d.itemCode(),
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
          d.withdrawReason());
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
      Instant created) {

    public static TaskJson of(WorkItem w) {
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
          w.created());
    }
  }
}
