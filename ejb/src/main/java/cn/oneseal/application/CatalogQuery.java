package cn.oneseal.application;

import java.io.Serializable;

/**
 * Search of the catalogue; {@code null} or blank means "any". {@code text} matches name or code.
 */
public record CatalogQuery(
    String text, String department, String section, String kind, String theme)
    implements Serializable {

  public static CatalogQuery all() {
    return new CatalogQuery(null, null, null, null, null);
  }
}
