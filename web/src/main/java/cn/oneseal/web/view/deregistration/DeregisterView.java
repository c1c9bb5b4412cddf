package cn.oneseal.web.view.deregistration;

import cn.oneseal.application.DeregistrationService;
import cn.oneseal.application.DeregistrationService.Declarations;
import cn.oneseal.application.DeregistrationService.Filing;
import cn.oneseal.application.deregistration.DeregistrationViews.DeregistrationView;
import cn.oneseal.application.deregistration.DeregistrationViews.EligibilityView;
import cn.oneseal.domain.model.deregistration.DeregistrationPath;
import cn.oneseal.web.i18n.Messages;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.view.shared.FacesSupport;
import cn.oneseal.workflow.deregistration.DeregistrationWorkflow;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The citizen's deregistration page (/citizen/deregister.xhtml?code=…): whether the business may
 * take the simplified path (the declarations as checkboxes; every failed condition at once, with
 * the ordinary path offered), the investors' commitment and the filing; then where the
 * deregistration stands — the notice, the filing after it, the decision.
 */
@Named
@ViewScoped
public class DeregisterView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private DeregistrationService deregistrations;

  @Inject private DeregistrationWorkflow workflow;

  @Inject private CurrentActor currentActor;

  private String code;
  private EligibilityView eligibility;
  private boolean noDebts;
  private boolean notListedCompany;
  private boolean noFrozenEquity;
  private boolean commitmentSigned;
  private boolean checked;

  /** Reads the business named by {@code ?code=}; someone else's business answers 404. */
  public void load() {
    if (eligibility != null) {
      return;
    }
    FacesSupport.attemptLoading(this::refresh);
  }

  private void refresh() {
    eligibility =
        deregistrations.eligibility(
            currentActor.require(),
            code,
            new Declarations(noDebts, notListedCompany, noFrozenEquity));
  }

  /** Checks the conditions with the declarations ticked. */
  public void check() {
    checked = FacesSupport.attempt(this::refresh);
  }

  /** Files the simplified deregistration with the commitment. */
  public void file() {
    if (!commitmentSigned) {
      FacesSupport.infoFrom("cn.oneseal.web.i18n.deregistration", "deregister.commitment.required");
      return;
    }
    if (FacesSupport.attempt(
        () ->
            workflow.file(
                currentActor.require(),
                new Filing(
                    code,
                    DeregistrationPath.SIMPLE,
                    new Declarations(noDebts, notListedCompany, noFrozenEquity),
                    List.of())))) {
      FacesSupport.infoFrom("cn.oneseal.web.i18n.deregistration", "deregister.filed");
      FacesSupport.attempt(this::refresh);
    }
  }

  /** Files the deregistration application after the notice. */
  public void fileAfterNotice() {
    DeregistrationView current = getCurrent();
    if (current != null
        && FacesSupport.attempt(
            () -> workflow.fileApplication(currentActor.require(), current.applicationNumber()))) {
      FacesSupport.infoFrom("cn.oneseal.web.i18n.deregistration", "deregister.applied");
      FacesSupport.attempt(this::refresh);
    }
  }

  /** The reasons the simplified path is closed, in the page's language. */
  public List<String> getProblems() {
    if (eligibility == null) {
      return List.of();
    }
    return eligibility.problems().stream()
        .map(p -> Messages.error(p, FacesSupport.locale(), eligibility.creditCode()))
        .toList();
  }

  /** Whether a deregistration is under way (not ended). */
  public boolean isRunning() {
    DeregistrationView current = getCurrent();
    return current != null
        && !List.of("refused", "lapsed", "deregistered", "denied").contains(current.status());
  }

  /** The investors who commit, as the commitment names them. */
  public String getInvestors() {
    return eligibility == null ? "" : String.join("、", eligibility.investors());
  }

  public DeregistrationView getCurrent() {
    return eligibility == null ? null : eligibility.current();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public EligibilityView getEligibility() {
    return eligibility;
  }

  public boolean isNoDebts() {
    return noDebts;
  }

  public void setNoDebts(boolean noDebts) {
    this.noDebts = noDebts;
  }

  public boolean isNotListedCompany() {
    return notListedCompany;
  }

  public void setNotListedCompany(boolean notListedCompany) {
    this.notListedCompany = notListedCompany;
  }

  public boolean isNoFrozenEquity() {
    return noFrozenEquity;
  }

  public void setNoFrozenEquity(boolean noFrozenEquity) {
    this.noFrozenEquity = noFrozenEquity;
  }

  public boolean isCommitmentSigned() {
    return commitmentSigned;
  }

  public void setCommitmentSigned(boolean commitmentSigned) {
    this.commitmentSigned = commitmentSigned;
  }

  public boolean isChecked() {
    return checked;
  }
}
