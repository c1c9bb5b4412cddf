package cn.oneseal.application.dto;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A year of the working-day calendar: its holidays and make-up working days in date order, whether
 * they are the published notice or provisional, and how many working days the year has.
 */
public record CalendarYearView(
    int year,
    boolean confirmed,
    String source,
    String updatedBy,
    Instant updatedAt,
    List<CalendarDayView> days,
    int workingDays)
    implements Serializable {}
