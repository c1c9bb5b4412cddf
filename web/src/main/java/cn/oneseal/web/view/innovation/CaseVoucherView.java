package cn.oneseal.web.view.innovation;

import cn.oneseal.application.VoucherService;
import cn.oneseal.application.innovation.VoucherView;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.web.view.shared.CaseRecordView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * 科技创新券 on the case page and the task page: the firm as it declared itself and, once issued, the
 * voucher's number, value, what is left, its last valid day and its redemptions.
 */
@Named
@ViewScoped
public class CaseVoucherView extends CaseRecordView<VoucherView> {

  private static final long serialVersionUID = 1L;

  @Inject private VoucherService vouchers;

  @Override
  protected Optional<VoucherView> find(Actor reader, String number) {
    return vouchers.findOfCase(reader, number);
  }
}
