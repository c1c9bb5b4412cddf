package cn.oneseal.domain.model.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A special step of an item version with its published duration. */
@Embeddable
public class SpecialStep {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SpecialStepKind kind;

  @Column(name = "duration_days")
  private int durationDays;

  @Column(name = "counts_toward_limit")
  private boolean countsTowardLimit;

  protected SpecialStep() {}

  public SpecialStep(SpecialStepKind kind, int durationDays, boolean countsTowardLimit) {
    this.kind = kind;
    this.durationDays = durationDays;
    this.countsTowardLimit = countsTowardLimit;
  }

  public SpecialStepKind getKind() {
    return kind;
  }

  public int getDurationDays() {
    return durationDays;
  }

  public boolean isCountsTowardLimit() {
    return countsTowardLimit;
  }
}
