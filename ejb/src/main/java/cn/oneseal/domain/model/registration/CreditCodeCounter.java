package cn.oneseal.domain.model.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

/**
 * The next organisation-body number of one administrative division. Read under a pessimistic write
 * lock, so two clerks issuing codes in the same division are served one after the other.
 */
@Entity
@Table(name = "credit_code_counter")
public class CreditCodeCounter {

  @Id
  @Column(length = 6)
  @Size(max = 6)
  private String division;

  @Column(name = "next_value", nullable = false)
  private long nextValue;

  protected CreditCodeCounter() {}

  /** A division's counter; its first body is number 1. */
  public CreditCodeCounter(String division) {
    this.division = division;
    this.nextValue = 1;
  }

  /** The body for the current number; the counter moves on. */
  public String takeNextBody() {
    String body = CreditCode.bodyFor(nextValue);
    nextValue++;
    return body;
  }

  public String getDivision() {
    return division;
  }

  public long getNextValue() {
    return nextValue;
  }
}
