package cn.oneseal.web.view.innovation;

import cn.oneseal.application.TechnicalContractService;
import cn.oneseal.application.innovation.TechnicalContractView;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.web.view.shared.CaseRecordView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * 技术合同认定登记 on the case page and the task page: the contract's terms as the seller declared them,
 * whether its type earns the tax relief, and its registration number once registered.
 */
@Named
@ViewScoped
public class CaseContractView extends CaseRecordView<TechnicalContractView> {

  private static final long serialVersionUID = 1L;

  @Inject private TechnicalContractService contracts;

  @Override
  protected Optional<TechnicalContractView> find(Actor reader, String number) {
    return contracts.ofCase(reader, number);
  }
}
