package cn.oneseal.application;

/** A file to download. */
public record MaterialFile(String fileName, String contentType, byte[] content) {

  public MaterialFile {
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }
}
