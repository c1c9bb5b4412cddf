package cn.oneseal.application.dto;

import java.io.Serializable;
import java.time.Instant;

/**
 * A data-sharing channel to a department, for administrators: open or closed, and how it sends
 * ({@code simulated} or {@code https} with endpoint, key id and timeout). The shared secret is
 * never shown, only whether one is set.
 */
public record ChannelInfo(
    String certificateCode,
    String certificateZh,
    String certificateEn,
    String departmentZh,
    String departmentEn,
    boolean available,
    String note,
    String changedBy,
    Instant changedAt,
    String mode,
    String endpointUrl,
    String keyId,
    boolean secretSet,
    int timeoutSeconds)
    implements Serializable {}
