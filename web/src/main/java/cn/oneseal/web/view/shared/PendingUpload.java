package cn.oneseal.web.view.shared;

import cn.oneseal.domain.model.application.SafeFileName;
import cn.oneseal.domain.model.application.Upload;
import cn.oneseal.domain.model.application.UploadLimits;
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
   * A file as the upload component received it, unless it is empty or larger than one file may be
   * ({@link UploadLimits#maxFileBytes()}); then the person is told why and nothing is kept. What
   * the file is, by its content, the domain checks when the form is sent (the same check as the
   * API's), and its refusal names the file.
   */
  public static Optional<PendingUpload> received(UploadedFile file, UploadLimits limits) {
    if (file.getSize() > limits.maxFileBytes()) {
      FacesSupport.error(
          DomainException.invalid(
              "error.upload.tooLarge",
              SafeFileName.of(file.getFileName()),
              UploadLimits.megabytes(limits.maxFileBytes())));
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
        SafeFileName.of(fileName),
        contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType,
        content);
  }

  public long size() {
    return content.length;
  }

  public Upload toUpload() {
    return new Upload(null, fileName, contentType, content);
  }
}
