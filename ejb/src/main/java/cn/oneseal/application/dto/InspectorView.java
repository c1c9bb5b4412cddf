package cn.oneseal.application.dto;

import java.time.Instant;
import java.util.List;

/**
 * An inspector's registration (执法检查人员名录): the account, its supervising department and unit, and the
 * subjects (credit codes) it declared a conflict of interest with.
 */
public record InspectorView(
    String username,
    String department,
    String section,
    List<String> conflicts,
    Instant registeredAt) {}
