package cn.oneseal.application.innovation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An innovation voucher as its firm, the staff who may read its case and the providers see it:
 * where it stands ({@code applied}, {@code valid}, {@code used}, {@code lapsed}, {@code denied},
 * {@code closed}), its number, value, what was redeemed and what is left (fen), its last valid day
 * and its redemptions.
 */
public record VoucherView(
    String applicationNumber,
    String state,
    String firmName,
    String creditCode,
    String industry,
    boolean privateFirm,
    String voucherNumber,
    Long amountFen,
    long redeemedFen,
    long remainingFen,
    Instant issuedAt,
    LocalDate validUntil,
    List<Redemption> redemptions) {

  /** One redemption: the provider, its service contract and invoice, the amount in fen. */
  public record Redemption(
      String providerCode,
      String providerName,
      String serviceContractNumber,
      String invoiceNumber,
      long amountFen,
      Instant filedAt) {}
}
