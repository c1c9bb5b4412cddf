package cn.oneseal.domain.model.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of file the bureau takes as materials and photos (文件类型), each known by its media type
 * as content detection names it. A material allows a few of them ({@link
 * MaterialRequirement#getAllowedTypes()}); everything else — an executable, a web page, an archive,
 * a script — is refused whatever its name says.
 *
 * <p>OFD (the national format for electronic documents, GB/T 33190) is not among them yet: it is a
 * ZIP container that magic-byte detection (tika-core) cannot tell from any other ZIP.
 */
public enum FileType {
  PDF("application/pdf", "PDF"),
  JPEG("image/jpeg", "JPEG"),
  PNG("image/png", "PNG"),
  WEBP("image/webp", "WebP"),
  TIFF("image/tiff", "TIFF");

  /** What a material takes when its requirement names no types: scans and photos of papers. */
  public static final List<FileType> MATERIAL_DEFAULT = List.of(PDF, JPEG, PNG);

  /** What a site inspection's photo may be. */
  public static final List<FileType> PHOTOS = List.of(JPEG, PNG, WEBP);

  private final String mediaType;
  private final String label;

  FileType(String mediaType, String label) {
    this.mediaType = mediaType;
    this.label = label;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The name people know the format by (PDF, JPEG …). */
  public String label() {
    return label;
  }

  public static Optional<FileType> of(String mediaType) {
    return Arrays.stream(values()).filter(t -> t.mediaType.equalsIgnoreCase(mediaType)).findFirst();
  }

  /** The label of a known type, else the media type itself (e.g. {@code text/html}). */
  public static String labelOf(String mediaType) {
    return of(mediaType).map(FileType::label).orElse(mediaType);
  }
}
