package cn.oneseal.domain.model.application;

/** A file as it arrives from the applicant, before it becomes a {@link Material}. */
public record Upload(String requirement, String fileName, String contentType, byte[] content) {

  public Upload {
    content = content == null ? new byte[0] : content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }
}
