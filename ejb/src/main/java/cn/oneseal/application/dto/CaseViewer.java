package cn.oneseal.application.dto;

import cn.oneseal.domain.model.audit.AuditEntry;
import java.io.Serializable;
import java.time.Instant;

/**
 * Who read a case, as its applicant sees it: the role and staff number of the reader — never the
 * name — when, and why (the id of the step that was open, {@code supervision} for a supervisor,
 * {@code caseFile} after the case ended).
 */
public record CaseViewer(String role, String staffNumber, Instant at, String purpose)
    implements Serializable {

  public static CaseViewer of(AuditEntry read) {
    return new CaseViewer(
        read.getActorRole(), read.getStaffNumber(), read.getOccurredAt(), read.getPurpose());
  }
}
