package cn.oneseal.workflow.innovation;

import cn.oneseal.application.ApplicationService;
import cn.oneseal.application.TechnicalContractService;
import cn.oneseal.application.TechnicalContractService.Filed;
import cn.oneseal.application.innovation.ContractFiling;
import cn.oneseal.domain.model.account.Actor;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Files a technical contract for registration and starts its process, in one container transaction:
 * a filing that cannot start leaves nothing behind. A repeated filing (the same idempotency key)
 * answers the first and starts nothing.
 */
@Stateless
@PermitAll
public class TechnicalContractWorkflow {

  @Inject TechnicalContractService contracts;

  @Inject ApplicationService applications;

  @Inject RuntimeService runtime;

  public Filed file(Actor actor, ContractFiling filing) {
    Filed filed = contracts.file(actor, filing);
    if (filed.created()) {
      CaseStart.start(
          runtime,
          applications,
          TechnicalContractProcess.KEY,
          filed.view().applicationNumber(),
          actor.username());
    }
    return filed;
  }
}
