package cn.oneseal.domain.model.registration;

/**
 * The kinds of market entity the one form registers. Each is a catalogue item of its own (its
 * guide, materials and limits) and a type code of the unified social credit code (GB 32100: for
 * market regulation, 1 enterprise, 2 individual business, 3 farmers' cooperative).
 */
public enum EntityType {
  /** 有限责任公司 — one to fifty shareholders. */
  COMPANY("SC-0002", '1', "有限责任公司", "法定代表人", "住所", 1, 50, true),
  /** 合伙企业 — two or more partners; the managing partner represents it. */
  PARTNERSHIP("SC-0011", '1', "合伙企业", "执行事务合伙人", "主要经营场所", 2, 50, true),
  /** 个体工商户 — a natural person (or family) who is the operator; no investors, no capital. */
  INDIVIDUAL_BUSINESS("SC-0003", '2', "个体工商户", "经营者", "经营场所", 0, 0, false),
  /** 农民专业合作社 — five or more members, at least 80 per cent of them farmers. */
  COOPERATIVE("SC-0012", '3', "农民专业合作社", "法定代表人", "住所", 5, 10_000, true);

  private final String itemCode;
  private final char creditCodeType;
  private final String typeZh;
  private final String representativeLabelZh;
  private final String domicileLabelZh;
  private final int minInvestors;
  private final int maxInvestors;
  private final boolean hasCapital;

  EntityType(
      String itemCode,
      char creditCodeType,
      String typeZh,
      String representativeLabelZh,
      String domicileLabelZh,
      int minInvestors,
      int maxInvestors,
      boolean hasCapital) {
    this.itemCode = itemCode;
    this.creditCodeType = creditCodeType;
    this.typeZh = typeZh;
    this.representativeLabelZh = representativeLabelZh;
    this.domicileLabelZh = domicileLabelZh;
    this.minInvestors = minInvestors;
    this.maxInvestors = maxInvestors;
    this.hasCapital = hasCapital;
  }

  /** The catalogue item under which this kind of entity is registered. */
  public String itemCode() {
    return itemCode;
  }

  public char creditCodeType() {
    return creditCodeType;
  }

  /**
   * The type printed on the licence. Foreign-invested and domestic companies register alike; only
   * the type says who invested.
   */
  public String licenceTypeZh(boolean foreignInvested, boolean allNaturalPersons) {
    return switch (this) {
      case COMPANY ->
          foreignInvested ? "有限责任公司（外商投资）" : allNaturalPersons ? "有限责任公司（自然人投资或控股）" : "有限责任公司";
      case PARTNERSHIP -> foreignInvested ? "合伙企业（外商投资）" : "普通合伙企业";
      default -> typeZh;
    };
  }

  public String representativeLabelZh() {
    return representativeLabelZh;
  }

  public String domicileLabelZh() {
    return domicileLabelZh;
  }

  public int minInvestors() {
    return minInvestors;
  }

  public int maxInvestors() {
    return maxInvestors;
  }

  public boolean hasCapital() {
    return hasCapital;
  }

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** The entity type a catalogue item registers (SC-0002 a company …); empty for other items. */
  public static java.util.Optional<EntityType> ofItem(String itemCode) {
    for (EntityType type : values()) {
      if (type.itemCode().equals(itemCode)) {
        return java.util.Optional.of(type);
      }
    }
    return java.util.Optional.empty();
  }

  /** The entity type of an id such as {@code individual-business}; empty when unknown. */
  public static java.util.Optional<EntityType> ofId(String id) {
    for (EntityType type : values()) {
      if (type.id().equals(id)) {
        return java.util.Optional.of(type);
      }
    }
    return java.util.Optional.empty();
  }
}
