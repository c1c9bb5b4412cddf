package cn.oneseal.application.dto;

import java.io.Serializable;
import java.time.Instant;

/** One notification as its recipient sees it; {@code kind} is the kind's id ({@code taskUrged}). */
public record NotificationView(
    long id,
    String kind,
    String applicationNumber,
    String taskId,
    String step,
    String detail,
    Instant createdAt,
    boolean read)
    implements Serializable {}
