package cn.oneseal.domain.model.innovation;

import cn.oneseal.domain.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One technical contract filed for registration (技术合同认定登记), carried by one application: what the
 * seller declared (type, parties, signing day, amount and the technical income within it, in fen)
 * and, once the registrar registered it, its registration number. Whether it was refused, rejected
 * or withdrawn is the application's status; this record keeps what only a contract has.
 */
@Entity
@Table(name = "technical_contract")
public class TechnicalContract {

  /**
   * The largest amount a contract may declare: 10 billion yuan, in fen. Beyond it a figure is a
   * typing error rather than a contract, and the sums of a year's statistics stay far from {@code
   * long}'s range.
   */
  public static final long MAX_AMOUNT_FEN = 1_000_000_000_000L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_number", nullable = false)
  @Size(max = 32)
  private String applicationNumber;

  @Column(name = "contract_name", nullable = false)
  @Size(max = 256)
  private String contractName;

  @Enumerated(EnumType.STRING)
  @Column(name = "contract_type", nullable = false)
  private ContractType contractType;

  @Column(name = "seller_name", nullable = false)
  @Size(max = 256)
  private String sellerName;

  @Column(name = "seller_credit_code")
  @Size(max = 18)
  private String sellerCreditCode;

  @Column(name = "buyer_name", nullable = false)
  @Size(max = 256)
  private String buyerName;

  @Column(name = "buyer_credit_code")
  @Size(max = 18)
  private String buyerCreditCode;

  @Column(name = "signed_on", nullable = false)
  private LocalDate signedOn;

  @Column(name = "ends_on")
  private LocalDate endsOn;

  @Column(name = "amount_fen", nullable = false)
  private long amountFen;

  @Column(name = "technical_income_fen", nullable = false)
  private long technicalIncomeFen;

  @Column(name = "filed_by", nullable = false)
  @Size(max = 64)
  private String filedBy;

  @Column(name = "filed_at", nullable = false)
  private Instant filedAt;

  @Column(name = "registration_number")
  @Size(max = 20)
  private String registrationNumber;

  @Column(name = "registered_at")
  private Instant registeredAt;

  @Column(name = "registered_by")
  @Size(max = 64)
  private String registeredBy;

  @Version private long version;

  protected TechnicalContract() {}

  /** A contract filed now; its facts were checked by {@link ContractTerms#check}. */
  public TechnicalContract(
      String applicationNumber, ContractTerms terms, String filedBy, Instant filedAt) {
    this.applicationNumber = applicationNumber;
    this.contractName = terms.contractName();
    this.contractType = terms.type();
    this.sellerName = terms.sellerName();
    this.sellerCreditCode = terms.sellerCreditCode();
    this.buyerName = terms.buyerName();
    this.buyerCreditCode = terms.buyerCreditCode();
    this.signedOn = terms.signedOn();
    this.endsOn = terms.endsOn();
    this.amountFen = terms.amountFen();
    this.technicalIncomeFen = terms.technicalIncomeFen();
    this.filedBy = filedBy;
    this.filedAt = filedAt;
  }

  /** The registrar registers it under {@code number}; a contract is registered once. */
  public void register(String number, String registrar, Instant now) {
    if (registrationNumber != null) {
      throw DomainException.conflict(
          "error.technicalContract.registered", applicationNumber, registrationNumber);
    }
    this.registrationNumber = number;
    this.registeredBy = registrar;
    this.registeredAt = now;
  }

  /**
   * The registration number of the {@code sequence}th registration of {@code year} by the authority
   * of {@code division} (six digits, e.g. 140000 山西省): the year, the division and six digits, e.g.
   * {@code 2026140000000123}.
   */
  public static String registrationNumber(String division, int year, int sequence) {
    if (sequence < 1 || sequence > 999_999) {
      throw new IllegalArgumentException("sequence out of range: " + sequence);
    }
    if (division == null || !division.matches("\\d{6}")) {
      throw new IllegalArgumentException("a division is six digits: " + division);
    }
    return String.format("%04d%s%06d", year, division, sequence);
  }

  /** The terms as declared, for a view or a document. */
  public ContractTerms terms() {
    return new ContractTerms(
        contractName,
        contractType,
        sellerName,
        sellerCreditCode,
        buyerName,
        buyerCreditCode,
        signedOn,
        endsOn,
        amountFen,
        technicalIncomeFen);
  }

  public String getApplicationNumber() {
    return applicationNumber;
  }

  public ContractType getContractType() {
    return contractType;
  }

  public String getRegistrationNumber() {
    return registrationNumber;
  }

  public Instant getRegisteredAt() {
    return registeredAt;
  }

  public String getRegisteredBy() {
    return registeredBy;
  }

  public String getFiledBy() {
    return filedBy;
  }

  public Instant getFiledAt() {
    return filedAt;
  }
}
