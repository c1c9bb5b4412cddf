package cn.oneseal.web.view.citizen;

import cn.oneseal.application.LicenceLifecycleService;
import cn.oneseal.application.RegistrationService;
import cn.oneseal.application.dto.BusinessSummary;
import cn.oneseal.application.dto.CredentialView;
import cn.oneseal.application.dto.RegistrationView;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.view.shared.FacesSupport;
import cn.oneseal.web.view.shared.ReportsProblems;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * "我的企业": the businesses the signed-in citizen registered, each with its licence's status and
 * version, the public verification of that version, the licence without a medium (无介质电子营业执照) to
 * show, and the way to change (变更登记, the same one form, prefilled) or deregister it (注销).
 */
@Named
@ViewScoped
public class BusinessesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private LicenceLifecycleService lifecycle;

  @Inject private RegistrationService registrations;

  @Inject private CurrentActor currentActor;

  private List<BusinessSummary> rows = List.of();

  /** The credit code whose credential is shown, and the credential. */
  private String credentialCode;

  private CredentialView credential;

  @ReportsProblems(pageStatus = true)
  public void load() {
    rows = lifecycle.mine(currentActor.require());
  }

  /**
   * Starts a change registration (变更登记) of the business and opens its prefilled form in the
   * registration wizard, at the first step that may change (name and type are fixed).
   */
  @ReportsProblems
  public void change(String creditCode) {
    RegistrationView draft = registrations.createChange(currentActor.require(), creditCode);
    FacesSupport.redirect("/citizen/register.xhtml?id=" + draft.id() + "&step=2");
  }

  /** Fetches a fresh credential of the business to show on the page. */
  @ReportsProblems
  public void showCredential(String creditCode) {
    credential = lifecycle.credential(currentActor.require(), creditCode);
    credentialCode = creditCode;
  }

  public List<BusinessSummary> getRows() {
    return rows;
  }

  public boolean isCredentialShown(String creditCode) {
    return credential != null && creditCode.equals(credentialCode);
  }

  public CredentialView getCredential() {
    return credential;
  }
}
