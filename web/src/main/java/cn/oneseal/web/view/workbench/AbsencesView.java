package cn.oneseal.web.view.workbench;

import cn.oneseal.application.LegalClockService;
import cn.oneseal.application.StaffService;
import cn.oneseal.application.dto.AbsenceView;
import cn.oneseal.application.dto.StaffMember;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.view.shared.FacesSupport;
import cn.oneseal.web.view.shared.ReportsProblems;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Absences and their substitutes (AB角): my own, and those of the people I manage (a chief their
 * section's, the director and the administrator everyone's). Declaring for another or cancelling is
 * the service's decision; a refusal changes nothing.
 */
@Named
@ViewScoped
public class AbsencesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private StaffService staffService;

  @Inject private CurrentActor currentActor;

  @Inject private LegalClockService clocks;

  private LocalDate today;

  private List<AbsenceView> absences = List.of();
  private List<StaffMember> staff = List.of();
  private String person;
  private String substitute;
  private LocalDate from;
  private LocalDate until;
  private String reason;

  public void load() {
    FacesSupport.attemptLoading(
        () -> {
          Actor actor = currentActor.require();
          staff = staffService.staff(actor);
          absences = staffService.absences(actor);
          today = clocks.today();
          if (person == null) {
            person = actor.username();
          }
        });
  }

  @ReportsProblems
  public void declare() {
    AbsenceView done =
        staffService.declareAbsence(
            currentActor.require(), person, substitute, from, until, reason);
    WorkbenchTexts.info("absences.saved", done.username(), done.substitute());
    substitute = null;
    from = null;
    until = null;
    reason = null;
    load();
  }

  @ReportsProblems
  public void cancel(long id) {
    staffService.cancelAbsence(currentActor.require(), id);
    WorkbenchTexts.info("absences.cancelled");
    load();
  }

  /** Whom I may declare an absence for: myself, or the people I manage. */
  public List<StaffMember> getPeople() {
    Actor actor = currentActor.require();
    return staff.stream().filter(m -> manages(actor, m)).toList();
  }

  /**
   * Chiefs manage their section; the director and the administrator everyone; others themselves.
   */
  private static boolean manages(Actor actor, StaffMember member) {
    if (member.username().equals(actor.username())
        || actor.has(Role.DIRECTOR)
        || actor.has(Role.ADMIN)) {
      return true;
    }
    return actor.has(Role.CHIEF)
        && actor.section() != null
        && actor.section().equals(member.section());
  }

  /** The cancel button: on my own absences and on those of the people I manage. */
  public boolean cancellable(AbsenceView absence) {
    Actor actor = currentActor.require();
    return absence.username().equals(actor.username())
        || staff.stream()
            .anyMatch(m -> m.username().equals(absence.username()) && manages(actor, m));
  }

  /** The absence is running today. */
  public boolean current(AbsenceView absence) {
    return today != null && !today.isBefore(absence.from()) && !today.isAfter(absence.until());
  }

  public List<AbsenceView> getAbsences() {
    return absences;
  }

  public List<StaffMember> getStaff() {
    return staff;
  }

  public String getPerson() {
    return person;
  }

  public void setPerson(String person) {
    this.person = person;
  }

  public String getSubstitute() {
    return substitute;
  }

  public void setSubstitute(String substitute) {
    this.substitute = substitute;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getUntil() {
    return until;
  }

  public void setUntil(LocalDate until) {
    this.until = until;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
