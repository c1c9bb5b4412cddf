package cn.oneseal.application.dto;

import java.io.Serializable;
import java.time.Instant;

/** A line of the audit trail as screens and the API show it. */
public record AuditLine(Instant at, String actor, String action, String subjectId, String detail)
    implements Serializable {

  public static AuditLine of(cn.oneseal.domain.model.audit.AuditEntry a) {
    return new AuditLine(
        a.getOccurredAt(), a.getActor(), a.getAction(), a.getSubjectId(), a.getDetail());
  }
}
