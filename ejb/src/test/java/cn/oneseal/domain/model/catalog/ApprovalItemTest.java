package cn.oneseal.domain.model.catalog;

import static cn.oneseal.domain.model.catalog.CatalogFixtures.NEW_YEAR;
import static cn.oneseal.domain.model.catalog.CatalogFixtures.content;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Versions of an item: each in force from its day until the next takes over. */
class ApprovalItemTest {

  private static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");

  private final ApprovalItem item = new ApprovalItem("WJ-0001");

  private ItemVersion add(String name, java.time.LocalDate from) {
    return item.addVersion(
        content(name, 20, 5),
        from,
        NOW,
        "admin",
        null,
        new Department(),
        new BureauSection(),
        new ItemTheme());
  }

  @Test
  void theVersionInForceIsTheHighestThatHasTakenEffect() {
    ItemVersion v1 = add("公共场所卫生许可", NEW_YEAR);
    ItemVersion v2 = add("公共场所卫生许可（新）", NEW_YEAR.plusMonths(3));

    assertThat(v1.getVersionNo()).isEqualTo(1);
    assertThat(v2.getVersionNo()).isEqualTo(2);
    assertThat(item.versionOn(NEW_YEAR.minusDays(1))).isEmpty();
    assertThat(item.versionOn(NEW_YEAR)).contains(v1);
    assertThat(item.versionOn(NEW_YEAR.plusMonths(3).minusDays(1))).contains(v1);
    assertThat(item.versionOn(NEW_YEAR.plusMonths(3))).contains(v2);
    assertThat(item.version(1)).contains(v1);
  }

  @Test
  void aNewVersionCannotTakeEffectBeforeThePreviousOne() {
    add("v1", NEW_YEAR.plusMonths(1));
    assertThatThrownBy(() -> add("v2", NEW_YEAR)).hasMessage("error.item.effectiveBeforePrevious");
    assertThat(item.getVersions()).hasSize(1);
  }

  @Test
  void aVersionFreezesItsContent() {
    ItemVersion v1 = add("公共场所卫生许可", NEW_YEAR);
    ItemContent content = v1.content();
    assertThat(content.name().zh()).isEqualTo("公共场所卫生许可");
    assertThat(content.statutoryDays()).isEqualTo(20);
    assertThat(content.materials())
        .extracting(MaterialRequirement::getCode)
        .containsExactly("application-form");
  }

  @Test
  void aMaterialTakesPdfJpegAndPngUnlessItSaysOtherwiseAndANewVersionKeepsWhatItSaid() {
    ItemVersion v1 = add("公共场所卫生许可", NEW_YEAR);
    MaterialRequirement form = v1.getMaterials().get(0);
    assertThat(form.getAllowedTypes()).containsExactly(FileType.PDF, FileType.JPEG, FileType.PNG);

    form.allow(java.util.List.of(FileType.PDF));
    ItemVersion v2 = add("公共场所卫生许可", NEW_YEAR.plusMonths(1));

    assertThat(v2.getMaterials().get(0)).isNotSameAs(form);
    assertThat(v2.getMaterials().get(0).getAllowedTypes()).containsExactly(FileType.PDF);
  }

  @Test
  void retiringTwiceIsAConflict() {
    item.retire(NOW);
    assertThat(item.isActive()).isFalse();
    assertThat(item.getRetiredAt()).isEqualTo(NOW);
    assertThatThrownBy(() -> item.retire(NOW)).hasMessage("error.item.alreadyRetired");
  }
}
