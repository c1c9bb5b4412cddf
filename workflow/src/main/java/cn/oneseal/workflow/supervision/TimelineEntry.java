package cn.oneseal.workflow.supervision;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of a case's timeline: what the process engine did ({@link #ENGINE}: a step or event
 * began or ended), what a person did ({@link #ACT}) or that someone read the case ({@link #READ}).
 *
 * @param at when
 * @param kind {@link #ENGINE}, {@link #ACT} or {@link #READ}
 * @param who the user name (the engine's lines: the task's holder, if any)
 * @param role the reader's role (reads only)
 * @param staffNumber the reader's staff number (reads only)
 * @param code what happened: the engine's {@code activityType.started|ended|canceled}, the act's
 *     action (e.g. {@code case.accepted}), the read's purpose
 * @param subject the engine's activity (its name in the model, or its id), or the act's detail
 * @param source the client address, where known
 */
public record TimelineEntry(
    Instant at,
    String kind,
    String who,
    String role,
    String staffNumber,
    String code,
    String subject,
    String source)
    implements Serializable {

  public static final String ENGINE = "engine";
  public static final String ACT = "act";
  public static final String READ = "read";
}
