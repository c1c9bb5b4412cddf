package cn.oneseal.domain.model.credit;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The records of credit and 审管联动: the dishonesty register, the credit facts, the departments'
 * findings, the decision reports of the outbox, and what the issued licences say of a holder.
 */
public interface CreditRepository {

  void add(DishonestEntry entry);

  Optional<DishonestEntry> entry(long id);

  /** The entry of one subject, authority and listing date: what an import is idempotent by. */
  Optional<DishonestEntry> entry(
      ListedSubject kind, String subjectKey, String authority, LocalDate listedOn);

  /** Every entry of a subject (credit code or identity hash), latest listing first. */
  List<DishonestEntry> entriesOf(ListedSubject kind, String subjectKey);

  long countEntries();

  /** A slice of the register, latest listing first. */
  List<DishonestEntry> entries(int offset, int limit);

  void add(CreditFact fact);

  boolean factKnown(String source, String reference, String kind);

  /** The facts of these credit codes and (when not null) of this case, latest first. */
  List<CreditFact> facts(Collection<String> creditCodes, String applicationNumber);

  void add(SupervisionFinding finding);

  Optional<SupervisionFinding> finding(String channelCode, String findingId);

  List<SupervisionFinding> findingsOfCase(String applicationNumber);

  List<SupervisionFinding> findingsOfHolder(String creditCode);

  void add(DecisionReport report);

  Optional<DecisionReport> reportOfCase(String applicationNumber);

  Optional<DecisionReport> report(String reportId);

  Optional<DecisionReport> report(long id);

  /** The credit code a business licence issued for this case carries. */
  Optional<String> licensedCode(String applicationNumber);

  /** The name on the business licence of this credit code. */
  Optional<String> licensedName(String creditCode);

  void flush();
}
