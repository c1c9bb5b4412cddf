package cn.oneseal.application.dto;

import java.io.Serializable;
import java.time.Instant;

/** A handed-in file as lists show it (without its bytes). */
public record MaterialInfo(
    long id,
    String requirement,
    String fileName,
    String contentType,
    long sizeBytes,
    Instant uploadedAt,
    String uploadedBy)
    implements Serializable {}
