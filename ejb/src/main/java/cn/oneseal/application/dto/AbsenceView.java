package cn.oneseal.application.dto;

import java.io.Serializable;
import java.time.LocalDate;

/** An absence with its substitute (AB角). */
public record AbsenceView(
    long id,
    String username,
    String substitute,
    LocalDate from,
    LocalDate until,
    String reason,
    String createdBy)
    implements Serializable {}
