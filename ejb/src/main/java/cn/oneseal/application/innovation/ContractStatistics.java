package cn.oneseal.application.innovation;

import java.util.List;

/**
 * The technical contracts registered in one year (晋发〔2017〕51号 §17: annual statistics of technology
 * transfer), per contract type: how many, their amounts and the technical income within them, in
 * fen; the types with tax relief (development, transfer, licensing) summed apart.
 */
public record ContractStatistics(
    int year,
    List<Row> types,
    long contracts,
    long amountFen,
    long technicalIncomeFen,
    long reliefContracts,
    long reliefTechnicalIncomeFen) {

  /** One contract type's registrations of the year. */
  public record Row(
      String contractType,
      boolean taxRelief,
      long contracts,
      long amountFen,
      long technicalIncomeFen) {}
}
