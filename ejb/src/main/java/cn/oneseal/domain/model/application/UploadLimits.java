package cn.oneseal.domain.model.application;

/**
 * How much one form may carry (上传限制): files at most, bytes per file, bytes in all. Settings of the
 * installation ({@code ONESEAL_UPLOAD_MAX_FILES}, {@code ONESEAL_UPLOAD_MAX_FILE_MB}, {@code
 * ONESEAL_UPLOAD_MAX_TOTAL_MB}).
 */
public record UploadLimits(int maxFiles, long maxFileBytes, long maxTotalBytes)
    implements java.io.Serializable {

  public static final int DEFAULT_MAX_FILES = 20;
  public static final int DEFAULT_MAX_FILE_MB = 10;
  public static final int DEFAULT_MAX_TOTAL_MB = 30;

  private static final long MB = 1024L * 1024L;

  public UploadLimits {
    if (maxFiles < 1 || maxFileBytes < 1 || maxTotalBytes < maxFileBytes) {
      throw new IllegalArgumentException(
          "upload limits must be positive, the total at least one file's: "
              + maxFiles
              + " files, "
              + maxFileBytes
              + " bytes per file, "
              + maxTotalBytes
              + " in all");
    }
  }

  public static UploadLimits ofMegabytes(int maxFiles, int maxFileMb, int maxTotalMb) {
    return new UploadLimits(maxFiles, maxFileMb * MB, maxTotalMb * MB);
  }

  public static UploadLimits defaults() {
    return ofMegabytes(DEFAULT_MAX_FILES, DEFAULT_MAX_FILE_MB, DEFAULT_MAX_TOTAL_MB);
  }

  /** A size as people read it in a message: megabytes, one decimal where it matters. */
  public static String megabytes(long bytes) {
    double mb = bytes / (double) MB;
    if (mb == Math.rint(mb)) {
      return Long.toString((long) mb);
    }
    return String.format(java.util.Locale.ROOT, "%.1f", Math.max(mb, 0.1));
  }
}
