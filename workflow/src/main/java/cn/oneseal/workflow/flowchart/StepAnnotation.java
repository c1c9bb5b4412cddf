package cn.oneseal.workflow.flowchart;

import java.io.Serializable;

/**
 * What the published flowchart says beside one step: who does it ({@code role}: a role id such as
 * {@code clerk}, or {@code applicant}), its time in working days where the law or the item sets
 * one, and whether this item skips it.
 */
public record StepAnnotation(String role, Integer days, Integer promisedDays, boolean skipped)
    implements Serializable {}
