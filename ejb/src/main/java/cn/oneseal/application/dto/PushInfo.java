package cn.oneseal.application.dto;

import java.io.Serializable;
import java.time.Instant;

/**
 * A push of an application's data to one department as staff and the applicant see it.
 *
 * @param pushId the push's identity on the wire (departments deduplicate by it)
 * @param channelOpen whether the department's channel is open now
 * @param channelNote why a channel is closed, as the administrator noted it
 */
public record PushInfo(
    String pushId,
    String certificateCode,
    String certificateZh,
    String certificateEn,
    String departmentZh,
    String departmentEn,
    String status,
    int attempts,
    String lastError,
    Instant lastAttemptAt,
    String receiptNumber,
    Instant deliveredAt,
    boolean channelOpen,
    String channelNote)
    implements Serializable {}
