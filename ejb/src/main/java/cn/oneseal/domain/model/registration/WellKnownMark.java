package cn.oneseal.domain.model.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A well-known mark (驰名商标) of the maintained list: a trade name may not use it, whole or in part
 * (another's renown would mislead the public; {@link NameRules}). The list is data (table {@code
 * well_known_mark}, migration V31) with where each entry comes from, maintained as
 * docs/registration.md describes; the name check reads it on every check.
 */
@Entity
@Table(name = "well_known_mark")
public class WellKnownMark {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 64)
  @Size(max = 64)
  private String mark;

  /** Who holds the mark, as the recognition names them. */
  @Column(nullable = false, length = 128)
  @Size(max = 128)
  private String holder;

  /** Where the entry comes from (the recognising decision or list). */
  @Column(nullable = false, length = 256)
  @Size(max = 256)
  private String source;

  @Column(name = "listed_on", nullable = false)
  private LocalDate listedOn;

  protected WellKnownMark() {}

  public WellKnownMark(String mark, String holder, String source, LocalDate listedOn) {
    this.mark = mark;
    this.holder = holder;
    this.source = source;
    this.listedOn = listedOn;
  }

  public String getMark() {
    return mark;
  }

  public String getHolder() {
    return holder;
  }

  public String getSource() {
    return source;
  }

  public LocalDate getListedOn() {
    return listedOn;
  }
}
