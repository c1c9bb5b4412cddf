package cn.oneseal.application.dto;

import java.io.Serializable;
import java.time.Instant;

/** One line of the security log as the audit administrator reads it. */
public record SecurityEventView(
    long id,
    Instant occurredAt,
    String kind,
    String actor,
    String account,
    String source,
    String detail)
    implements Serializable {}
