package cn.oneseal.domain.model.innovation;

import cn.oneseal.domain.model.registration.CreditCode;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.domain.shared.DomainException.Detail;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The firm that applies for an innovation voucher, as it declares itself: its registered name and
 * unified social credit code (registered in the province: division 14…), its industry (门类 of GB/T
 * 4754-2017, A–T), whether it is a private firm (民营企业 — at least half the support goes to private
 * firms' teams) and its innovation team.
 */
public record VoucherApplicant(
    String firmName, String creditCode, String industry, boolean privateFirm, String teamSummary) {

  /** The sections (门类) of GB/T 4754-2017. */
  private static final Pattern INDUSTRY = Pattern.compile("[A-T]");

  /**
   * Trims and checks every field at once, each problem with its field; the credit code's division
   * must lie in {@code province} (two digits, e.g. 14 山西省).
   */
  public static VoucherApplicant check(
      String firmName,
      String creditCode,
      String industry,
      Boolean privateFirm,
      String teamSummary,
      String province) {
    List<Detail> problems = new ArrayList<>();
    String name = firmName == null ? "" : firmName.strip();
    if (name.isEmpty()) {
      problems.add(Detail.of("firmName", "error.field.required", "firmName"));
    } else if (name.length() > 256) {
      problems.add(Detail.of("firmName", "error.field.tooLong", "firmName", 256));
    }
    String code = creditCode == null ? "" : creditCode.strip().toUpperCase(Locale.ROOT);
    var validation = CreditCode.validate(code);
    if (!validation.isValid()) {
      var first = validation.problems().get(0);
      problems.add(Detail.of("creditCode", first.code(), first.args().toArray()));
    } else if (!code.substring(2, 8).startsWith(province)) {
      problems.add(
          Detail.of("creditCode", "error.voucher.notInProvince", code, code.substring(2, 8)));
    }
    String section = industry == null ? "" : industry.strip().toUpperCase(Locale.ROOT);
    if (!INDUSTRY.matcher(section).matches()) {
      problems.add(Detail.of("industry", "error.voucher.industry", String.valueOf(industry)));
    }
    if (privateFirm == null) {
      problems.add(Detail.of("privateFirm", "error.field.required", "privateFirm"));
    }
    String team = teamSummary == null ? "" : teamSummary.strip();
    if (team.isEmpty()) {
      problems.add(Detail.of("teamSummary", "error.field.required", "teamSummary"));
    } else if (team.length() > 2000) {
      problems.add(Detail.of("teamSummary", "error.field.tooLong", "teamSummary", 2000));
    }
    if (!problems.isEmpty()) {
      throw DomainException.invalidAll(problems);
    }
    return new VoucherApplicant(name, code, section, privateFirm, team);
  }
}
