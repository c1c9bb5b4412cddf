package cn.oneseal.domain.model.innovation;

import java.time.Period;

/**
 * The terms of the province's innovation vouchers (晋发〔2017〕51号 §21), settings of the installation
 * with the policy's numbers as defaults: the face value (50,000 yuan), how long a voucher is valid
 * (a year), the province whose firms may apply (the first two digits of a division code, 14 山西省)
 * and the share of the support that goes to private firms' teams at least (50 %).
 */
public record VoucherTerms(
    long faceValueFen, Period validity, String provinceDivision, int privateSharePercent) {

  /** The policy's own numbers. */
  public static final VoucherTerms POLICY =
      new VoucherTerms(5_000_000L, Period.ofYears(1), "14", 50);

  public VoucherTerms {
    if (faceValueFen <= 0) {
      throw new IllegalArgumentException("a voucher's face value must be above 0: " + faceValueFen);
    }
    if (validity.isZero() || validity.isNegative()) {
      throw new IllegalArgumentException("a voucher's validity must be positive: " + validity);
    }
    if (provinceDivision == null || !provinceDivision.matches("\\d{2}")) {
      throw new IllegalArgumentException("a province is two digits: " + provinceDivision);
    }
    if (privateSharePercent < 0 || privateSharePercent > 100) {
      throw new IllegalArgumentException("a share is 0 to 100 %: " + privateSharePercent);
    }
  }
}
