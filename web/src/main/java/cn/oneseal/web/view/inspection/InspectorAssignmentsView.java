package cn.oneseal.web.view.inspection;

import cn.oneseal.application.SpotCheckService;
import cn.oneseal.application.dto.InspectionAssignmentView;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.view.shared.FacesSupport;
import cn.oneseal.web.view.shared.ReportsProblems;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * An inspector's assignments (the subjects drawn for them) and the form to record a result:
 * outcome, findings, the period to rectify, the day of the check. Photos come through the API.
 */
@Named
@ViewScoped
public class InspectorAssignmentsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SpotCheckService spotChecks;

  @Inject private CurrentActor currentActor;

  private List<InspectionAssignmentView> assignments = List.of();

  private InspectionAssignmentView selected;

  private String outcome = "no_problem";
  private String findings;
  private LocalDate rectifyUntil;
  private LocalDate inspectedOn;

  @PostConstruct
  void init() {
    assignments = spotChecks.myAssignments(currentActor.require());
  }

  /** Opens the form for the assignment named by the parameters {@code plan} and {@code subject}. */
  public void open() {
    String plan = FacesSupport.param("plan");
    String subject = FacesSupport.param("subject");
    selected =
        assignments.stream()
            .filter(a -> String.valueOf(a.planId()).equals(plan) && a.subjectId().equals(subject))
            .findFirst()
            .orElse(null);
    findings = selected == null ? null : selected.findings();
  }

  @ReportsProblems
  public void record() {
    if (selected == null) {
      return;
    }
    spotChecks.record(
        currentActor.require(),
        selected.planId(),
        selected.subjectId(),
        new SpotCheckService.ResultRequest(outcome, findings, rectifyUntil, inspectedOn),
        List.of());
    FacesSupport.infoFrom(
        "cn.oneseal.web.i18n.inspection", "assignments.recorded", selected.subjectName());
    selected = null;
    findings = null;
    rectifyUntil = null;
    assignments = spotChecks.myAssignments(currentActor.require());
  }

  public List<InspectionAssignmentView> getAssignments() {
    return assignments;
  }

  public InspectionAssignmentView getSelected() {
    return selected;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public String getFindings() {
    return findings;
  }

  public void setFindings(String findings) {
    this.findings = findings;
  }

  public LocalDate getRectifyUntil() {
    return rectifyUntil;
  }

  public void setRectifyUntil(LocalDate rectifyUntil) {
    this.rectifyUntil = rectifyUntil;
  }

  public LocalDate getInspectedOn() {
    return inspectedOn;
  }

  public void setInspectedOn(LocalDate inspectedOn) {
    this.inspectedOn = inspectedOn;
  }
}
