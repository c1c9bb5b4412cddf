package cn.oneseal.application.dto;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A line of an item's version history. */
public record ItemVersionSummary(
    int version,
    LocalDate effectiveFrom,
    Instant createdAt,
    String createdBy,
    String changeNote,
    String nameZh,
    String nameEn,
    boolean inForce)
    implements Serializable {}
