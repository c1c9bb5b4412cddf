package cn.oneseal.domain.model.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

/** How many further officers countersign (会签) the review of an item: configuration as data. */
@Entity
@Table(name = "countersign_rule")
public class CountersignRule {

  @Id
  @Column(name = "item_code")
  @Size(max = 32)
  private String itemCode;

  @Column(nullable = false)
  private int officers;

  protected CountersignRule() {}

  public int getOfficers() {
    return officers;
  }
}
