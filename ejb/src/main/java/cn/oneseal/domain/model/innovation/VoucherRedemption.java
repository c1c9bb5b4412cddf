package cn.oneseal.domain.model.innovation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** One redemption of part or all of a voucher: the provider's service contract and invoice. */
@Entity
@Table(name = "voucher_redemption")
public class VoucherRedemption {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "voucher_id", nullable = false)
  private long voucherId;

  @Column(name = "provider_id", nullable = false)
  private long providerId;

  @Column(name = "service_contract_number", nullable = false)
  @Size(max = 64)
  private String serviceContractNumber;

  @Column(name = "invoice_number", nullable = false)
  @Size(max = 64)
  private String invoiceNumber;

  @Column(name = "amount_fen", nullable = false)
  private long amountFen;

  @Column(name = "filed_by", nullable = false)
  @Size(max = 64)
  private String filedBy;

  @Column(name = "filed_at", nullable = false)
  private Instant filedAt;

  protected VoucherRedemption() {}

  public VoucherRedemption(
      long voucherId,
      long providerId,
      String serviceContractNumber,
      String invoiceNumber,
      long amountFen,
      String filedBy,
      Instant filedAt) {
    this.voucherId = voucherId;
    this.providerId = providerId;
    this.serviceContractNumber = serviceContractNumber;
    this.invoiceNumber = invoiceNumber;
    this.amountFen = amountFen;
    this.filedBy = filedBy;
    this.filedAt = filedAt;
  }

  public Long getId() {
    return id;
  }

  public long getVoucherId() {
    return voucherId;
  }

  public long getProviderId() {
    return providerId;
  }

  public String getServiceContractNumber() {
    return serviceContractNumber;
  }

  public String getInvoiceNumber() {
    return invoiceNumber;
  }

  public long getAmountFen() {
    return amountFen;
  }

  public Instant getFiledAt() {
    return filedAt;
  }
}
