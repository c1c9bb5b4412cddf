package cn.oneseal.domain.model.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

/**
 * The area of a registration authority, by its division code (e.g. 140100 太原市). The same-name rule
 * applies within one area; reserving a name locks the area's row so that two applicants cannot both
 * reserve one trade name at the same moment (there may be no row yet to lock for the name itself).
 */
@Entity
@Table(name = "registration_area")
public class RegistrationArea {

  @Id
  @Column(length = 6)
  @Size(max = 6)
  private String code;

  @Column(name = "name_zh", nullable = false, length = 64)
  @Size(max = 64)
  private String nameZh;

  protected RegistrationArea() {}

  public String getCode() {
    return code;
  }

  public String getNameZh() {
    return nameZh;
  }
}
