package cn.oneseal.domain.model.innovation;

import cn.oneseal.domain.model.registration.CreditCode;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.domain.shared.DomainException.Detail;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the seller declares of a technical contract: its name and type, the two parties (the seller
 * files; either may be a business with a unified social credit code, or a person or organisation
 * without one), the day it was signed and, if it has one, the day it ends, the amount and the
 * technical income within it — money always in integer fen.
 */
public record ContractTerms(
    String contractName,
    ContractType type,
    String sellerName,
    String sellerCreditCode,
    String buyerName,
    String buyerCreditCode,
    LocalDate signedOn,
    LocalDate endsOn,
    long amountFen,
    long technicalIncomeFen) {

  /** The longest name of a contract or a party (the columns' limit). */
  public static final int MAX_NAME = 256;

  /**
   * Trims the texts and checks every rule at once, each problem with its field: names present and
   * within their limit, credit codes by their check digits, the contract signed (not in the future)
   * and ending after it was signed, the amount above zero and at most {@link
   * TechnicalContract#MAX_AMOUNT_FEN}, the technical income from zero up to the amount.
   */
  public static ContractTerms check(
      String contractName,
      ContractType type,
      String sellerName,
      String sellerCreditCode,
      String buyerName,
      String buyerCreditCode,
      LocalDate signedOn,
      LocalDate endsOn,
      Long amountFen,
      Long technicalIncomeFen,
      LocalDate today) {
    List<Detail> problems = new ArrayList<>();
    String name = text(contractName, "contractName", problems);
    String seller = text(sellerName, "sellerName", problems);
    String buyer = text(buyerName, "buyerName", problems);
    String sellerCode = code(sellerCreditCode, "sellerCreditCode", problems);
    String buyerCode = code(buyerCreditCode, "buyerCreditCode", problems);
    if (type == null) {
      problems.add(Detail.of("contractType", "error.technicalContract.type"));
    }
    if (signedOn == null) {
      problems.add(Detail.of("signedOn", "error.field.required", "signedOn"));
    } else if (signedOn.isAfter(today)) {
      problems.add(Detail.of("signedOn", "error.technicalContract.signedInFuture", signedOn));
    }
    if (endsOn != null && signedOn != null && endsOn.isBefore(signedOn)) {
      problems.add(
          Detail.of("endsOn", "error.technicalContract.endsBeforeSigned", endsOn, signedOn));
    }
    if (amountFen == null) {
      problems.add(Detail.of("amountFen", "error.field.required", "amountFen"));
    } else if (amountFen <= 0 || amountFen > TechnicalContract.MAX_AMOUNT_FEN) {
      problems.add(
          Detail.of(
              "amountFen",
              "error.technicalContract.amount",
              amountFen,
              TechnicalContract.MAX_AMOUNT_FEN));
    }
    if (technicalIncomeFen == null) {
      problems.add(Detail.of("technicalIncomeFen", "error.field.required", "technicalIncomeFen"));
    } else if (technicalIncomeFen < 0 || (amountFen != null && technicalIncomeFen > amountFen)) {
      problems.add(
          Detail.of(
              "technicalIncomeFen",
              "error.technicalContract.technicalIncome",
              technicalIncomeFen,
              amountFen == null ? 0 : amountFen));
    }
    if (sellerCode != null && sellerCode.equals(buyerCode)) {
      problems.add(Detail.of("buyerCreditCode", "error.technicalContract.sameParty", buyerCode));
    }
    if (!problems.isEmpty()) {
      throw DomainException.invalidAll(problems);
    }
    return new ContractTerms(
        name,
        type,
        seller,
        sellerCode,
        buyer,
        buyerCode,
        signedOn,
        endsOn,
        amountFen,
        technicalIncomeFen);
  }

  private static String text(String value, String field, List<Detail> problems) {
    String stripped = value == null ? "" : value.strip();
    if (stripped.isEmpty()) {
      problems.add(Detail.of(field, "error.field.required", field));
      return null;
    }
    if (stripped.length() > MAX_NAME) {
      problems.add(Detail.of(field, "error.field.tooLong", field, MAX_NAME));
      return null;
    }
    return stripped;
  }

  private static String code(String value, String field, List<Detail> problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip().toUpperCase(java.util.Locale.ROOT);
    var check = CreditCode.validate(stripped);
    if (!check.isValid()) {
      // the code's first problem, in the words of the credit-code check (length, check digit …)
      var first = check.problems().get(0);
      problems.add(Detail.of(field, first.code(), first.args().toArray()));
      return null;
    }
    return stripped;
  }
}
