package cn.oneseal.application.innovation;

import cn.oneseal.domain.model.application.Upload;
import cn.oneseal.domain.model.innovation.ContractType;
import java.time.LocalDate;
import java.util.List;

/**
 * What the seller files to register a technical contract: the contract's terms (money in integer
 * fen), the seller's contact phone, the contract text and other materials, and the key that makes a
 * repeated filing answer the first ({@code null}: the filing is not repeatable).
 */
public record ContractFiling(
    String contractName,
    ContractType contractType,
    String sellerName,
    String sellerCreditCode,
    String buyerName,
    String buyerCreditCode,
    LocalDate signedOn,
    LocalDate endsOn,
    Long amountFen,
    Long technicalIncomeFen,
    String contactPhone,
    List<Upload> materials,
    String idempotencyKey) {}
