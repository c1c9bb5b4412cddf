package cn.oneseal.web.view.catalog;

import cn.oneseal.application.dto.ItemGuide;
import cn.oneseal.application.dto.ItemGuide.MaterialGuide;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * An approval item as a page shows it, in one language. Views keep this snapshot rather than the
 * entity, so that their state stays small and serializable.
 */
public record ItemSheet(
    String code,
    String name,
    String department,
    String section,
    String legalBasis,
    String kind,
    int statutoryDays,
    int promisedDays,
    List<MaterialLine> materials,
    String registrationType,
    String processKey)
    implements Serializable {

  /** The process of the registration of technical contracts (技术合同认定登记). */
  public static final String TECHNICAL_CONTRACT_PROCESS = "contractRegistration";

  /** The process of innovation vouchers (科技创新券). */
  public static final String VOUCHER_PROCESS = "innovationVoucher";

  /** One entry of the item's list of application materials. */
  public record MaterialLine(String code, String name, String nameZh, boolean required)
      implements Serializable {}

  public static ItemSheet of(ItemGuide item, Locale locale) {
    boolean en = ItemGuide.english(locale);
    return new ItemSheet(
        item.code(),
        item.name(locale),
        item.department().name(locale),
        item.section().name(locale),
        item.legalBasis().in(locale),
        item.kind(),
        item.statutoryDays(),
        item.promisedDays(),
        item.materials().stream().map(m -> line(m, en)).toList(),
        item.registrationType(),
        item.processKey());
  }

  /**
   * In whose words the item's cases speak where they are not licensing's: {@code registration}
   * (准予设立登记, 登记驳回), {@code contract} (技术合同认定登记: 准予登记, 不予登记), {@code voucher} (科技创新券: 已发放, 不予发放), or
   * {@code null}.
   */
  public String wording() {
    if (registration()) {
      return "registration";
    }
    if (VOUCHER_PROCESS.equals(processKey)) {
      return "voucher";
    }
    return TECHNICAL_CONTRACT_PROCESS.equals(processKey) ? "contract" : null;
  }

  /**
   * Whether the item is a business registration (多证合一), whose cases speak registration's words
   * (准予设立登记, 登记驳回) rather than licensing's.
   */
  public boolean registration() {
    return registrationType != null;
  }

  private static MaterialLine line(MaterialGuide m, boolean en) {
    return new MaterialLine(m.code(), en ? m.nameEn() : m.nameZh(), m.nameZh(), m.required());
  }

  /**
   * The name of a material in this sheet's language: {@code text} is a material code (as the
   * correction notice stores it) or a Chinese material name; other text is free text, kept as is.
   */
  public String materialName(String text) {
    String whole =
        materials.stream()
            .filter(m -> m.code().equals(text) || m.nameZh().equals(text) || m.name().equals(text))
            .map(MaterialLine::name)
            .findFirst()
            .orElse(null);
    if (whole != null || text == null) {
      return whole == null ? text : whole;
    }
    // a material with the clerk's note of what is wrong: "vehicle-list：第 3 页缺少照片"
    int colon = indexOfColon(text);
    if (colon > 0) {
      String code = text.substring(0, colon).strip();
      String note = text.substring(colon + 1).strip();
      for (MaterialLine m : materials) {
        if (m.code().equals(code)) {
          return note.isEmpty() ? m.name() : m.name() + "：" + note;
        }
      }
    }
    return text;
  }

  private static int indexOfColon(String text) {
    int full = text.indexOf('：');
    int ascii = text.indexOf(':');
    if (full < 0) {
      return ascii;
    }
    return ascii < 0 ? full : Math.min(full, ascii);
  }
}
