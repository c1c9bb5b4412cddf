package cn.oneseal.domain.model.application;

/**
 * An {@link Upload} that passed the upload check (the application service's {@code UploadCheck}):
 * its name is a {@link SafeFileName}, its content type the one detected from its bytes — never the
 * client's claim — and allowed for the material it answers. Only such files become {@link
 * Material}s.
 */
public record CheckedUpload(
    String requirement, String fileName, String contentType, byte[] content) {

  public CheckedUpload {
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  /** The size in bytes, without copying the content. */
  public int size() {
    return content.length;
  }
}
