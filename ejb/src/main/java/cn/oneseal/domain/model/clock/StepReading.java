package cn.oneseal.domain.model.clock;

import java.time.LocalDate;

/** Where one step of a case (a task in somebody's inbox) stands against its own time limit. */
public record StepReading(
    LocalDate startedOn, LocalDate deadline, int workingDaysUsed, int workingDaysLeft, Card card) {}
