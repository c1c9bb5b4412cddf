package cn.oneseal.application;

import cn.oneseal.application.dto.CaseAuditLine;
import cn.oneseal.application.dto.CaseViewer;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.model.application.Application;
import cn.oneseal.domain.model.application.ApplicationRepository;
import cn.oneseal.domain.model.audit.AuditEntry;
import cn.oneseal.domain.model.audit.AuditEntryRepository;
import cn.oneseal.domain.shared.DomainException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * The audit trail: puts acts on record — on a record the domain does not own (such as an incident
 * of the process engine, which lives in the workflow module), or on a case (a download, the use of
 * the seal) — and shows a case's trail to supervisors and its readers to the applicant. Writing
 * joins the caller's transaction, so the line exists exactly when the act took effect.
 */
@Stateless
@PermitAll
public class AuditTrail {

  /** At most this many reads are shown as a case's viewers (the latest). */
  public static final int VIEWERS_SHOWN = 500;

  @Inject private AuditEntryRepository trail;

  @Inject private ApplicationRepository applications;

  @Inject private Clock clock;

  /** Records that {@code actor} did {@code action} to the record {@code subjectType/subjectId}. */
  public void record(
      Actor actor, String action, String subjectType, String subjectId, String detail) {
    trail.add(
        new AuditEntry(clock.instant(), actor.username(), action, subjectType, subjectId, detail)
            .from(ClientAddress.current().orElse(null)));
  }

  /** Records that a member of staff or a supervisor signed in from {@code source}. */
  public void signedIn(Actor actor, String source) {
    trail.add(
        new AuditEntry(
                clock.instant(),
                actor.username(),
                "staff.signedIn",
                "account",
                actor.username(),
                null)
            .from(source));
  }

  /** Records that {@code actor} did {@code action} on the case {@code number}. */
  public void caseAct(Actor actor, String action, String number, String detail) {
    trail.add(
        AuditEntry.caseAct(clock.instant(), actor.username(), action, number, detail)
            .from(ClientAddress.current().orElse(null)));
  }

  /**
   * One page of the case's trail — its acts and the reads of it — in the order they happened; for
   * supervisors (电子监察) only.
   */
  public ResultPage<CaseAuditLine> caseTrail(Actor reader, String number, Paging paging) {
    requireSupervisor(reader);
    existing(number);
    return new ResultPage<>(
        trail.ofCase(number, paging.offset(), paging.size()).stream()
            .map(CaseAuditLine::of)
            .toList(),
        trail.countOfCase(number));
  }

  /** The whole trail of a case (at most {@code limit} lines), for the supervisors' timeline. */
  public List<CaseAuditLine> caseTrail(Actor reader, String number, int limit) {
    requireSupervisor(reader);
    existing(number);
    return trail.ofCase(number, 0, limit).stream().map(CaseAuditLine::of).toList();
  }

  /**
   * Who read the case (the latest {@value #VIEWERS_SHOWN} reads), for whoever may read the case —
   * first of all its applicant; anyone else is told that it does not exist.
   */
  public List<CaseViewer> viewers(Actor reader, String number) {
    Application application = existing(number);
    if (!reader.mayReadCase(
        application.getApplicant(), application.getItemVersion().getSection().getCode())) {
      throw DomainException.notFound("error.application.notFound", number);
    }
    return trail.readsOf(number, VIEWERS_SHOWN).stream().map(CaseViewer::of).toList();
  }

  private static void requireSupervisor(Actor reader) {
    if (!reader.has(Role.SUPERVISOR)) {
      throw DomainException.forbidden("error.forbidden.role", Role.SUPERVISOR.id());
    }
  }

  private Application existing(String number) {
    if (number == null || number.isBlank() || number.length() > 32) {
      throw DomainException.notFound("error.application.notFound", String.valueOf(number));
    }
    return applications
        .find(number)
        .orElseThrow(() -> DomainException.notFound("error.application.notFound", number));
  }
}
