package cn.oneseal.domain.model.commitment;

import cn.oneseal.domain.model.catalog.ApprovalItem;
import cn.oneseal.domain.model.document.IssuedDocument;
import java.util.Optional;

/** What the notify-and-commit service (告知承诺制) needs from the records. */
public interface CommitmentRepository {

  /** The catalogue item by its code, with its commitment terms. */
  Optional<ApprovalItem> item(String code);

  /** Keeps a new commitment and writes it at once (its id is then known). */
  void add(Commitment commitment);

  /** Writes what changed now, so that a conflict shows in the act that caused it. */
  void flush();

  /** The commitment a case was filed on. */
  Optional<Commitment> ofCase(String applicationNumber);

  /** The latest approval decision issued on a case. */
  Optional<IssuedDocument> approvalDecisionOf(String applicationNumber);
}
