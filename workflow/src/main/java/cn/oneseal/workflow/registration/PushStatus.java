package cn.oneseal.workflow.registration;

import cn.oneseal.application.dto.PushInfo;
import java.io.Serializable;
import java.time.Instant;

/**
 * A push to a department with what the engine knows of it: whether its retries ran out (an incident
 * that staff must handle), the engine's error message, the retries left and when the next attempt
 * runs.
 */
public record PushStatus(
    PushInfo push,
    boolean incident,
    String incidentMessage,
    Integer retriesLeft,
    Instant nextAttemptAt)
    implements Serializable {}
