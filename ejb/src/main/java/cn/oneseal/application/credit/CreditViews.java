package cn.oneseal.application.credit;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the credit services answer: plain values for the API and the pages. */
public final class CreditViews {

  private CreditViews() {}

  /** One entry of the register as administrators and checks see it (never an identity number). */
  public record Listing(
      long id,
      String subjectKind,
      String subject,
      String name,
      String authority,
      LocalDate listedOn,
      LocalDate endsOn,
      String reason,
      boolean inForce,
      String importedBy,
      Instant importedAt,
      String removedBy,
      Instant removedAt,
      String removalReason)
      implements Serializable {}

  /** What one import did: new entries, changed entries, repeats, entries removed earlier. */
  public record ImportResult(int rows, int created, int updated, int unchanged, int removedBefore)
      implements Serializable {}

  /** One fact of a credit record. */
  public record Fact(
      String kind,
      boolean warning,
      String creditCode,
      String holderName,
      String source,
      String reference,
      String applicationNumber,
      String summary,
      LocalDate decidedOn,
      Instant recordedAt)
      implements Serializable {}

  /** One finding of a supervising department. */
  public record Finding(
      String findingId,
      String department,
      String kind,
      String applicationNumber,
      String creditCode,
      String holderName,
      String summary,
      LocalDate decidedOn,
      Instant receivedAt)
      implements Serializable {}

  /**
   * A hit of the credit check: who of the case is listed ({@code applicant}, {@code
   * legalRepresentative}, {@code investor}) and the entry.
   */
  public record Hit(String role, Listing listing) implements Serializable {}

  /**
   * The credit check of a case before its decision: the subjects checked, the hits on the register,
   * the facts of the record (sanctions and revocations as warnings), the item's rule.
   */
  public record Check(
      String applicationNumber, List<String> checked, List<Hit> hits, List<Fact> facts, String rule)
      implements Serializable {

    public boolean listed() {
      return !hits.isEmpty();
    }

    public long warnings() {
      return facts.stream().filter(Fact::warning).count();
    }

    public boolean refuses() {
      return listed() && "refuse".equals(rule);
    }
  }

  /** A holder's record: listing status, the entries, the facts, the findings. */
  public record HolderRecord(
      String creditCode,
      boolean listed,
      List<Listing> listings,
      List<Fact> facts,
      List<Finding> findings)
      implements Serializable {}

  /** What a department's finding achieved: whether this call recorded it. */
  public record FindingReceipt(String findingId, boolean changed) implements Serializable {}
}
