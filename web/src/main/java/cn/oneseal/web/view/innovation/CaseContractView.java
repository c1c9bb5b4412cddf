package cn.oneseal.web.view.innovation;

import cn.oneseal.application.TechnicalContractService;
import cn.oneseal.application.innovation.TechnicalContractView;
import cn.oneseal.web.security.CurrentActor;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * 技术合同认定登记 on the case page and the task page: the contract's terms as the seller declared them,
 * whether its type earns the tax relief, and its registration number once registered.
 */
@Named
@ViewScoped
public class CaseContractView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private TechnicalContractService contracts;

  @Inject private CurrentActor currentActor;

  private String number;
  private boolean loaded;
  private TechnicalContractView contract;

  /** This view for the page's application number, fixed at the first call. */
  public CaseContractView forCase(String caseNumber) {
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
    contract = contracts.ofCase(currentActor.require(), number).orElse(null);
  }

  public boolean isShown() {
    load();
    return contract != null;
  }

  public TechnicalContractView getContract() {
    load();
    return contract;
  }
}
