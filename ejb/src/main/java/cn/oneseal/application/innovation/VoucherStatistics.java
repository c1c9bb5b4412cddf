package cn.oneseal.application.innovation;

import java.math.BigDecimal;
import java.util.List;

/**
 * The innovation vouchers of one year (晋发〔2017〕51号 §21): issued (count, face value), redeemed
 * (fen), the share of the support issued to private firms' teams — at least 50 % by the policy —
 * and the figures per industry (GB/T 4754 section) and per provider.
 */
public record VoucherStatistics(
    int year,
    long issued,
    long issuedFen,
    long redeemedFen,
    long privateIssuedFen,
    BigDecimal privateSharePercent,
    int privateShareTarget,
    boolean privateShareMet,
    List<IndustryRow> industries,
    List<ProviderRow> providers) {

  /** One industry's vouchers issued in the year. */
  public record IndustryRow(String industry, long issued, long issuedFen) {}

  /** One provider's redemptions filed in the year. */
  public record ProviderRow(
      String providerCode, String providerName, long redemptions, long redeemedFen) {}
}
