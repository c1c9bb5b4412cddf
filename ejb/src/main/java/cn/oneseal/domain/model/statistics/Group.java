package cn.oneseal.domain.model.statistics;

import java.io.Serializable;
import java.util.Locale;

/**
 * One row's group: an item's code, a section's code, a person's user name, a step's BPMN id or a
 * month ({@code 2026-03}); its labels in both languages where the records have them.
 */
public record Group(String key, String labelZh, String labelEn) implements Serializable {

  /** The one group of the totals. */
  public static final Group TOTAL = new Group("", "合计", "Total");

  public static Group of(String key) {
    return new Group(key, key, key);
  }

  /** Whether this group has no names of its own, only its key. */
  public boolean isBare() {
    return key.equals(labelZh) && key.equals(labelEn);
  }

  public String label(Locale locale) {
    return "en".equals(locale.getLanguage()) ? labelEn : labelZh;
  }
}
