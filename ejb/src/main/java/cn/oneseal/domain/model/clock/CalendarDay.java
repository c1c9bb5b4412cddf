package cn.oneseal.domain.model.clock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * One day of the State Council's holiday notice as entered by an administrator: a statutory day off
 * or a make-up working day, with the festival's name. Ordinary days are not stored.
 */
@Entity
@Table(name = "calendar_day")
public class CalendarDay {

  @Id
  @Column(name = "calendar_date")
  private LocalDate day;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private DayKind kind;

  @Column(name = "name_zh", length = 100)
  @Size(max = 100)
  private String nameZh;

  @Column(name = "name_en", length = 100)
  @Size(max = 100)
  private String nameEn;

  protected CalendarDay() {}

  public CalendarDay(LocalDate day, DayKind kind, String nameZh, String nameEn) {
    this.day = day;
    this.kind = kind;
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  public LocalDate getDay() {
    return day;
  }

  public DayKind getKind() {
    return kind;
  }

  public String getNameZh() {
    return nameZh;
  }

  public String getNameEn() {
    return nameEn;
  }
}
