package cn.oneseal.application.dto;

import java.io.Serializable;
import java.time.Instant;

/** A data-sharing channel to a department, for administrators. */
public record ChannelInfo(
    String certificateCode,
    String certificateZh,
    String certificateEn,
    String departmentZh,
    String departmentEn,
    boolean available,
    String note,
    String changedBy,
    Instant changedAt)
    implements Serializable {}
