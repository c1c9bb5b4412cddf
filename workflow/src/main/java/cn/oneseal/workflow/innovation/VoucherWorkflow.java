package cn.oneseal.workflow.innovation;

import cn.oneseal.application.ApplicationService;
import cn.oneseal.application.VoucherService;
import cn.oneseal.application.VoucherService.Filed;
import cn.oneseal.application.innovation.VoucherFiling;
import cn.oneseal.domain.model.account.Actor;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Files a firm's application for an innovation voucher and starts its process, in one container
 * transaction; a repeated filing (the same idempotency key) answers the first and starts nothing.
 */
@Stateless
@PermitAll
public class VoucherWorkflow {

  @Inject VoucherService vouchers;

  @Inject ApplicationService applications;

  @Inject RuntimeService runtime;

  public Filed file(Actor actor, VoucherFiling filing) {
    Filed filed = vouchers.file(actor, filing);
    if (filed.created()) {
      CaseStart.start(
          runtime,
          applications,
          VoucherProcess.KEY,
          filed.view().applicationNumber(),
          actor.username());
    }
    return filed;
  }
}
