package cn.oneseal.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.domain.model.catalog.CatalogFixtures;
import cn.oneseal.domain.model.catalog.ItemContent;
import cn.oneseal.domain.model.catalog.ItemVersion;
import cn.oneseal.domain.model.catalog.MaterialForm;
import cn.oneseal.domain.model.catalog.MaterialRequirement;
import cn.oneseal.domain.model.notification.NotificationKind;
import cn.oneseal.domain.shared.BilingualText;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What an applicant reads: the materials by their names in the guide (never the internal codes),
 * the correction deadline as a date with its period, and the consequence the guide states.
 */
class CitizenNoticeTextTest {

  private static final CitizenNoticeText ZH = new CitizenNoticeText(Locale.SIMPLIFIED_CHINESE);
  private static final CitizenNoticeText EN = new CitizenNoticeText(Locale.ENGLISH);

  private static ItemVersion version(Integer period, BilingualText consequence) {
    ItemContent base = CatalogFixtures.content("公共场所卫生许可", 20, 5);
    List<MaterialRequirement> materials =
        List.of(
            base.materials().get(0),
            new MaterialRequirement(
                "vehicle-list",
                "车辆清单",
                "List of vehicles",
                MaterialForm.ORIGINAL,
                1,
                true,
                null,
                null,
                null));
    return CatalogFixtures.version(
        "WJ-0001",
        new ItemContent(
            base.name(),
            base.departmentCode(),
            base.sectionCode(),
            base.themeCode(),
            base.kind(),
            base.legalBasis(),
            base.conditions(),
            base.statutoryDays(),
            base.promisedDays(),
            base.fee(),
            base.feeBasis(),
            base.resultDocument(),
            base.resultValidity(),
            base.consultationPhone(),
            base.complaintPhone(),
            base.processKey(),
            materials,
            base.specialSteps(),
            period,
            consequence));
  }

  private static final BilingualText WITHDRAWN =
      new BilingualText(
          "逾期未补正的，视为撤回申请。",
          "If the corrections are not submitted in time, the application is deemed withdrawn.");

  @Test
  void theMaterialsAreNamedInWordsAndTheClerksOwnTextStaysAsWritten() {
    ItemVersion version = version(10, WITHDRAWN);
    List<String> missing = List.of("vehicle-list", "application-form", "加盖公章的场所平面图");

    assertThat(ZH.materials(version, missing)).isEqualTo("车辆清单、申请表、加盖公章的场所平面图");
    assertThat(EN.materials(version, missing))
        .isEqualTo("List of vehicles, Application form, 加盖公章的场所平面图");
  }

  @Test
  void theCorrectionNoticeGivesTheListTheDeadlineAndTheConsequence() {
    ItemVersion version = version(10, WITHDRAWN);
    String text =
        ZH.correction(
            ZH.itemName(version),
            ZH.materials(version, List.of("vehicle-list")),
            LocalDate.of(2026, 12, 18),
            10,
            ZH.consequence(version));

    assertThat(text)
        .isEqualTo(
            "您申请的“公共场所卫生许可”需要补正材料。需补正的材料：车辆清单。" + "请于2026年12月18日前（10个工作日内）提交补正材料。逾期未补正的，视为撤回申请。");
    assertThat(text).doesNotContain("vehicle-list");
  }

  @Test
  void inEnglishTheSameFactsReadInEnglish() {
    ItemVersion version = version(10, WITHDRAWN);
    String text =
        EN.correction(
            EN.itemName(version),
            EN.materials(version, List.of("vehicle-list")),
            LocalDate.of(2026, 12, 18),
            10,
            EN.consequence(version));

    assertThat(text)
        .isEqualTo(
            "Your application \"Public place hygiene licence\" needs corrections. Materials to"
                + " correct or add: List of vehicles. Please submit them by 18 December 2026"
                + " (within 10 working days). If the corrections are not submitted in time, the"
                + " application is deemed withdrawn.");
  }

  @Test
  void withoutAPeriodInTheGuideThereIsNoDateAndNoConsequence() {
    ItemVersion version = version(null, null);
    String text =
        ZH.correction(
            ZH.itemName(version),
            ZH.materials(version, List.of("application-form")),
            null,
            null,
            ZH.consequence(version));

    assertThat(text).isEqualTo("您申请的“公共场所卫生许可”需要补正材料。需补正的材料：申请表。请尽快提交补正材料。");
  }

  @Test
  void theDeadlineReminderSaysTheDayTheDaysLeftTheListAndTheConsequence() {
    ItemVersion version = version(10, WITHDRAWN);

    assertThat(
            ZH.correctionDeadlineNear(
                ZH.itemName(version),
                LocalDate.of(2026, 12, 18),
                3,
                ZH.materials(version, List.of("vehicle-list", "application-form")),
                ZH.consequence(version)))
        .isEqualTo(
            "您申请的“公共场所卫生许可”的补正期限将于2026年12月18日届满（还剩3个工作日）。" + "需补正的材料：车辆清单、申请表。逾期未补正的，视为撤回申请。");
  }

  @Test
  void aDenialGivesItsReasonsAndTheDocumentAnApprovalOnlyTheDocument() {
    String link = "https://oneseal.example/api/applications/XK1/documents/7";

    assertThat(ZH.decided("公共场所卫生许可", false, "场所不符合卫生要求", link))
        .isEqualTo("您申请的“公共场所卫生许可”已作出不予许可的决定。理由：场所不符合卫生要求决定文书：" + link);
    assertThat(ZH.decided("公共场所卫生许可", true, "同意", link))
        .isEqualTo("您申请的“公共场所卫生许可”已作出准予许可的决定。决定文书：" + link);
  }

  @Test
  void theLicenceNoticeGivesTheCreditCode() {
    assertThat(ZH.licence("太原晋创科技有限公司", "91140100MA0XXXXX1A", "https://x/doc"))
        .contains("统一社会信用代码：91140100MA0XXXXX1A")
        .contains("太原晋创科技有限公司");
  }

  @Test
  void theSmsIsShortWithTheNumberAndTheLinkToTheCase() {
    String sms =
        ZH.sms(
            NotificationKind.CORRECTION_REQUESTED,
            "XK20261204000001",
            "https://oneseal.example/application.xhtml?number=XK20261204000001");

    assertThat(sms)
        .isEqualTo(
            "【一颗印章】需要补正材料：申请编号XK20261204000001。详情请登录查看："
                + "https://oneseal.example/application.xhtml?number=XK20261204000001");
    assertThat(sms.length()).isLessThanOrEqualTo(140);
  }
}
