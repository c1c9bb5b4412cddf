package cn.oneseal.domain.model.clock;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** The limit of one step of one process model, in working days: configuration kept as data. */
@Entity
@Table(name = "step_limit")
public class StepLimit {

  /** Process model and step. */
  @Embeddable
  public record Key(
      @Column(name = "process_key") @Size(max = 64) String processKey,
      @Column(name = "step") @Size(max = 64) String step)
      implements Serializable {}

  @EmbeddedId private Key key;

  @Column(name = "working_days", nullable = false)
  private int workingDays;

  protected StepLimit() {}

  public Key getKey() {
    return key;
  }

  public int getWorkingDays() {
    return workingDays;
  }
}
