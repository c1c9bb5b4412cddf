package cn.oneseal.domain.model.clock;

import java.time.LocalDate;

/**
 * An extension of the time limit granted by the head of the bureau (延期, Administrative Licensing
 * Law art. 42: 10 more working days for a 20-day decision, with the reasons told to the applicant).
 * It lengthens both the statutory and the promised limit.
 */
public record Extension(int workingDays, String reason, String grantedBy, LocalDate grantedOn) {

  public Extension {
    if (workingDays <= 0) {
      throw new IllegalArgumentException("an extension adds at least one working day");
    }
  }
}
