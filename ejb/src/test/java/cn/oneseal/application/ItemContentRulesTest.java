package cn.oneseal.application;

import static cn.oneseal.domain.model.catalog.CatalogFixtures.content;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.oneseal.domain.model.catalog.ItemContent;
import cn.oneseal.domain.model.catalog.ItemKind;
import cn.oneseal.domain.model.catalog.MaterialForm;
import cn.oneseal.domain.model.catalog.MaterialRequirement;
import cn.oneseal.domain.model.catalog.SpecialStep;
import cn.oneseal.domain.model.catalog.SpecialStepKind;
import cn.oneseal.domain.shared.BilingualText;
import cn.oneseal.domain.shared.DomainException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemContentRulesTest {

  @Test
  void aCompleteGuidePasses() {
    assertThatCode(
            () ->
                ItemContentRules.check(
                    content(
                        "公共场所卫生许可",
                        20,
                        5,
                        new SpecialStep(SpecialStepKind.SITE_INSPECTION, 5, false))))
        .doesNotThrowAnyException();
  }

  @Test
  void thePromisedLimitMayNotExceedTheStatutoryOne() {
    assertThatThrownBy(() -> ItemContentRules.check(content("x", 20, 21)))
        .hasMessage("error.item.promisedDays");
    assertThatThrownBy(() -> ItemContentRules.check(content("x", 0, 0)))
        .hasMessage("error.item.statutoryDays");
  }

  @Test
  void everyPublishedFieldIsRequired() {
    assertThatThrownBy(() -> ItemContentRules.check(content(" ", 20, 5)))
        .hasMessage("error.item.fieldRequired");
  }

  @Test
  void anUntranslatedTextIsRefusedNamingItsEnglishField() {
    ItemContent c = content("x", 20, 5);
    ItemContent untranslated =
        new ItemContent(
            c.name(),
            c.departmentCode(),
            c.sectionCode(),
            c.themeCode(),
            c.kind(),
            new BilingualText(c.legalBasis().zh(), " "),
            c.conditions(),
            c.statutoryDays(),
            c.promisedDays(),
            c.fee(),
            c.feeBasis(),
            c.resultDocument(),
            c.resultValidity(),
            c.consultationPhone(),
            c.complaintPhone(),
            c.processKey(),
            c.materials(),
            c.specialSteps());
    assertThatThrownBy(() -> ItemContentRules.check(untranslated))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.code()).isEqualTo("error.item.fieldRequired");
              assertThat(e.arguments()).containsExactly("legalBasisEn");
            });
  }

  @Test
  void onTheSpotItemsAreDecidedAtTheWindowWithoutSpecialSteps() {
    ItemContent c = content("x", 1, 1);
    ItemContent onTheSpot =
        new ItemContent(
            c.name(),
            c.departmentCode(),
            c.sectionCode(),
            c.themeCode(),
            ItemKind.ON_THE_SPOT,
            c.legalBasis(),
            c.conditions(),
            1,
            1,
            c.fee(),
            c.feeBasis(),
            c.resultDocument(),
            c.resultValidity(),
            c.consultationPhone(),
            c.complaintPhone(),
            c.processKey(),
            c.materials(),
            c.specialSteps());
    assertThatThrownBy(() -> ItemContentRules.check(onTheSpot)).hasMessage("error.item.onTheSpot");
  }

  @Test
  void conditionalMaterialsSayWhenTheyAreNeededAndCodesAreUnique() {
    ItemContent c = content("x", 20, 5);
    MaterialRequirement conditional =
        new MaterialRequirement(
            "agent", "委托书", "Power of attorney", MaterialForm.ORIGINAL, 1, false, null, null, null);
    assertThatThrownBy(() -> ItemContentRules.check(withMaterials(c, List.of(conditional))))
        .hasMessage("error.item.materialCondition");
    MaterialRequirement form = c.materials().get(0);
    assertThatThrownBy(() -> ItemContentRules.check(withMaterials(c, List.of(form, form))))
        .hasMessage("error.item.materialDuplicate");
    assertThatThrownBy(() -> ItemContentRules.check(withMaterials(c, List.of())))
        .hasMessage("error.item.materialsRequired");
  }

  @Test
  void eachSpecialStepOnceWithAPositiveDuration() {
    assertThatThrownBy(
            () ->
                ItemContentRules.check(
                    content("x", 20, 5, new SpecialStep(SpecialStepKind.HEARING, 0, false))))
        .hasMessage("error.item.specialStep");
    assertThatThrownBy(
            () ->
                ItemContentRules.check(
                    content(
                        "x",
                        20,
                        5,
                        new SpecialStep(SpecialStepKind.HEARING, 5, false),
                        new SpecialStep(SpecialStepKind.HEARING, 5, false))))
        .hasMessage("error.item.specialStep");
  }

  private static ItemContent withMaterials(ItemContent c, List<MaterialRequirement> materials) {
    return new ItemContent(
        c.name(),
        c.departmentCode(),
        c.sectionCode(),
        c.themeCode(),
        c.kind(),
        c.legalBasis(),
        c.conditions(),
        c.statutoryDays(),
        c.promisedDays(),
        c.fee(),
        c.feeBasis(),
        c.resultDocument(),
        c.resultValidity(),
        c.consultationPhone(),
        c.complaintPhone(),
        c.processKey(),
        materials,
        c.specialSteps());
  }
}
