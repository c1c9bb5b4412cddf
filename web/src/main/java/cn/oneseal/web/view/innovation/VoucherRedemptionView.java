package cn.oneseal.web.view.innovation;

import cn.oneseal.application.VoucherService;
import cn.oneseal.application.innovation.VoucherView;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.view.shared.FacesSupport;
import cn.oneseal.web.view.shared.ReportsProblems;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A provider of the list redeems a voucher (/citizen/voucher-redeem.xhtml): it finds the voucher by
 * its number (the firm's name, what is left, the last valid day and the earlier redemptions), then
 * files its service contract and its invoice (their numbers and the files) and the amount in yuan
 * (sent as whole fen). Every refusal — not a provider, an invoice redeemed before, beyond what is
 * left, a lapsed voucher — is told on the page with nothing changed.
 */
@Named
@ViewScoped
public class VoucherRedemptionView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private VoucherService vouchers;

  @Inject private CurrentActor currentActor;

  @Inject private cn.oneseal.infrastructure.config.OneSealConfig config;

  private final java.util.List<TechnicalContractFilingView.Material> files =
      new java.util.ArrayList<>();

  private String voucherNumber;
  private VoucherView voucher;
  private String serviceContractNumber;
  private String invoiceNumber;
  private BigDecimal amount;

  /** Finds the voucher of the number typed. */
  @ReportsProblems
  public void find() {
    voucher = null;
    voucher =
        vouchers.byNumber(
            currentActor.require(), voucherNumber == null ? "" : voucherNumber.strip());
  }

  /** Redeems the amount and shows what is left. */
  @ReportsProblems
  public void redeem() {
    if (voucher == null) {
      return;
    }
    voucher =
        vouchers.redeem(
            currentActor.require(),
            voucher.voucherNumber(),
            serviceContractNumber,
            invoiceNumber,
            TechnicalContractFilingView.fen("amountFen", amount),
            files.stream()
                .map(
                    m ->
                        new cn.oneseal.domain.model.application.Upload(
                            m.requirement(),
                            m.file().fileName(),
                            m.file().contentType(),
                            m.file().content()))
                .toList());
    FacesSupport.info("voucher.redeemed", voucher.voucherNumber());
    files.clear();
    serviceContractNumber = null;
    invoiceNumber = null;
    amount = null;
  }

  /** A file for the service contract or the invoice ({@code requirement} attribute). */
  public void upload(org.primefaces.event.FileUploadEvent event) {
    String requirement = (String) event.getComponent().getAttributes().get("requirement");
    cn.oneseal.web.view.shared.PendingUpload.received(event.getFile(), config.uploadLimits())
        .ifPresent(
            file -> {
              files.removeIf(m -> m.requirement().equals(requirement));
              files.add(new TechnicalContractFilingView.Material(requirement, file));
            });
  }

  /** The file handed in for {@code requirement}, if any. */
  public String fileOf(String requirement) {
    return files.stream()
        .filter(m -> m.requirement().equals(requirement))
        .map(m -> m.file().fileName())
        .findFirst()
        .orElse(null);
  }

  public java.util.List<String> getDocuments() {
    return cn.oneseal.application.VoucherService.REDEMPTION_DOCUMENTS;
  }

  public VoucherView getVoucher() {
    return voucher;
  }

  public String getVoucherNumber() {
    return voucherNumber;
  }

  public void setVoucherNumber(String voucherNumber) {
    this.voucherNumber = voucherNumber;
  }

  public String getServiceContractNumber() {
    return serviceContractNumber;
  }

  public void setServiceContractNumber(String serviceContractNumber) {
    this.serviceContractNumber = serviceContractNumber;
  }

  public String getInvoiceNumber() {
    return invoiceNumber;
  }

  public void setInvoiceNumber(String invoiceNumber) {
    this.invoiceNumber = invoiceNumber;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }
}
