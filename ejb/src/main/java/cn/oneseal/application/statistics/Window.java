package cn.oneseal.application.statistics;

import java.time.Instant;

/**
 * The records a figure looks at: events in {@code [from, to)} of cases of {@code section} ({@code
 * null}: every section).
 */
public record Window(Instant from, Instant to, String section) {}
