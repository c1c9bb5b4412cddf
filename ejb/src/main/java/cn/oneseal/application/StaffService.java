package cn.oneseal.application;

import cn.oneseal.application.dto.AbsenceView;
import cn.oneseal.application.dto.StaffMember;
import cn.oneseal.domain.model.account.Absence;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.model.account.UserAccount;
import cn.oneseal.domain.model.clock.BureauTime;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.domain.shared.DomainException.Detail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The bureau's staff as a workbench needs them: who can take over a task, and the absences with
 * their substitutes (AB角). A person declares their own absence; the chief of their section, the
 * director and the administrator may declare it for them. The substitute receives the absent
 * person's new tasks, so an absence is refused unless the substitute could do every one of them
 * ({@link Actor#substituteProblems}).
 */
@Stateless
@PermitAll
public class StaffService {

  /** The longest absence one declaration covers. */
  static final int MAX_ABSENCE_DAYS = 366;

  @PersistenceContext(unitName = "oneseal")
  private EntityManager em;

  @Inject private Clock clock;

  /** Every enabled member of staff, for the pickers of transfer and delegation. */
  public List<StaffMember> staff(Actor actor) {
    requireStaffOrSupervisor(actor);
    return em.createQuery("select a from UserAccount a order by a.username", UserAccount.class)
        .getResultStream()
        .filter(UserAccount::isEnabled)
        .filter(a -> a.toActor().isStaff())
        .map(StaffService::member)
        .toList();
  }

  /** The staff who hold this role (and work this section, when one is given). */
  public List<String> holding(Role role, String section) {
    return em.createQuery("select a from UserAccount a order by a.username", UserAccount.class)
        .getResultStream()
        .filter(UserAccount::isEnabled)
        .map(UserAccount::toActor)
        .filter(a -> a.has(role) && (section == null || a.worksSection(section)))
        .map(Actor::username)
        .toList();
  }

  private Optional<UserAccount> account(String username) {
    if (username == null || username.isBlank() || username.length() > 64) {
      return Optional.empty();
    }
    return em.createQuery("select a from UserAccount a where a.username = :u", UserAccount.class)
        .setParameter("u", username.strip())
        .getResultStream()
        .filter(UserAccount::isEnabled)
        .findFirst();
  }

  private static StaffMember member(UserAccount a) {
    Actor actor = a.toActor();
    return new StaffMember(a.getUsername(), a.getDisplayName(), actor.roleIds(), a.getSection());
  }

  /** Declares an absence and who stands in; every problem of the form is listed at once. */
  public AbsenceView declareAbsence(
      Actor actor,
      String username,
      String substitute,
      LocalDate from,
      LocalDate until,
      String reason) {
    requireStaffOrSupervisor(actor);
    Optional<UserAccount> absent = account(username);
    Optional<UserAccount> standIn = account(substitute);
    List<Detail> problems = new ArrayList<>();
    if (absent.isEmpty() || !absent.get().toActor().isStaff()) {
      problems.add(new Detail("error.absence.notStaff", String.valueOf(username)));
    }
    if (standIn.isEmpty() || !standIn.get().toActor().isStaff()) {
      problems.add(new Detail("error.absence.notStaff", String.valueOf(substitute)));
    } else if (absent.isPresent()) {
      if (absent.get().getUsername().equals(standIn.get().getUsername())) {
        problems.add(new Detail("error.absence.selfSubstitute"));
      } else {
        problems.addAll(absent.get().toActor().substituteProblems(standIn.get().toActor()));
      }
    }
    LocalDate today = BureauTime.day(clock.instant());
    if (from == null) {
      problems.add(new Detail("error.absence.fromRequired"));
    }
    if (until == null) {
      problems.add(new Detail("error.absence.untilRequired"));
    } else if (until.isBefore(today)) {
      problems.add(new Detail("error.absence.inThePast"));
    }
    if (from != null && until != null) {
      if (until.isBefore(from)) {
        problems.add(new Detail("error.absence.untilBeforeFrom"));
      } else if (from.plusDays(MAX_ABSENCE_DAYS).isBefore(until)) {
        problems.add(new Detail("error.absence.tooLong", "" + MAX_ABSENCE_DAYS));
      }
    }
    if (reason != null && reason.length() > 500) {
      problems.add(new Detail("error.absence.reasonTooLong"));
    }
    if (!problems.isEmpty()) {
      throw DomainException.invalidAll(problems);
    }
    requireMayManage(actor, absent.get());
    Absence absence =
        new Absence(
            absent.get().getUsername(),
            standIn.get().getUsername(),
            from,
            until,
            reason == null || reason.isBlank() ? null : reason.strip(),
            actor.username(),
            clock.instant());
    em.persist(absence);
    em.flush();
    return view(absence);
  }

  /** Absences this person may see: their own, and all of those whom they manage. */
  public List<AbsenceView> absences(Actor actor) {
    requireStaffOrSupervisor(actor);
    List<Absence> all =
        em.createQuery("select a from Absence a order by a.fromDay desc, a.id desc", Absence.class)
            .getResultList();
    var accounts =
        em.createQuery("select a from UserAccount a", UserAccount.class)
            .getResultStream()
            .collect(Collectors.toMap(UserAccount::getUsername, a -> a));
    return all.stream()
        .filter(
            a ->
                a.getUsername().equals(actor.username())
                    || a.getSubstitute().equals(actor.username())
                    || actor.has(Role.SUPERVISOR)
                    || (accounts.containsKey(a.getUsername())
                        && mayManage(actor, accounts.get(a.getUsername()))))
        .map(StaffService::view)
        .toList();
  }

  public void cancelAbsence(Actor actor, long id) {
    requireStaffOrSupervisor(actor);
    Absence absence = em.find(Absence.class, id);
    if (absence == null) {
      throw DomainException.notFound("error.absence.notFound", String.valueOf(id));
    }
    UserAccount absent = account(absence.getUsername()).orElse(null);
    if (!absence.getUsername().equals(actor.username())
        && (absent == null || !mayManage(actor, absent))) {
      throw DomainException.notFound("error.absence.notFound", String.valueOf(id));
    }
    em.remove(absence);
  }

  /**
   * Who works a task assigned to {@code username} today: the substitute of a current absence, or
   * nobody (the person is here). One hop only: a substitute who is away too is still named.
   */
  public Optional<String> substituteOn(String username, LocalDate day) {
    return em.createQuery(
            "select a from Absence a where a.username = :u and a.fromDay <= :d and a.untilDay >= :d"
                + " order by a.id desc",
            Absence.class)
        .setParameter("u", username)
        .setParameter("d", day)
        .getResultStream()
        .map(Absence::getSubstitute)
        .findFirst();
  }

  private void requireMayManage(Actor actor, UserAccount absent) {
    if (!absent.getUsername().equals(actor.username()) && !mayManage(actor, absent)) {
      throw DomainException.forbidden("error.absence.notYours");
    }
  }

  /** Chiefs manage their section's staff; the director and the administrator everyone's. */
  private static boolean mayManage(Actor actor, UserAccount other) {
    if (actor.has(Role.DIRECTOR) || actor.has(Role.ADMIN)) {
      return true;
    }
    return actor.has(Role.CHIEF)
        && actor.section() != null
        && actor.section().equals(other.getSection());
  }

  private static void requireStaffOrSupervisor(Actor actor) {
    if (!actor.isStaff() && !actor.has(Role.SUPERVISOR) && !actor.has(Role.ADMIN)) {
      throw DomainException.forbidden("error.forbidden.role", Role.CLERK.id());
    }
  }

  private static AbsenceView view(Absence a) {
    return new AbsenceView(
        a.getId(),
        a.getUsername(),
        a.getSubstitute(),
        a.getFromDay(),
        a.getUntilDay(),
        a.getReason(),
        a.getCreatedBy());
  }
}
