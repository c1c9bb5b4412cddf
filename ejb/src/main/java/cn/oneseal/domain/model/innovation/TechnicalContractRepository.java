package cn.oneseal.domain.model.innovation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The technical contracts filed for registration. */
public interface TechnicalContractRepository {

  void add(TechnicalContract contract);

  Optional<TechnicalContract> ofApplication(String applicationNumber);

  /** The next sequence of the registrations of {@code year} (a counter per year, never reused). */
  int nextSequence(int year);

  /** The contracts registered in [{@code from}, {@code to}), summed per type. */
  List<TypeTotal> registeredBetween(Instant from, Instant to);

  /**
   * How many contracts of a type were registered, with their amounts and technical income in fen.
   */
  record TypeTotal(ContractType type, long contracts, long amountFen, long technicalIncomeFen) {}
}
