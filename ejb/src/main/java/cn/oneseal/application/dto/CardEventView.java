package cn.oneseal.application.dto;

import java.io.Serializable;
import java.time.Instant;

/** One entry of an application's card history. */
public record CardEventView(
    String step, String previous, String card, int workingDaysUsed, int limitDays, Instant at)
    implements Serializable {}
