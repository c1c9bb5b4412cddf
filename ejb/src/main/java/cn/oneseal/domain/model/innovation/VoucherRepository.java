package cn.oneseal.domain.model.innovation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The innovation vouchers, their redemptions and the providers' list. */
public interface VoucherRepository {

  void add(InnovationVoucher voucher);

  Optional<InnovationVoucher> ofApplication(String applicationNumber);

  /** The voucher of this number, as it stands. */
  Optional<InnovationVoucher> byNumber(String voucherNumber);

  /** The voucher of this number, locked for the redemption that reads it. */
  Optional<InnovationVoucher> byNumberForUpdate(String voucherNumber);

  List<InnovationVoucher> ofFirm(String creditCode);

  String nextNumber(int year);

  void add(VoucherRedemption redemption);

  boolean invoiceRedeemed(String invoiceNumber);

  List<VoucherRedemption> redemptionsOf(long voucherId);

  List<VoucherProvider> providers();

  Optional<VoucherProvider> provider(String code);

  Optional<VoucherProvider> providerOf(String account);

  void add(VoucherProvider provider);

  /** The vouchers issued in [{@code from}, {@code to}). */
  List<InnovationVoucher> issuedBetween(Instant from, Instant to);

  /** The redemptions filed in [{@code from}, {@code to}). */
  List<VoucherRedemption> redeemedBetween(Instant from, Instant to);
}
