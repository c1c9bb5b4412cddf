package cn.oneseal.web.view;

import cn.oneseal.domain.model.catalog.ApprovalItem;
import cn.oneseal.domain.model.catalog.MaterialRequirement;
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
    List<MaterialLine> materials)
    implements Serializable {

  /** One entry of the item's list of application materials. */
  public record MaterialLine(String code, String name, String nameZh, boolean required)
      implements Serializable {}

  static ItemSheet of(ApprovalItem item, Locale locale) {
    boolean en = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    return new ItemSheet(
        item.getCode(),
        en ? item.getNameEn() : item.getNameZh(),
        en ? item.getDepartmentEn() : item.getDepartmentZh(),
        en ? item.getSectionEn() : item.getSectionZh(),
        en ? item.getLegalBasisEn() : item.getLegalBasisZh(),
        item.getKind().name(),
        item.getStatutoryDays(),
        item.getPromisedDays(),
        item.getMaterials().stream().map(m -> line(m, en)).toList());
  }

  private static MaterialLine line(MaterialRequirement m, boolean en) {
    return new MaterialLine(
        m.getCode(), en ? m.getNameEn() : m.getNameZh(), m.getNameZh(), m.isRequired());
  }

  /**
   * The name of a material in this sheet's language: {@code text} is a material code (as the
   * correction notice stores it) or a Chinese material name; other text is free text, kept as is.
   */
  String materialName(String text) {
    return materials.stream()
        .filter(m -> m.code().equals(text) || m.nameZh().equals(text) || m.name().equals(text))
        .map(MaterialLine::name)
        .findFirst()
        .orElse(text);
  }
}
