package cn.oneseal.application.dto;

import java.time.Instant;
import java.util.List;

/**
 * A draft of an ordinary application as its owner reads it: the answers, the files saved with it,
 * and what still stands between it and filing ({@code missing}, each with its field: {@code
 * applicantName}, {@code materials.<code>} …).
 */
public record ApplicationDraftView(
    long id,
    String itemCode,
    String itemNameZh,
    String itemNameEn,
    String applicantName,
    String contactPhone,
    String description,
    String creditCode,
    boolean commitment,
    String status,
    String applicationNumber,
    Instant createdAt,
    Instant updatedAt,
    List<MaterialFile> materials,
    List<Missing> missing) {

  /** A file saved with the draft, answering the material {@code requirement}. */
  public record MaterialFile(
      long id, String requirement, String fileName, String contentType, long size) {}

  /** One thing still missing: a message key of the errors bundle, its arguments, its field. */
  public record Missing(String field, String code, List<Object> args) {}
}
