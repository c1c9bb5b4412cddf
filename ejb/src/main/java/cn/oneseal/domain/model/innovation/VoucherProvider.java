package cn.oneseal.domain.model.innovation;

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

/**
 * A provider of research services on the maintained list (服务机构目录) where vouchers are spent: a
 * national or provincial key laboratory, an engineering research centre, a shared research platform
 * or a university. It files redemptions through its account; an inactive provider redeems nothing.
 */
@Entity
@Table(name = "voucher_provider")
public class VoucherProvider {

  /** The kinds of provider the policy names. */
  public enum Kind {
    KEY_LABORATORY,
    ENGINEERING_CENTRE,
    SHARED_PLATFORM,
    UNIVERSITY
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  @Size(max = 32)
  private String code;

  @Column(nullable = false)
  @Size(max = 256)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;

  @Column
  @Size(max = 64)
  private String account;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  @Size(max = 64)
  private String createdBy;

  @Version private long version;

  protected VoucherProvider() {}

  public VoucherProvider(
      String code, String name, Kind kind, String account, String createdBy, Instant createdAt) {
    this.code = code;
    this.name = name;
    this.kind = kind;
    this.account = account;
    this.active = true;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  /** The administrators change its name, account or whether it is on the list. */
  public void update(String name, String account, boolean active) {
    this.name = name;
    this.account = account;
    this.active = active;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public Kind getKind() {
    return kind;
  }

  public String getAccount() {
    return account;
  }

  public boolean isActive() {
    return active;
  }
}
