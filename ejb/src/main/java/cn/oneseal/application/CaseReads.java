package cn.oneseal.application;

import cn.oneseal.domain.model.account.AccountRepository;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.model.account.UserAccount;
import cn.oneseal.domain.model.audit.AuditEntry;
import cn.oneseal.domain.model.audit.AuditEntryRepository;
import cn.oneseal.infrastructure.config.OneSealConfig;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * Puts every read of a case's data by staff and supervisors on the audit trail — who (role and
 * staff number), which case, when and why — once per person, case and purpose within the window
 * {@code ONESEAL_AUDIT_READ_WINDOW} (10 minutes), however many requests a page or a client makes.
 * The applicant reads their own case without a trace; rows of a list are not reads.
 *
 * <p>A read is recorded in a transaction of its own: the data was shown even when what the request
 * went on to do failed. The reads this server recorded lately are known without asking the database
 * ({@link RecentReads}).
 */
@Stateless
@PermitAll
public class CaseReads {

  /** The purpose of a supervisor's read: electronic supervision (电子监察). */
  public static final String SUPERVISION = "supervision";

  /** The purpose of a read of an ended case: the case file (查阅案卷). */
  public static final String CASE_FILE = "caseFile";

  /** The purpose of a read of an open case while no step of it is open (between steps). */
  public static final String IN_PROGRESS = "inProgress";

  /** The roles a reader is shown in, the most specific first. */
  private static final List<Role> SHOWN_ROLES =
      List.of(
          Role.DIRECTOR, Role.CHIEF, Role.OFFICER, Role.CLERK, Role.SUPERVISOR, Role.AUDIT_ADMIN);

  @Inject private AuditEntryRepository trail;

  @Inject private AccountRepository accounts;

  @Inject private Instance<CaseSteps> steps;

  @Inject private Clock clock;

  @Inject private OneSealConfig config;

  @Inject private RecentReads recent;

  @Inject private Event<RecentReads.Recorded> keepRecent;

  /** Notes that {@code actor} read the case {@code number}, which has {@code ended} or not. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void read(Actor actor, String number, boolean ended) {
    if (recorded(actor)) {
      record(actor, number, purpose(actor, ended, () -> engineSteps(number, actor)));
    }
  }

  /**
   * Notes that {@code actor} read the case {@code number}, for a caller that has read the steps
   * open on it already ({@code openSteps}: BPMN ids, those the reader holds first), so that the
   * engine is not asked twice.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void read(Actor actor, String number, boolean ended, List<String> openSteps) {
    if (recorded(actor)) {
      record(actor, number, purpose(actor, ended, () -> openSteps));
    }
  }

  /**
   * Notes that a member of staff read the open case {@code number} through its task of the step
   * {@code step}: that step is the purpose (the engine need not be asked which steps are open).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void readAtStep(Actor actor, String number, String step) {
    if (recorded(actor)) {
      record(actor, number, actor.isStaff() ? step : SUPERVISION);
    }
  }

  private void record(Actor actor, String number, String purpose) {
    Instant now = clock.instant();
    Instant since = now.minus(config.auditReadWindow());
    if (recent.recordedSince(actor.username(), number, purpose, since)
        || trail.readSince(actor.username(), number, purpose, since)) {
      return;
    }
    String staffNumber =
        accounts.find(actor.username()).map(UserAccount::getStaffNumber).orElse(null);
    trail.add(
        AuditEntry.caseRead(now, actor.username(), roleOf(actor), staffNumber, number, purpose)
            .from(ClientAddress.current().orElse(null)));
    keepRecent.fire(new RecentReads.Recorded(actor.username(), number, purpose, now));
  }

  /** Whose reads are recorded: staff and supervisors, not the applicant. */
  public static boolean recorded(Actor actor) {
    return actor.readsOthersCases();
  }

  /** The role a reader is shown in. */
  static String roleOf(Actor actor) {
    return SHOWN_ROLES.stream()
        .filter(actor::has)
        .findFirst()
        .map(Role::id)
        .orElse(actor.roles().stream().findFirst().map(Role::id).orElse(null));
  }

  private static String purpose(Actor actor, boolean ended, Supplier<List<String>> openSteps) {
    if (!actor.isStaff()) {
      return SUPERVISION;
    }
    if (ended) {
      return CASE_FILE;
    }
    List<String> open = openSteps.get();
    return open.isEmpty() ? IN_PROGRESS : open.get(0);
  }

  private List<String> engineSteps(String number, Actor actor) {
    return steps.isResolvable() ? steps.get().open(number, actor.username()) : List.of();
  }
}
