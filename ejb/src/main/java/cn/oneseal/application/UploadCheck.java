package cn.oneseal.application;

import cn.oneseal.domain.model.application.CheckedUpload;
import cn.oneseal.domain.model.application.SafeFileName;
import cn.oneseal.domain.model.application.Upload;
import cn.oneseal.domain.model.application.UploadLimits;
import cn.oneseal.domain.model.catalog.FileType;
import cn.oneseal.domain.model.catalog.MaterialRequirement;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.infrastructure.files.ContentDetector;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one check every uploaded file passes before it becomes a {@code Material} (上传文件检查) — whether
 * it came as Base64 through the API or from an upload on a page, with an application, a correction
 * or a site inspection:
 *
 * <ul>
 *   <li>the form carries at most {@link UploadLimits#maxFiles()} files, none larger than {@link
 *       UploadLimits#maxFileBytes()}, together at most {@link UploadLimits#maxTotalBytes()};
 *   <li>each file has a name left after {@link SafeFileName} and some content;
 *   <li>each file <em>is</em>, by its bytes (magic numbers, {@link ContentDetector}), one of the
 *       types its material allows — a renamed executable or a web page named {@code .pdf} is
 *       refused whatever its name and claimed type say;
 *   <li>a file that names its material names one of the item's.
 * </ul>
 *
 * Every problem of the form is reported at once, each with the file's place in the list ({@code
 * materials[2]}); nothing is stored when one is found. What passes keeps its safe name and the
 * <em>detected</em> content type.
 */
public final class UploadCheck {

  private final UploadLimits limits;

  public UploadCheck(UploadLimits limits) {
    this.limits = limits;
  }

  /**
   * Files handed in for an item: each against the types of the requirement it names, or, naming
   * none, of any of the item's requirements. {@code field} names the list in the request ({@code
   * materials}).
   */
  public List<CheckedUpload> materials(
      List<Upload> uploads, List<MaterialRequirement> requirements, String field) {
    Map<String, List<FileType>> byCode =
        requirements.stream()
            .collect(
                Collectors.toMap(
                    MaterialRequirement::getCode,
                    MaterialRequirement::getAllowedTypes,
                    (a, b) -> a));
    Set<FileType> anyOfTheItem = EnumSet.noneOf(FileType.class);
    byCode.values().forEach(anyOfTheItem::addAll);
    if (anyOfTheItem.isEmpty()) {
      anyOfTheItem.addAll(FileType.MATERIAL_DEFAULT);
    }
    List<FileType> unnamed = List.copyOf(anyOfTheItem);
    return check(
        uploads,
        field,
        upload ->
            upload.requirement() == null || upload.requirement().isBlank()
                ? Optional.of(unnamed)
                : Optional.ofNullable(byCode.get(upload.requirement().strip())));
  }

  /**
   * Documents outside an item's materials (a provider's service contract and invoice): PDF, JPEG or
   * PNG by their content, each kept under the requirement it names.
   */
  public List<CheckedUpload> documents(List<Upload> uploads, String field) {
    return check(uploads, field, upload -> Optional.of(FileType.MATERIAL_DEFAULT));
  }

  /** Photos (a site inspection's), kept under {@code requirement}. */
  public List<CheckedUpload> photos(List<Upload> uploads, String requirement, String field) {
    return check(uploads, field, upload -> Optional.of(FileType.PHOTOS)).stream()
        .map(p -> new CheckedUpload(requirement, p.fileName(), p.contentType(), p.content()))
        .toList();
  }

  /**
   * @param allowedFor the types a file may have; empty when it names a material the item does not
   *     have
   */
  private List<CheckedUpload> check(
      List<Upload> uploads, String field, Function<Upload, Optional<List<FileType>>> allowedFor) {
    if (uploads == null || uploads.isEmpty()) {
      return List.of();
    }
    if (uploads.size() > limits.maxFiles()) {
      // before looking at any content: a form of a thousand files is refused at once
      throw DomainException.invalidField(
          field, "error.upload.tooMany", limits.maxFiles(), uploads.size());
    }
    List<DomainException.Detail> problems = new ArrayList<>();
    List<CheckedUpload> checked = new ArrayList<>();
    long total = 0;
    for (int i = 0; i < uploads.size(); i++) {
      Upload upload = uploads.get(i);
      String at = field + "[" + i + "]";
      if (upload == null) {
        problems.add(DomainException.Detail.of(at, "error.upload.empty"));
        continue;
      }
      byte[] content = upload.content();
      String name = SafeFileName.of(upload.fileName());
      total += content.length;
      if (name.isEmpty() || content.length == 0) {
        problems.add(DomainException.Detail.of(at, "error.upload.empty"));
        continue;
      }
      if (content.length > limits.maxFileBytes()) {
        problems.add(
            DomainException.Detail.of(
                at, "error.upload.tooLarge", name, UploadLimits.megabytes(limits.maxFileBytes())));
        continue;
      }
      Optional<List<FileType>> allowed = allowedFor.apply(upload);
      if (allowed.isEmpty()) {
        problems.add(
            DomainException.Detail.of(
                at + ".requirement",
                "error.upload.unknownRequirement",
                name,
                shortened(upload.requirement())));
        continue;
      }
      String detected = ContentDetector.detect(content);
      Optional<FileType> type = FileType.of(detected).filter(allowed.get()::contains);
      if (type.isEmpty()) {
        problems.add(
            DomainException.Detail.of(
                at,
                "error.upload.typeNotAllowed",
                name,
                FileType.labelOf(detected),
                allowed.get().stream().map(FileType::label).collect(Collectors.joining(", "))));
        continue;
      }
      checked.add(
          new CheckedUpload(
              blankToNull(upload.requirement()), name, type.get().mediaType(), content));
    }
    if (total > limits.maxTotalBytes()) {
      problems.add(
          DomainException.Detail.of(
              field,
              "error.upload.totalTooLarge",
              UploadLimits.megabytes(total),
              UploadLimits.megabytes(limits.maxTotalBytes())));
    }
    if (!problems.isEmpty()) {
      throw DomainException.invalidAll(problems);
    }
    return List.copyOf(checked);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** A requirement code is quoted back, but never at any length the client chose. */
  private static String shortened(String text) {
    return text.length() <= 64 ? text : text.substring(0, 64) + "…";
  }
}
