package cn.oneseal.domain.model.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.application.documents.NoticeFacts;
import cn.oneseal.application.documents.NoticeSheet;
import cn.oneseal.application.documents.NoticeTemplates;
import cn.oneseal.domain.model.catalog.MaterialForm;
import cn.oneseal.domain.model.catalog.MaterialRequirement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The correction notice names materials in words, with the clerk's note of what is wrong. */
class CorrectionItemTest {

  private static final List<MaterialRequirement> MATERIALS =
      List.of(
          material(
              "vehicle-list", "拟投入车辆承诺书及车辆清单", "Commitment and list of the vehicles to be used"),
          material("floor-plan", "经营场所平面布局图", "Floor plan of the premises"));

  private static MaterialRequirement material(String code, String zh, String en) {
    return new MaterialRequirement(
        code, zh, en, MaterialForm.values()[0], 1, true, null, null, null);
  }

  @Test
  void aMaterialCodeIsPrintedAsItsNameWithTheClerksNote() {
    List<String> stored = List.of("vehicle-list：第 3 辆车缺少行驶证照片", "floor-plan", "法定代表人身份证明已过期");
    assertThat(CorrectionItem.inWords(stored, MATERIALS, Locale.SIMPLIFIED_CHINESE))
        .containsExactly("拟投入车辆承诺书及车辆清单：第 3 辆车缺少行驶证照片", "经营场所平面布局图", "法定代表人身份证明已过期");
    assertThat(CorrectionItem.inWords(List.of("floor-plan: 未标注消防通道"), MATERIALS, Locale.ENGLISH))
        .containsExactly("Floor plan of the premises: 未标注消防通道");
  }

  @Test
  void aCodeTheItemDoesNotListStaysAsTyped() {
    assertThat(CorrectionItem.parse("unknown-code：x", MATERIALS))
        .isEqualTo(new CorrectionItem(null, "unknown-code：x"));
    assertThat(CorrectionItem.parse("说明：请加盖公章", MATERIALS))
        .isEqualTo(new CorrectionItem(null, "说明：请加盖公章"));
  }

  @Test
  void theSealedNoticeNeverPrintsAnInternalCode() {
    NoticeFacts facts =
        new NoticeFacts(
            "山西省行政审批服务管理局",
            "XK20261127000001",
            "太原顺达运输有限公司",
            "道路货物运输经营许可",
            LocalDate.of(2026, 11, 23),
            LocalDate.of(2026, 11, 27),
            20,
            10,
            "0351-4060101",
            "12345",
            null,
            "道路运输经营许可证",
            CorrectionItem.inWords(
                List.of("vehicle-list：第 3 辆车缺少行驶证照片", "floor-plan"),
                MATERIALS,
                Locale.SIMPLIFIED_CHINESE),
            null);
    NoticeSheet sheet = NoticeTemplates.sheet(NoticeTemplates.Kind.CORRECTION_NOTICE, facts, "u");
    assertThat(sheet.paragraphs())
        .contains("（1）拟投入车辆承诺书及车辆清单：第 3 辆车缺少行驶证照片", "（2）经营场所平面布局图")
        .noneSatisfy(p -> assertThat(p).contains("vehicle-list"))
        .noneSatisfy(p -> assertThat(p).contains("floor-plan"));
  }
}
