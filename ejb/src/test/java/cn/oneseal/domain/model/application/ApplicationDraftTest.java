package cn.oneseal.domain.model.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.oneseal.domain.model.catalog.MaterialForm;
import cn.oneseal.domain.model.catalog.MaterialRequirement;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.domain.shared.DomainException.Detail;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A draft keeps every well-formed answer; what is missing is told with its field. */
class ApplicationDraftTest {

  private static final Instant NOW = Instant.parse("2026-12-04T08:00:00Z");

  private static final List<MaterialRequirement> MATERIALS =
      List.of(
          new MaterialRequirement(
              "floor-plan",
              "经营场所平面布局图",
              "Floor plan",
              MaterialForm.COPY,
              1,
              true,
              null,
              null,
              null),
          new MaterialRequirement(
              "photos", "场所照片", "Photos", MaterialForm.COPY, 1, false, null, null, null));

  private static ApplicationDraft draft() {
    return new ApplicationDraft("zhangsan", "WJ-0001", NOW);
  }

  @Test
  void aWrongPhoneKeepsTheOtherAnswersAndTheOneSavedBefore() {
    ApplicationDraft draft = draft();
    draft.saveValid(new ApplicationDraft.Answers("张三", "13800138000", null, null), false, NOW);

    List<Detail> refused =
        draft.saveValid(new ApplicationDraft.Answers("张三理发店", "电话12", "开设理发店", null), false, NOW);

    assertThat(refused).extracting(Detail::field).containsExactly("contactPhone");
    assertThat(refused.get(0).code()).isEqualTo("error.form.phone");
    assertThat(draft.getApplicantName()).isEqualTo("张三理发店");
    assertThat(draft.getDescription()).isEqualTo("开设理发店");
    assertThat(draft.getContactPhone()).as("the phone saved before").isEqualTo("13800138000");
  }

  @Test
  void theApiSaveRefusesAWrongAnswerWholeAndChangesNothing() {
    ApplicationDraft draft = draft();
    draft.save(new ApplicationDraft.Answers("张三", null, null, null), false, NOW);

    assertThatThrownBy(
            () ->
                draft.save(
                    new ApplicationDraft.Answers("李四", "x", null, "91350100M000100Y4X"),
                    false,
                    NOW))
        .isInstanceOfSatisfying(
            DomainException.class,
            e ->
                assertThat(e.details())
                    .extracting(Detail::field)
                    .containsExactly("contactPhone", "creditCode"));
    assertThat(draft.getApplicantName()).isEqualTo("张三");
  }

  @Test
  void missingNamesEveryUnansweredFieldAndRequiredMaterialButNotOnTheCommitmentPath() {
    ApplicationDraft draft = draft();
    draft.saveValid(new ApplicationDraft.Answers("张三", null, null, null), false, NOW);
    assertThat(draft.missing(MATERIALS))
        .extracting(Detail::field)
        .containsExactly("contactPhone", "description", "materials.floor-plan");

    draft.attach(
        new CheckedUpload("floor-plan", "平面图.pdf", "application/pdf", new byte[] {1}), NOW);
    assertThat(draft.missing(MATERIALS))
        .extracting(Detail::field)
        .containsExactly("contactPhone", "description");

    ApplicationDraft onCommitment = draft();
    onCommitment.saveValid(
        new ApplicationDraft.Answers("张三", "13800138000", "开设理发店", null), true, NOW);
    assertThat(onCommitment.missing(MATERIALS)).isEmpty();
  }

  @Test
  void aFiledDraftCannotChange() {
    ApplicationDraft draft = draft();
    draft.submitted("XK20261204000001", NOW);
    assertThat(draft.getStatus()).isEqualTo(ApplicationDraft.Status.SUBMITTED);
    assertThatThrownBy(
            () -> draft.saveValid(new ApplicationDraft.Answers("x", null, null, null), false, NOW))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.code()).isEqualTo("error.draft.submitted"));
  }
}
