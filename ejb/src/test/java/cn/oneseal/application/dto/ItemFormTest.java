package cn.oneseal.application.dto;

import static cn.oneseal.domain.model.catalog.CatalogFixtures.content;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.oneseal.domain.model.catalog.ItemContent;
import cn.oneseal.domain.model.catalog.ItemKind;
import cn.oneseal.domain.model.catalog.SpecialStep;
import cn.oneseal.domain.model.catalog.SpecialStepKind;
import cn.oneseal.domain.shared.BilingualText;
import cn.oneseal.domain.shared.DomainException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemFormTest {

  @Test
  void anUnchangedFormWritesTheContentItStartedFrom() {
    ItemContent content =
        content("公共场所卫生许可", 20, 5, new SpecialStep(SpecialStepKind.SITE_INSPECTION, 5, false));

    assertThat(ItemForm.of(content).toContent()).usingRecursiveComparison().isEqualTo(content);
  }

  @Test
  void theEditorListsEveryKindOfSpecialStepAndWritesOnlyTheTickedOnes() {
    ItemForm form =
        ItemForm.of(content("x", 20, 5, new SpecialStep(SpecialStepKind.HEARING, 10, true)));

    assertThat(form.getSpecialSteps())
        .extracting(ItemForm.Step::getKind)
        .containsExactly(
            java.util.Arrays.stream(SpecialStepKind.values())
                .map(Enum::name)
                .toArray(String[]::new));
    form.getSpecialSteps().forEach(s -> s.setSelected(s.getKind().equals("PUBLIC_NOTICE")));

    assertThat(form.toContent().specialSteps())
        .extracting(SpecialStep::getKind)
        .containsExactly(SpecialStepKind.PUBLIC_NOTICE);
  }

  @Test
  void aStepSentByTheApiCountsWithoutBeingTicked() {
    ItemForm form = ItemForm.of(content("x", 20, 5));
    ItemForm.Step hearing = new ItemForm.Step();
    hearing.setKind("hearing");
    hearing.setDurationDays(10);
    form.setSpecialSteps(List.of(hearing));

    assertThat(form.toContent().specialSteps())
        .usingRecursiveFieldByFieldElementComparator()
        .containsExactly(new SpecialStep(SpecialStepKind.HEARING, 10, false));
  }

  @Test
  void textsAreTrimmedAndAnEmptyTextIsNone() {
    ItemForm form = ItemForm.of(content("x", 20, 5));
    form.setLegalBasis("  《行政许可法》  ");
    form.setFeeBasis(" ");
    form.setFeeBasisEn("");
    form.setProcessKey(" ");

    ItemContent c = form.toContent();

    assertThat(c.legalBasis()).isEqualTo(new BilingualText("《行政许可法》", "Regulations, Art. 8"));
    assertThat(c.feeBasis()).isEqualTo(BilingualText.NONE);
    assertThat(c.processKey()).isEqualTo(ItemForm.DEFAULT_PROCESS_KEY);
  }

  @Test
  void aNewItemStartsAsAPromisedItemWithOneMaterialNamedByAFreeCode() {
    ItemForm form = ItemForm.blank();
    form.addMaterial();
    form.getMaterials().remove(0);
    form.addMaterial();

    assertThat(form.getKind()).isEqualTo(ItemKind.PROMISED.name());
    assertThat(form.getMaterials())
        .extracting(ItemForm.Material::getCode)
        .containsExactly("material-2", "material-3");
  }

  @Test
  void aKindThatNamesNothingIsMalformedInput() {
    ItemForm form = ItemForm.of(content("x", 20, 5));
    form.setKind("SOMETIMES");

    assertThatThrownBy(form::toContent)
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.code()).isEqualTo("error.request.malformed"));
  }
}
