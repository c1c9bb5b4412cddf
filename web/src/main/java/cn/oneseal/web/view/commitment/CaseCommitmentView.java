package cn.oneseal.web.view.commitment;

import cn.oneseal.application.CommitmentService;
import cn.oneseal.application.dto.CommitmentView;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.view.shared.FacesSupport;
import cn.oneseal.web.view.shared.ReportsProblems;
import cn.oneseal.workflow.licensing.LicensingWorkflow;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * 告知承诺制 on the case page and the task page: the commitment the applicant signed, where its
 * post-check stands, the approval's status; the holder states their case (陈述申辩) here while the
 * period runs.
 */
@Named
@ViewScoped
public class CaseCommitmentView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CommitmentService commitments;

  @Inject private LicensingWorkflow workflow;

  @Inject private CurrentActor currentActor;

  private String number;
  private boolean loaded;
  private CommitmentView commitment;
  private String statement;

  /** This view for the page's application number, fixed at the first call. */
  public CaseCommitmentView forCase(String caseNumber) {
    if (number == null) {
      number = caseNumber;
    }
    return this;
  }

  private void load() {
    if (loaded || number == null) {
      return;
    }
    loaded = true;
    commitment = commitments.of(currentActor.require(), number).orElse(null);
  }

  public boolean isShown() {
    load();
    return commitment != null;
  }

  public CommitmentView getCommitment() {
    load();
    return commitment;
  }

  /** The holder may submit a statement now (on their own case, within the period). */
  public boolean isMayState() {
    load();
    return commitment != null
        && commitment.statementOpen()
        && currentActor.require().username().equals(commitment.signedBy());
  }

  @ReportsProblems
  public String submitStatement() {
    workflow.submitStatement(currentActor.require(), number, statement);
    FacesSupport.infoAfterRedirect("commitment.statement.submitted");
    return "/application.xhtml?faces-redirect=true&number="
        + URLEncoder.encode(number, StandardCharsets.UTF_8);
  }

  public String getStatement() {
    return statement;
  }

  public void setStatement(String statement) {
    this.statement = statement;
  }
}
