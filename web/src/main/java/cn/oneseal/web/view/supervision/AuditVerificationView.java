package cn.oneseal.web.view.supervision;

import cn.oneseal.application.AuditChainService;
import cn.oneseal.application.dto.AuditVerification;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.view.shared.FacesSupport;
import cn.oneseal.web.view.shared.ReportsProblems;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The supervisors' check of the audit chain: one button, the outcome and the broken entry. */
@Named
@ViewScoped
public class AuditVerificationView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String BUNDLE = "cn.oneseal.web.i18n.audit";

  @Inject private AuditChainService chain;

  @Inject private CurrentActor currentActor;

  private AuditVerification result;

  @ReportsProblems
  public void verify() {
    result = chain.verify(currentActor.require());
  }

  public AuditVerification getResult() {
    return result;
  }

  /** What the problem means, in words. */
  public String problemText() {
    if (result == null || result.problem() == null) {
      return "";
    }
    return cn.oneseal.web.i18n.Messages.textOr(
        BUNDLE, "audit.problem." + result.problem(), result.problem(), FacesSupport.locale());
  }
}
