package cn.oneseal.domain.model.innovation;

import java.util.Locale;
import java.util.Optional;

/**
 * The five kinds of technical contract the registration recognises (技术合同认定规则). The parties to a
 * registered development, transfer or licensing contract may claim the state's tax relief for
 * technology development and transfer; consulting and service contracts are registered without it.
 */
public enum ContractType {
  /** 技术开发合同 (commissioned or cooperative development). */
  DEVELOPMENT(true),
  /** 技术转让合同 (patent, patent application, technical secret). */
  TRANSFER(true),
  /** 技术许可合同 (licence to exploit a patent or technical secret). */
  LICENSING(true),
  /** 技术咨询合同. */
  CONSULTING(false),
  /** 技术服务合同. */
  SERVICE(false);

  private final boolean taxRelief;

  ContractType(boolean taxRelief) {
    this.taxRelief = taxRelief;
  }

  /**
   * Whether a registered contract of this type earns the tax relief of development and transfer.
   */
  public boolean taxRelief() {
    return taxRelief;
  }

  /** The API's name: {@code development}, {@code transfer} … */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The type of this API name (any case), if it is one. */
  public static Optional<ContractType> of(String id) {
    if (id == null) {
      return Optional.empty();
    }
    for (ContractType type : values()) {
      if (type.id().equals(id.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
