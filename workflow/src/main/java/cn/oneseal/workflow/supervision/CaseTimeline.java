package cn.oneseal.workflow.supervision;

import cn.oneseal.application.ApplicationService;
import cn.oneseal.application.AuditTrail;
import cn.oneseal.application.dto.ApplicationDetails;
import cn.oneseal.application.dto.CaseAuditLine;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.shared.DomainException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

/**
 * A case's timeline for supervisors (电子监察): the process engine's history (each step and event of
 * every process of the case, begun and ended), the acts of people and the reads of the case, merged
 * into one order. Opening it is itself a read of the case, and on the trail.
 */
@Stateless
@PermitAll
public class CaseTimeline {

  /** At most this many lines of each source are merged (a case has a few dozen to hundreds). */
  static final int LIMIT = 5_000;

  /** Which kinds of the engine's activities a supervisor follows; gateways and flows are noise. */
  private static final List<String> SHOWN =
      List.of(
          "startEvent",
          "noneEndEvent",
          "userTask",
          "serviceTask",
          "sendTask",
          "businessRuleTask",
          "callActivity",
          "subProcess",
          "intermediateTimer",
          "boundaryTimer",
          "boundaryMessage",
          "boundarySignal",
          "boundaryError",
          "intermediateMessageCatch",
          "intermediateSignalCatch",
          "terminateEndEvent",
          "errorEndEvent",
          "multiInstanceBody");

  private static final Map<String, Integer> ORDER =
      Map.of(TimelineEntry.ENGINE, 0, TimelineEntry.ACT, 1, TimelineEntry.READ, 2);

  @Inject ApplicationService applications;

  @Inject AuditTrail audit;

  @Inject HistoryService history;

  /** The case file and its timeline. */
  public record Timeline(ApplicationDetails file, List<TimelineEntry> lines)
      implements java.io.Serializable {}

  /** The timeline of the case {@code number}, oldest first; for supervisors only. */
  public Timeline of(Actor reader, String number) {
    if (!reader.has(Role.SUPERVISOR)) {
      throw DomainException.forbidden("error.forbidden.role", Role.SUPERVISOR.id());
    }
    // "not found" for an unknown number; and a read of the case, on record
    ApplicationDetails file = applications.details(reader, number);
    List<TimelineEntry> lines = new ArrayList<>();
    audit.caseTrail(reader, number, LIMIT).stream().map(CaseTimeline::line).forEach(lines::add);
    engineLines(number).forEach(lines::add);
    lines.sort(
        Comparator.comparing(TimelineEntry::at)
            .thenComparing(l -> ORDER.getOrDefault(l.kind(), 3)));
    return new Timeline(file, List.copyOf(lines));
  }

  private List<TimelineEntry> engineLines(String number) {
    List<TimelineEntry> lines = new ArrayList<>();
    for (HistoricProcessInstance instance :
        history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(number).list()) {
      for (HistoricActivityInstance activity :
          history
              .createHistoricActivityInstanceQuery()
              .processInstanceId(instance.getId())
              .orderByHistoricActivityInstanceStartTime()
              .asc()
              .listPage(0, LIMIT)) {
        if (!SHOWN.contains(activity.getActivityType())) {
          continue;
        }
        String subject =
            activity.getActivityName() == null
                ? activity.getActivityId()
                : activity.getActivityName();
        String holder = activity.getAssignee();
        lines.add(
            new TimelineEntry(
                activity.getStartTime().toInstant(),
                TimelineEntry.ENGINE,
                holder,
                null,
                null,
                "started",
                subject,
                null));
        if (activity.getEndTime() != null) {
          lines.add(
              new TimelineEntry(
                  activity.getEndTime().toInstant(),
                  TimelineEntry.ENGINE,
                  holder,
                  null,
                  null,
                  activity.isCanceled() ? "canceled" : "ended",
                  subject,
                  null));
        }
      }
    }
    return lines;
  }

  private static TimelineEntry line(CaseAuditLine line) {
    boolean read = "read".equals(line.kind());
    return new TimelineEntry(
        line.at(),
        read ? TimelineEntry.READ : TimelineEntry.ACT,
        line.actor(),
        line.role(),
        line.staffNumber(),
        read ? line.purpose() : line.action(),
        line.detail(),
        line.source());
  }
}
