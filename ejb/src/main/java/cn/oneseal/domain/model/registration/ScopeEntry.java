package cn.oneseal.domain.model.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

/**
 * One line of the business scope (经营范围) with its GB/T 4754 industry class; the class decides which
 * follow-up permits the registration triggers.
 */
@Embeddable
public class ScopeEntry {

  @Column(nullable = false, length = 512)
  @Size(max = 512)
  private String description;

  @Column(name = "industry_code", nullable = false, length = 8)
  @Size(max = 8)
  private String industryCode;

  protected ScopeEntry() {}

  public ScopeEntry(String description, String industryCode) {
    this.description = description;
    this.industryCode = industryCode;
  }

  public String getDescription() {
    return description;
  }

  public String getIndustryCode() {
    return industryCode;
  }
}
