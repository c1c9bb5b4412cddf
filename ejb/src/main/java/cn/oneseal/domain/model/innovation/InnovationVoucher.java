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
 * A firm's innovation voucher (科技创新券, 晋发〔2017〕51号 §21), carried by one application: what the firm
 * declared, and once the director issued it, its number, its face value ({@link VoucherTerms}) and
 * what has been redeemed (integer fen), and its last valid day. A voucher is redeemed in parts,
 * never beyond its value, only while it is valid; after its last day it has lapsed.
 */
@Entity
@Table(name = "innovation_voucher")
public class InnovationVoucher {

  /** Where a voucher stands. */
  public enum Status {
    APPLIED,
    ISSUED,
    DENIED,
    /** The application ended without a decision (refused at the window, withdrawn). */
    CLOSED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_number", nullable = false)
  @Size(max = 32)
  private String applicationNumber;

  @Column(name = "credit_code", nullable = false)
  @Size(max = 18)
  private String creditCode;

  @Column(name = "firm_name", nullable = false)
  @Size(max = 256)
  private String firmName;

  @Column(nullable = false)
  @Size(max = 1)
  private String industry;

  @Column(name = "private_firm", nullable = false)
  private boolean privateFirm;

  @Column(name = "team_summary", nullable = false, length = 2000)
  @Size(max = 2000)
  private String teamSummary;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(name = "voucher_number")
  @Size(max = 16)
  private String voucherNumber;

  @Column(name = "amount_fen")
  private Long amountFen;

  @Column(name = "redeemed_fen", nullable = false)
  private long redeemedFen;

  @Column(name = "issued_at")
  private Instant issuedAt;

  @Column(name = "valid_until")
  private LocalDate validUntil;

  @Column(name = "filed_at", nullable = false)
  private Instant filedAt;

  @Version private long version;

  protected InnovationVoucher() {}

  public InnovationVoucher(String applicationNumber, VoucherApplicant applicant, Instant filedAt) {
    this.applicationNumber = applicationNumber;
    this.creditCode = applicant.creditCode();
    this.firmName = applicant.firmName();
    this.industry = applicant.industry();
    this.privateFirm = applicant.privateFirm();
    this.teamSummary = applicant.teamSummary();
    this.status = Status.APPLIED;
    this.filedAt = filedAt;
  }

  /**
   * The director issues it: {@code number}, the terms' face value, valid for the terms' period (a
   * year: until the day before the anniversary).
   */
  public void issue(String number, VoucherTerms terms, Instant now, LocalDate today) {
    requireStatus(Status.APPLIED);
    this.status = Status.ISSUED;
    this.voucherNumber = number;
    this.amountFen = terms.faceValueFen();
    this.issuedAt = now;
    this.validUntil = today.plus(terms.validity()).minusDays(1);
  }

  public void deny() {
    requireStatus(Status.APPLIED);
    this.status = Status.DENIED;
  }

  /** The application ended without a decision. */
  public void close() {
    if (status == Status.APPLIED) {
      status = Status.CLOSED;
    }
  }

  /**
   * Redeems {@code amount} fen on {@code today}: only an issued voucher within its validity, never
   * beyond what is left (409 each, with nothing changed).
   */
  public void redeem(long amount, LocalDate today) {
    if (amount <= 0) {
      throw DomainException.invalidField("amountFen", "error.voucher.amount", amount);
    }
    if (status != Status.ISSUED) {
      throw DomainException.conflict("error.voucher.notIssued", applicationNumber);
    }
    if (lapsedOn(today)) {
      throw DomainException.conflict("error.voucher.lapsed", voucherNumber, validUntil);
    }
    if (amount > remainingFen()) {
      throw DomainException.conflict(
          "error.voucher.exceeds", voucherNumber, amount, remainingFen());
    }
    redeemedFen += amount;
  }

  /** Whether its validity is over on {@code today}. */
  public boolean lapsedOn(LocalDate today) {
    return status == Status.ISSUED && today.isAfter(validUntil);
  }

  /** What is left to redeem, in fen (0 before it is issued). */
  public long remainingFen() {
    return amountFen == null ? 0 : amountFen - redeemedFen;
  }

  /**
   * Its state for a reader on {@code today}: {@code applied}, {@code denied}, {@code closed}, or
   * for an issued voucher {@code valid}, {@code used} (nothing left) or {@code lapsed}.
   */
  public String stateOn(LocalDate today) {
    if (status != Status.ISSUED) {
      return status.name().toLowerCase(java.util.Locale.ROOT);
    }
    if (remainingFen() == 0) {
      return "used";
    }
    return lapsedOn(today) ? "lapsed" : "valid";
  }

  /** Whether it keeps the firm from applying again on {@code today}: under way, or valid. */
  public boolean holdsOn(LocalDate today) {
    return status == Status.APPLIED || "valid".equals(stateOn(today));
  }

  /** The voucher number of the {@code sequence}th voucher of {@code year}: KJQ2026000123. */
  public static String number(int year, int sequence) {
    if (sequence < 1 || sequence > 999_999) {
      throw new IllegalArgumentException("sequence out of range: " + sequence);
    }
    return String.format("KJQ%04d%06d", year, sequence);
  }

  private void requireStatus(Status expected) {
    if (status != expected) {
      throw DomainException.conflict(
          "error.voucher.state",
          applicationNumber,
          status.name().toLowerCase(java.util.Locale.ROOT));
    }
  }

  public Long getId() {
    return id;
  }

  public String getApplicationNumber() {
    return applicationNumber;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public String getFirmName() {
    return firmName;
  }

  public String getIndustry() {
    return industry;
  }

  public boolean isPrivateFirm() {
    return privateFirm;
  }

  public String getTeamSummary() {
    return teamSummary;
  }

  public Status getStatus() {
    return status;
  }

  public String getVoucherNumber() {
    return voucherNumber;
  }

  public Long getAmountFen() {
    return amountFen;
  }

  public long getRedeemedFen() {
    return redeemedFen;
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public Instant getFiledAt() {
    return filedAt;
  }
}
