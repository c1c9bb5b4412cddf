package cn.oneseal.web.view.innovation;

import cn.oneseal.application.TechnicalContractService.Filed;
import cn.oneseal.application.innovation.ContractFiling;
import cn.oneseal.domain.model.application.Upload;
import cn.oneseal.domain.model.innovation.ContractType;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.infrastructure.config.OneSealConfig;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.view.shared.FacesSupport;
import cn.oneseal.web.view.shared.PendingUpload;
import cn.oneseal.web.view.shared.ReportsProblems;
import cn.oneseal.workflow.innovation.TechnicalContractWorkflow;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.primefaces.event.FileUploadEvent;

/**
 * The seller's filing of a technical contract for registration (/citizen/technical-contract.xhtml,
 * 技术合同认定登记): the contract's terms — amounts in yuan with fen, sent as whole fen — the contract text
 * and, where the price includes non-technical items, the basis of the technical income. The
 * idempotency key is made once per page, so a double click files one contract.
 */
@Named
@ViewScoped
public class TechnicalContractFilingView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The material of the contract text (item KJ-0001). */
  static final String CONTRACT_TEXT = "contract-text";

  /** The material of the technical income's basis. */
  static final String INCOME_BASIS = "technical-income-basis";

  @Inject private TechnicalContractWorkflow workflow;

  @Inject private CurrentActor currentActor;

  @Inject private OneSealConfig config;

  private final String idempotencyKey = UUID.randomUUID().toString();

  private String contractName;
  private String contractType = ContractType.DEVELOPMENT.id();
  private String sellerName;
  private String sellerCreditCode;
  private String buyerName;
  private String buyerCreditCode;
  private LocalDate signedOn;
  private LocalDate endsOn;
  private BigDecimal amount;
  private BigDecimal technicalIncome;
  private String contactPhone;
  private final List<Material> files = new ArrayList<>();

  /** A file received for one of the item's materials. */
  public record Material(String requirement, PendingUpload file) implements Serializable {}

  /** The contract types, in the order of the rules. */
  public List<String> getContractTypes() {
    return Arrays.stream(ContractType.values()).map(ContractType::id).toList();
  }

  /** Whether the chosen type earns the tax relief of development and transfer. */
  public boolean isTaxRelief() {
    return ContractType.of(contractType).map(ContractType::taxRelief).orElse(false);
  }

  /** A file for the contract text or the income's basis ({@code requirement} attribute). */
  public void upload(FileUploadEvent event) {
    PendingUpload.received(event.getFile(), config.uploadLimits())
        .ifPresent(
            file ->
                files.add(
                    new Material(
                        (String) event.getComponent().getAttributes().get("requirement"), file)));
  }

  public void remove(String id) {
    files.removeIf(m -> m.file().id().equals(id));
  }

  public List<Material> filesOf(String requirement) {
    return files.stream().filter(m -> m.requirement().equals(requirement)).toList();
  }

  /** Files the contract and opens its case. */
  @ReportsProblems
  public String file() {
    Filed filed =
        workflow.file(
            currentActor.require(),
            new ContractFiling(
                contractName,
                ContractType.of(contractType).orElse(null),
                sellerName,
                sellerCreditCode,
                buyerName,
                buyerCreditCode,
                signedOn,
                endsOn,
                fen("amountFen", amount),
                fen("technicalIncomeFen", technicalIncome),
                contactPhone,
                files.stream()
                    .map(
                        m ->
                            new Upload(
                                m.requirement(),
                                m.file().fileName(),
                                m.file().contentType(),
                                m.file().content()))
                    .toList(),
                idempotencyKey));
    FacesSupport.infoAfterRedirect("contract.filed", filed.view().applicationNumber());
    return "/application.xhtml?faces-redirect=true&number=" + filed.view().applicationNumber();
  }

  /** Yuan as typed (at most two decimals) in whole fen; {@code null} stays missing. */
  static Long fen(String field, BigDecimal yuan) {
    if (yuan == null) {
      return null;
    }
    try {
      return yuan.movePointRight(2).longValueExact();
    } catch (ArithmeticException e) {
      throw DomainException.invalidField(
          field, "error.technicalContract.fen", yuan.toPlainString());
    }
  }

  public String getContractName() {
    return contractName;
  }

  public void setContractName(String contractName) {
    this.contractName = contractName;
  }

  public String getContractType() {
    return contractType;
  }

  public void setContractType(String contractType) {
    this.contractType = contractType;
  }

  public String getSellerName() {
    return sellerName;
  }

  public void setSellerName(String sellerName) {
    this.sellerName = sellerName;
  }

  public String getSellerCreditCode() {
    return sellerCreditCode;
  }

  public void setSellerCreditCode(String sellerCreditCode) {
    this.sellerCreditCode = sellerCreditCode;
  }

  public String getBuyerName() {
    return buyerName;
  }

  public void setBuyerName(String buyerName) {
    this.buyerName = buyerName;
  }

  public String getBuyerCreditCode() {
    return buyerCreditCode;
  }

  public void setBuyerCreditCode(String buyerCreditCode) {
    this.buyerCreditCode = buyerCreditCode;
  }

  public LocalDate getSignedOn() {
    return signedOn;
  }

  public void setSignedOn(LocalDate signedOn) {
    this.signedOn = signedOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(LocalDate endsOn) {
    this.endsOn = endsOn;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public BigDecimal getTechnicalIncome() {
    return technicalIncome;
  }

  public void setTechnicalIncome(BigDecimal technicalIncome) {
    this.technicalIncome = technicalIncome;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }

  public String getContractText() {
    return CONTRACT_TEXT;
  }

  public String getIncomeBasis() {
    return INCOME_BASIS;
  }
}
