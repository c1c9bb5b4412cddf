package cn.oneseal.domain.model.deregistration;

import cn.oneseal.domain.shared.DomainException.Detail;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a business may use the simplified deregistration (简易注销, domain §7): what the records say
 * of it and what the applicant declares. Every failed condition is reported, each with the field it
 * concerns, so that the applicant sees all of them at once and is offered the ordinary path.
 *
 * @param licenceInForce the licence is neither revoked, deregistered nor superseded
 * @param dishonest the business is on the serious dishonesty list (严重违法失信名单)
 * @param abnormal the business is on the abnormal-operations list (经营异常名录)
 * @param underInvestigation a spot check transferred its case for investigation, or a sanction of
 *     the last year is on its record
 * @param noDebts declared: no debts or claims, or all settled
 * @param notListedCompany declared: not a listed company
 * @param noFrozenEquity declared: no frozen or pledged equity
 */
public record Eligibility(
    boolean licenceInForce,
    boolean dishonest,
    boolean abnormal,
    boolean underInvestigation,
    boolean noDebts,
    boolean notListedCompany,
    boolean noFrozenEquity) {

  /** Every reason why the simplified path is closed; empty when it is open. */
  public List<Detail> problems(String creditCode) {
    List<Detail> problems = new ArrayList<>();
    if (!licenceInForce) {
      problems.add(Detail.of("creditCode", "error.deregistration.licenceNotInForce", creditCode));
    }
    if (dishonest) {
      problems.add(Detail.of("creditCode", "error.deregistration.dishonest", creditCode));
    }
    if (abnormal) {
      problems.add(Detail.of("creditCode", "error.deregistration.abnormal", creditCode));
    }
    if (underInvestigation) {
      problems.add(Detail.of("creditCode", "error.deregistration.investigation", creditCode));
    }
    if (!noDebts) {
      problems.add(Detail.of("noDebts", "error.deregistration.debts"));
    }
    if (!notListedCompany) {
      problems.add(Detail.of("notListedCompany", "error.deregistration.listedCompany"));
    }
    if (!noFrozenEquity) {
      problems.add(Detail.of("noFrozenEquity", "error.deregistration.frozenEquity"));
    }
    return problems;
  }

  /** Whether the simplified path is open. */
  public boolean eligible() {
    return problems("").isEmpty();
  }
}
