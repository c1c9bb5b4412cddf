package cn.oneseal.application;

import cn.oneseal.domain.model.application.ApplicationStatus;
import java.io.Serializable;

/** Filters of the application lists; {@code null} means "any". */
public record ApplicationFilter(
    ApplicationStatus status, String itemCode, String applicant, String number)
    implements Serializable {

  public static ApplicationFilter any() {
    return new ApplicationFilter(null, null, null, null);
  }
}
