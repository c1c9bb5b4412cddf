package cn.oneseal.web.view.shared;

import cn.oneseal.application.ApplicationService;
import cn.oneseal.domain.model.application.Upload;
import cn.oneseal.domain.shared.DomainException;
import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;
import org.primefaces.model.file.UploadedFile;

/**
 * A file uploaded on a page and kept in the view until the form is sent; the id lets a remove
 * button name it. ({@link Upload} is the domain's form of it, built at submission.)
 */
public record PendingUpload(String id, String fileName, String contentType, byte[] content)
    implements Serializable {

  /**
   * A file as the upload component received it, if the domain would take it; otherwise the person
   * is told why (too large, empty) and nothing is kept.
   */
  public static Optional<PendingUpload> received(UploadedFile file) {
    if (file.getSize() > ApplicationService.MAX_UPLOAD_BYTES) {
      FacesSupport.error(
          DomainException.invalid(
              "error.upload.tooLarge",
              baseName(file.getFileName()),
              ApplicationService.MAX_UPLOAD_BYTES / 1024 / 1024));
      return Optional.empty();
    }
    PendingUpload upload = of(file.getFileName(), file.getContentType(), file.getContent());
    if (upload.fileName().isEmpty() || upload.size() == 0) {
      FacesSupport.error(DomainException.invalid("error.upload.empty"));
      return Optional.empty();
    }
    return Optional.of(upload);
  }

  static PendingUpload of(String fileName, String contentType, byte[] content) {
    return new PendingUpload(
        UUID.randomUUID().toString(),
        baseName(fileName),
        contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType,
        content);
  }

  public long size() {
    return content.length;
  }

  public Upload toUpload() {
    return new Upload(null, fileName, contentType, content);
  }

  /** Some browsers send the whole client path; only the file's own name is meaningful. */
  private static String baseName(String name) {
    if (name == null) {
      return "";
    }
    int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return name.substring(cut + 1).strip();
  }
}
