package cn.oneseal.application.documents;

import java.time.LocalDate;

/** Licence sheets for the tests: a limited company and an individual business. */
final class LicenceSheets {

  static final String CREDIT_CODE = "91350100M000100Y43";
  static final String VERIFICATION_URL =
      "http://localhost:8180/verify/licence.xhtml?code=" + CREDIT_CODE;

  /** A realistic business scope of about 180 characters. */
  static final String SCOPE =
      "一般项目：技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；软件开发；信息系统集成服务；"
          + "数据处理和存储支持服务；计算机系统服务；网络技术服务；人工智能应用软件开发；软件销售；"
          + "计算机软硬件及辅助设备零售；办公设备销售；会议及展览服务。（除依法须经批准的项目外，"
          + "凭营业执照依法自主开展经营活动）";

  private LicenceSheets() {}

  static LicenceSheet company() {
    return company(SCOPE);
  }

  static LicenceSheet company(String businessScope) {
    return new LicenceSheet(
        CREDIT_CODE,
        "太原晋创数字科技有限公司",
        "有限责任公司（自然人投资或控股）",
        "王建国",
        "法定代表人",
        "壹佰万元整",
        LocalDate.of(2019, 3, 5),
        "2019年03月05日 至 长期",
        "山西省太原市小店区长治路123号晋创大厦15层1501室",
        "住所",
        businessScope,
        "山西省行政审批服务管理局",
        LocalDate.of(2026, 11, 27),
        VERIFICATION_URL);
  }

  static LicenceSheet individualBusiness() {
    return new LicenceSheet(
        "92140105MA0L7KQX4X",
        "小店区李记面馆",
        "个体工商户",
        "李秀英",
        "经营者",
        null,
        LocalDate.of(2024, 6, 18),
        "2024年06月18日 至 长期",
        "山西省太原市小店区亲贤北街8号",
        "经营场所",
        "餐饮服务；食品销售（仅销售预包装食品）。",
        "太原市小店区行政审批服务局",
        LocalDate.of(2026, 11, 27),
        "http://localhost:8180/verify/licence.xhtml?code=92140105MA0L7KQX4X");
  }

  /** A business scope of exactly {@code length} characters, made of ordinary scope items. */
  static String scopeOfLength(int length) {
    StringBuilder scope = new StringBuilder();
    while (scope.length() < length) {
      scope.append(SCOPE);
    }
    return scope.substring(0, length - 1) + "。";
  }
}
