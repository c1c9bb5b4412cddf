package cn.oneseal.application.dto;

import cn.oneseal.domain.model.audit.AuditEntry;
import java.io.Serializable;
import java.time.Instant;

/**
 * A line of a case's audit trail as supervisors see it: an act ({@code kind} "act") or a read
 * ("read") of the case, by whom (user name, role, staff number), why (for a read: the step that was
 * open, or "supervision"), from where.
 */
public record CaseAuditLine(
    long id,
    Instant at,
    String kind,
    String actor,
    String role,
    String staffNumber,
    String action,
    String purpose,
    String detail,
    String source)
    implements Serializable {

  public static CaseAuditLine of(AuditEntry e) {
    return new CaseAuditLine(
        e.getId(),
        e.getOccurredAt(),
        e.getKind(),
        e.getActor(),
        e.getActorRole(),
        e.getStaffNumber(),
        e.getAction(),
        e.getPurpose(),
        e.getDetail(),
        e.getSource());
  }
}
