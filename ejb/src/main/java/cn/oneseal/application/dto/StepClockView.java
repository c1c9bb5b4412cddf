package cn.oneseal.application.dto;

import java.io.Serializable;
import java.time.LocalDate;

/** The clock of one open step (task): its limit, deadline, working days left and card. */
public record StepClockView(
    String taskId,
    String step,
    LocalDate startedOn,
    int limitDays,
    LocalDate deadline,
    int workingDaysUsed,
    int workingDaysLeft,
    String card)
    implements Serializable {}
