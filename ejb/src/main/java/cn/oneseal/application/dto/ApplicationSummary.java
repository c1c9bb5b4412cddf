package cn.oneseal.application.dto;

import java.io.Serializable;
import java.time.Instant;

/** A row of an application list. */
public record ApplicationSummary(
    String number,
    String itemCode,
    String itemNameZh,
    String itemNameEn,
    String applicant,
    String applicantName,
    String status,
    Instant submittedAt,
    boolean deemedAccepted,
    String sectionCode,
    String card)
    implements Serializable {}
