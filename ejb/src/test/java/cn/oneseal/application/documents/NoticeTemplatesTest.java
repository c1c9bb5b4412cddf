package cn.oneseal.application.documents;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.application.documents.NoticeTemplates.Kind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each notice and decision says what the law requires it to say. */
class NoticeTemplatesTest {

  static NoticeFacts facts(String reasons, List<String> missing) {
    return new NoticeFacts(
        "山西省行政审批服务管理局",
        "XK20261127000001",
        "太原瑞祥餐饮有限公司",
        "食品经营许可",
        LocalDate.of(2026, 11, 23),
        LocalDate.of(2026, 11, 27),
        10,
        3,
        "0351-4060101",
        "12345",
        reasons,
        "食品经营许可证",
        missing,
        null);
  }

  private static String text(NoticeSheet sheet) {
    return String.join("\n", sheet.paragraphs());
  }

  @Test
  void theAcceptanceNoticeGivesTheDateTheLimitsAndTheComplaintPhone() {
    NoticeSheet sheet = NoticeTemplates.sheet(Kind.ACCEPTANCE_NOTICE, facts(null, null), "u");
    assertThat(sheet.title()).isEqualTo("受理通知书");
    assertThat(sheet.documentNumber()).isEqualTo("晋审批受字〔2026〕XK20261127000001号");
    assertThat(sheet.addressee()).isEqualTo("太原瑞祥餐饮有限公司");
    assertThat(text(sheet))
        .contains("2026年11月23日", "食品经营许可", "予以受理", "10个工作日", "3个工作日", "投诉电话12345");
    assertThat(sheet.issuedOn()).isEqualTo(LocalDate.of(2026, 11, 27));
  }

  @Test
  void theCorrectionNoticeListsEveryMissingMaterialOnce() {
    NoticeSheet sheet =
        NoticeTemplates.sheet(
            Kind.CORRECTION_NOTICE, facts(null, List.of("营业执照复印件", "经营场所平面图")), "u");
    assertThat(sheet.paragraphs())
        .contains("（1）营业执照复印件", "（2）经营场所平面图")
        .anySatisfy(p -> assertThat(p).contains("一次性告知"))
        .anySatisfy(p -> assertThat(p).contains("咨询电话0351-4060101"));
  }

  @Test
  void refusalAndDenialGiveTheReasonsAndTheRightsToChallengeThem() {
    for (Kind kind : List.of(Kind.REFUSAL_NOTICE, Kind.DENIAL_DECISION)) {
      NoticeSheet sheet = NoticeTemplates.sheet(kind, facts("经营场所与居民区距离不足", null), "u");
      assertThat(text(sheet))
          .as("%s", kind)
          .contains("经营场所与居民区距离不足", "60日内", "行政复议", "6个月内", "行政诉讼");
    }
  }

  @Test
  void theApprovalNamesTheResultDocument() {
    NoticeSheet sheet = NoticeTemplates.sheet(Kind.APPROVAL_DECISION, facts("符合条件", null), "u");
    assertThat(sheet.title()).isEqualTo("准予行政许可决定书");
    assertThat(text(sheet)).contains("准予行政许可", "食品经营许可证", "符合条件");
  }

  @Test
  void aRegistrationIsDecidedUnderTheRegistrationRulesNotTheLicensingLaw() {
    NoticeSheet approval =
        NoticeTemplates.sheet(Kind.REGISTRATION_APPROVAL, facts("符合法定形式", null), "u");
    assertThat(approval.title()).isEqualTo("准予设立登记通知书");
    assertThat(approval.documentNumber()).isEqualTo("晋审批准登字〔2026〕XK20261127000001号");
    assertThat(text(approval))
        .contains("《中华人民共和国市场主体登记管理条例》第十九条", "第二十一条", "准予设立登记", "营业执照", "成立日期", "符合法定形式")
        .doesNotContain("行政许可");

    NoticeSheet denial =
        NoticeTemplates.sheet(Kind.REGISTRATION_DENIAL, facts("住所证明与申报不符", null), "u");
    assertThat(denial.title()).isEqualTo("登记驳回通知书");
    assertThat(text(denial))
        .contains("第二十条", "不予登记", "住所证明与申报不符", "60日内", "行政复议", "6个月内", "行政诉讼")
        .doesNotContain("行政许可法");
  }

  @Test
  void aRegistrationsWindowSpeaksRegistrationToo() {
    for (Kind kind : List.of(Kind.ACCEPTANCE_NOTICE, Kind.CORRECTION_NOTICE, Kind.REFUSAL_NOTICE)) {
      NoticeSheet sheet =
          NoticeTemplates.sheet(kind.forRegistration(), facts("不属于本机关登记管辖", List.of("公司章程")), "u");
      assertThat(text(sheet))
          .as("%s", kind)
          .doesNotContain("行政许可")
          .satisfiesAnyOf(
              t -> assertThat(t).contains("市场主体登记管理条例"), t -> assertThat(t).contains("登记管辖"));
    }
    assertThat(
            NoticeTemplates.sheet(
                    Kind.CORRECTION_NOTICE.forRegistration(), facts(null, List.of("公司章程")), "u")
                .paragraphs())
        .contains("（1）公司章程");
    // the licensing items keep their own wording
    assertThat(Kind.RECTIFICATION_ORDER.forRegistration()).isEqualTo(Kind.RECTIFICATION_ORDER);
  }

  @Test
  void aTechnicalContractIsRegisteredUnderItsOwnRulesNeverTheLicensingLaw() {
    for (Kind kind : List.of(Kind.ACCEPTANCE_NOTICE, Kind.CORRECTION_NOTICE, Kind.REFUSAL_NOTICE)) {
      NoticeSheet sheet =
          NoticeTemplates.sheet(
              kind.forTechnicalContract(), facts("不属于本机关登记范围", List.of("技术合同文本")), "u");
      assertThat(text(sheet)).as("%s", kind).doesNotContain("行政许可").contains("技术合同");
    }
    NoticeSheet certificate =
        NoticeTemplates.sheet(
            Kind.TECHNICAL_CONTRACT_CERTIFICATE,
            facts("符合技术开发合同的认定条件", null),
            "u",
            "2026140000000007",
            "智能巡检机器人联合开发合同",
            "技术开发合同",
            "太原晋创科技有限公司",
            "山西示范制造有限公司",
            "2026年3月1日",
            "1,200,000.00元",
            "1,000,000.00元",
            NoticeTemplates.phrase("taxRelief.true"));
    assertThat(certificate.title()).isEqualTo("技术合同认定登记证明");
    assertThat(text(certificate))
        .contains("技术合同登记号：2026140000000007")
        .contains("认定为技术开发合同")
        .contains("1,000,000.00元")
        .contains("税收优惠")
        .doesNotContain("行政许可法")
        .doesNotContain("{");
    NoticeSheet rejection =
        NoticeTemplates.sheet(
            Kind.TECHNICAL_CONTRACT_REJECTION,
            facts("合同标的为设备买卖，不属于技术合同", null),
            "u",
            "",
            "设备采购合同",
            "技术转让合同");
    assertThat(text(rejection))
        .contains("不予登记")
        .contains("合同标的为设备买卖，不属于技术合同")
        .contains("行政复议")
        .doesNotContain("行政许可法");
    assertThat(NoticeTemplates.phrase("taxRelief.false")).contains("不享受");
  }

  @Test
  void aVoucherIsIssuedUnderThePolicyNeverTheLicensingLaw() {
    for (Kind kind : List.of(Kind.ACCEPTANCE_NOTICE, Kind.CORRECTION_NOTICE, Kind.REFUSAL_NOTICE)) {
      assertThat(
              text(NoticeTemplates.sheet(kind.forVoucher(), facts("材料不全", List.of("团队说明")), "u")))
          .as("%s", kind)
          .doesNotContain("行政许可");
    }
    NoticeSheet voucher =
        NoticeTemplates.sheet(
            Kind.INNOVATION_VOUCHER,
            facts("团队具备研发能力", null),
            "u",
            "KJQ2026000001",
            "太原晋创科技有限公司",
            "91140100MA0XXXXX00",
            "50,000.00元",
            "2027年3月1日");
    assertThat(voucher.title()).isEqualTo("科技创新券");
    assertThat(text(voucher))
        .contains("创新券编号：KJQ2026000001", "50,000.00元", "有效期至：2027年3月1日", "每张发票只能兑付一次")
        .doesNotContain("行政许可法")
        .doesNotContain("{");
    assertThat(text(NoticeTemplates.sheet(Kind.VOUCHER_DENIAL, facts("已列入严重失信主体名单", null), "u")))
        .contains("不予发放", "已列入严重失信主体名单")
        .doesNotContain("行政许可法");
  }
}
