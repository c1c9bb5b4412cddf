package cn.oneseal.application.dto;

import java.io.Serializable;
import java.time.Instant;

/** One use of the seal as the register shows it. */
public record SealRegisterLine(
    long id,
    long documentId,
    String applicationNumber,
    String kind,
    String sealedBy,
    Instant sealedAt,
    String sha256,
    String certificateSerial)
    implements Serializable {}
