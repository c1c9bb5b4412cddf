package cn.oneseal.application.oversight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Something the state found or decided about a business or licence holder after approval (事中事后监管):
 * a spot-check result, a department's finding or sanction (审管联动), an order to rectify, the
 * revocation of an approval. Whoever makes it fires it as a CDI event in the transaction of the act
 * ({@code Event<SubjectFact>.fire}); the holder's credit record keeps it and the publications (双公示)
 * publish it when it is {@link Kind#published() a sanction or a revocation}. Nothing that fires one
 * needs to know who listens.
 *
 * @param kind what it is
 * @param creditCode the holder's unified social credit code; {@code null} for a natural person
 *     without one (then {@code holderName} alone names them, and publications mask it)
 * @param holderName the holder's name as registered or as filed
 * @param naturalPerson whether the holder is a natural person (publications show the surname only)
 * @param source who made it: a department code (the supervising department), or {@code "BUREAU"}
 * @param reference the act's own number (the finding's, the inspection result's, the decision's)
 * @param applicationNumber the case it concerns, when there is one
 * @param summary what was found or decided, in the words of the act (no personal data)
 * @param decidedOn the day it was decided (the 双公示 deadline counts from it)
 * @param recordedAt when it reached OneSeal
 */
public record SubjectFact(
    Kind kind,
    String creditCode,
    String holderName,
    boolean naturalPerson,
    String source,
    String reference,
    String applicationNumber,
    String summary,
    LocalDate decidedOn,
    Instant recordedAt) {

  /** The kinds of fact. */
  public enum Kind {
    /** 抽查结果: a random inspection's result (no problem found included). */
    INSPECTION_RESULT(false),
    /** 责令整改: an order to rectify within a period. */
    RECTIFICATION_ORDER(false),
    /** 行政处罚: a sanction, by a supervising department or following an inspection. */
    SANCTION(true),
    /** 撤销: the revocation of an approval (e.g. a false commitment under 告知承诺制). */
    REVOCATION(true);

    private final boolean published;

    Kind(boolean published) {
      this.published = published;
    }

    /** Whether 双公示 publishes facts of this kind (sanctions and revocations). */
    public boolean published() {
      return published;
    }
  }

  public SubjectFact {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(holderName, "holderName");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(decidedOn, "decidedOn");
    Objects.requireNonNull(recordedAt, "recordedAt");
  }
}
