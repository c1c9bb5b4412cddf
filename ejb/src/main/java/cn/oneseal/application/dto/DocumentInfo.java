package cn.oneseal.application.dto;

import java.io.Serializable;
import java.time.Instant;

/** A document issued on an application, without its bytes. */
public record DocumentInfo(
    long id, String kind, String fileName, String contentType, String sha256, Instant issuedAt)
    implements Serializable {}
