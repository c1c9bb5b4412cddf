package cn.oneseal.domain.model.clock;

import java.time.LocalDate;

/**
 * Where a case stands against its limits on a given day: its deadlines (provisional while a pause
 * runs), the working days used and left (negative once overdue) and its warning card against the
 * promised limit.
 */
public record ClockReading(
    LocalDate startedOn,
    LocalDate statutoryDeadline,
    LocalDate promisedDeadline,
    int workingDaysUsed,
    int workingDaysLeft,
    int statutoryDaysLeft,
    boolean paused,
    Card card) {}
