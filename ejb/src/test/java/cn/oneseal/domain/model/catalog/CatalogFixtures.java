package cn.oneseal.domain.model.catalog;

import cn.oneseal.domain.shared.BilingualText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Items for tests that need one without a database. */
public final class CatalogFixtures {

  public static final LocalDate NEW_YEAR = LocalDate.of(2026, 1, 1);

  private CatalogFixtures() {}

  public static ItemContent content(
      String nameZh, int statutoryDays, int promisedDays, SpecialStep... steps) {
    return new ItemContent(
        new BilingualText(nameZh, "Public place hygiene licence"),
        "HEALTH",
        "SOCIAL_AFFAIRS",
        "SOCIAL_AFFAIRS",
        ItemKind.PROMISED,
        new BilingualText("《公共场所卫生管理条例》第八条", "Regulations, Art. 8"),
        new BilingualText("卫生条件符合要求", "Hygienic premises"),
        statutoryDays,
        promisedDays,
        new BilingualText("不收费", "Free"),
        null,
        new BilingualText("公共场所卫生许可证", "Hygiene licence"),
        new BilingualText("4年", "4 years"),
        "0351-12345",
        "12345",
        "generalLicensing",
        List.of(
            new MaterialRequirement(
                "application-form",
                "申请表",
                "Application form",
                MaterialForm.ORIGINAL,
                1,
                true,
                null,
                null,
                null)),
        List.of(steps));
  }

  public static ItemVersion version(String code, ItemContent content) {
    ApprovalItem item = new ApprovalItem(code);
    return item.addVersion(
        content,
        NEW_YEAR,
        Instant.parse("2026-01-01T00:00:00Z"),
        "system",
        null,
        new Department(),
        new BureauSection(),
        new ItemTheme());
  }

  public static ItemVersion hygieneLicence() {
    return version("WJ-0001", content("公共场所卫生许可", 20, 5));
  }
}
