package cn.oneseal.application.dto;

import java.io.Serializable;
import java.time.Instant;

/**
 * A document issued on an application, without its bytes; {@code verificationToken} is what its QR
 * code carries to the public verification.
 */
public record DocumentInfo(
    long id,
    String kind,
    String fileName,
    String contentType,
    String sha256,
    Instant issuedAt,
    String verificationToken)
    implements Serializable {}
