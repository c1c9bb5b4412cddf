package cn.oneseal.application.dto;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of an application's history; {@code durationSeconds} is null where no start is known.
 */
public record HistoryInfo(
    String step,
    String action,
    String actor,
    String fromStatus,
    String toStatus,
    Instant startedAt,
    Instant occurredAt,
    Long durationSeconds,
    String opinion)
    implements Serializable {}
