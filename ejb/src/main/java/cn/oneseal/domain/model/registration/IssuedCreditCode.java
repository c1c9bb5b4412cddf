package cn.oneseal.domain.model.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A credit code the bureau has issued. The code is the primary key, so a code can never be issued
 * twice; rows are written once and never changed.
 */
@Entity
@Table(name = "credit_code")
public class IssuedCreditCode {

  @Id
  @Column(length = CreditCode.LENGTH)
  @Size(max = 18)
  private String code;

  @Column(nullable = false, length = 6)
  @Size(max = 6)
  private String division;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "issued_for", length = 64)
  @Size(max = 64)
  private String issuedFor;

  protected IssuedCreditCode() {}

  public IssuedCreditCode(CreditCode code, Instant issuedAt, String issuedFor) {
    this.code = code.value();
    this.division = code.division();
    this.issuedAt = issuedAt;
    this.issuedFor = issuedFor;
  }

  public CreditCode getCode() {
    return CreditCode.of(code);
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }

  public String getIssuedFor() {
    return issuedFor;
  }
}
