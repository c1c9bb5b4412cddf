package cn.oneseal.application.innovation;

import cn.oneseal.domain.model.innovation.ContractTerms;
import cn.oneseal.domain.model.innovation.TechnicalContract;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A technical contract filed for registration, as its seller and the staff who may read the case
 * see it: the terms (money in integer fen), whether its type earns the tax relief, where the case
 * stands and, once registered, the registration number.
 */
public record TechnicalContractView(
    String applicationNumber,
    String status,
    String contractName,
    String contractType,
    boolean taxRelief,
    String sellerName,
    String sellerCreditCode,
    String buyerName,
    String buyerCreditCode,
    LocalDate signedOn,
    LocalDate endsOn,
    long amountFen,
    long technicalIncomeFen,
    Instant filedAt,
    String registrationNumber,
    Instant registeredAt) {

  public static TechnicalContractView of(TechnicalContract contract, String applicationStatus) {
    ContractTerms terms = contract.terms();
    return new TechnicalContractView(
        contract.getApplicationNumber(),
        applicationStatus,
        terms.contractName(),
        terms.type().id(),
        terms.type().taxRelief(),
        terms.sellerName(),
        terms.sellerCreditCode(),
        terms.buyerName(),
        terms.buyerCreditCode(),
        terms.signedOn(),
        terms.endsOn(),
        terms.amountFen(),
        terms.technicalIncomeFen(),
        contract.getFiledAt(),
        contract.getRegistrationNumber(),
        contract.getRegisteredAt());
  }

  /** Whether the registrar registered it. */
  public boolean registered() {
    return registrationNumber != null;
  }
}
