package cn.oneseal.application.dto;

import java.io.Serializable;
import java.time.Instant;

/**
 * An application's commitment (告知承诺制) as its applicant and the staff see it.
 *
 * @param state {@code signed}, {@code post-check-scheduled}, {@code rectifying}, {@code
 *     statement-invited}, {@code kept}, {@code revoked} or {@code closed}
 * @param decisionStatus the approval decision's status ({@code valid}, {@code revoked} …), {@code
 *     null} before the decision
 * @param statementOpen whether the holder may submit a statement now
 */
public record CommitmentView(
    String applicationNumber,
    String itemCode,
    String state,
    String commitmentText,
    String signedBy,
    Instant signedAt,
    String postCheckPeriod,
    Instant postCheckDue,
    Instant rectificationDue,
    Instant statementDue,
    String statement,
    Instant statementAt,
    String decisionStatus,
    boolean statementOpen)
    implements Serializable {}
