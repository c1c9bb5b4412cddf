package cn.oneseal.it.support;

import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Business registration for the tests: a reserved name and a complete one-form draft. */
public final class Registrations {

  /** The bureau's own registration area (Taiyuan). */
  public static final String AREA = "140100";

  /** Valid GB 11643 numbers. */
  public static final String ID_ZHANG = "11010519491231002X";

  public static final String ID_LI = "110105199001011232";

  /** Characters that form no division, industry term or forbidden word in any combination. */
  private static final String TRADE_NAME_CHARACTERS = "瑞祥鑫源恒泰嘉禾盛隆丰宏达誉锦润";

  private Registrations() {}

  /** A trade name no earlier run has used (the demo database outlives a run). */
  public static String freshTradeName() {
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      name.append(
          TRADE_NAME_CHARACTERS.charAt(
              ThreadLocalRandom.current().nextInt(TRADE_NAME_CHARACTERS.length())));
    }
    return name.toString();
  }

  /** Reserves 太原<trade name>餐饮有限公司 for the citizen; returns the trade name. */
  public static String reserveName(Api citizen) {
    String tradeName = freshTradeName();
    assertStatus(
        citizen.post(
            "/api/names/reservations",
            Api.json(
                Api.object(
                    "region", "太原",
                    "tradeName", tradeName,
                    "industry", "餐饮",
                    "organizationForm", "有限公司",
                    "area", AREA))),
        201);
    return tradeName;
  }

  /** The complete form of a two-shareholder company that runs a restaurant and writes software. */
  public static Map<String, Object> companyForm(String tradeName) {
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("tax.accountingStandard", "small-enterprise");
    extra.put("tax.financeContact", "李四");
    extra.put("tax.financeContactPhone", "0351-7654321");
    extra.put("social.insuredEmployees", "8");
    extra.put("stats.employees", "10");
    extra.put("stats.mainActivity", "正餐服务");
    extra.put("seal.count", "3");
    extra.put("fund.contact", "王五");
    extra.put("customs.importExport", "false");
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("area", AREA);
    form.put("region", "太原");
    form.put("tradeName", tradeName);
    form.put("industry", "餐饮");
    form.put("organizationForm", "有限公司");
    form.put("domicile", "山西省太原市小店区长治路123号");
    form.put("capitalAmount", 100);
    form.put("capitalCurrency", "CNY");
    form.put(
        "scope",
        List.of(
            Api.object("description", "餐饮服务", "industryCode", "6210"),
            Api.object("description", "软件开发", "industryCode", "6511")));
    form.put("legalRepresentativeName", "张三");
    form.put("legalRepresentativeIdentity", ID_ZHANG);
    form.put("investors", List.of(investor("张三", ID_ZHANG, 60), investor("李四", ID_LI, 40)));
    form.put("contactPhone", "13800000000");
    form.put("contactEmail", "zhangsan@example.cn");
    form.put("extra", extra);
    return form;
  }

  public static Map<String, Object> investor(String name, String identity, int contribution) {
    return Api.object(
        "name",
        name,
        "kind",
        "natural-person",
        "country",
        "CHN",
        "identity",
        identity,
        "contribution",
        contribution,
        "method",
        "currency");
  }

  /** A new company draft of the citizen; returns its id. */
  public static long createDraft(Api citizen) {
    Response created =
        assertStatus(
            citizen.post("/api/registrations", Api.json(Api.object("entityType", "company"))), 201);
    return created.json().path("id").asLong();
  }

  /**
   * The window accepts, the officer finds the form in order and the director grants the
   * registration (准予设立登记); the licence, and only then the departments' pushes and the follow-up
   * permits, follow in the engine's jobs.
   */
  public static void approve(String number) {
    Casework.claimAndComplete(Api.as("clerk"), number, Casework.ACCEPT, "accept", "予以受理");
    Casework.claimAndComplete(Api.as("officer"), number, Casework.REVIEW, "approve", "形式审查通过");
    Casework.claimAndComplete(Api.as("director"), number, Casework.DECIDE, "approve", "准予设立登记");
  }

  /** Reserves a name, fills a complete company form and submits it; returns the number. */
  public static String submitCompany(Api citizen) {
    long id = createDraft(citizen);
    JsonNode saved =
        assertStatus(
                citizen.put(
                    "/api/registrations/" + id, Api.json(companyForm(reserveName(citizen)))),
                200)
            .json();
    assertThat(saved.path("problems")).as("%s", saved).isEmpty();
    Map<String, Object> articles =
        Api.object(
            "requirement", "articles-of-association",
            "fileName", "公司章程.pdf",
            "contentType", "application/pdf",
            "contentBase64",
                java.util.Base64.getEncoder()
                    .encodeToString(
                        "%PDF-1.4 articles".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    Response submitted =
        assertStatus(
            citizen.post(
                "/api/registrations/" + id + "/submit",
                Api.json(Api.object("materials", List.of(articles)))),
            201);
    return submitted.json().path("number").asText();
  }

  /**
   * Reserves a name, fills a complete form of an individual business (个体工商户: an operator, no
   * investors, no capital) and submits it; returns the number.
   */
  public static String submitIndividualBusiness(Api citizen) {
    Response created =
        assertStatus(
            citizen.post(
                "/api/registrations", Api.json(Api.object("entityType", "individual-business"))),
            201);
    long id = created.json().path("id").asLong();
    Map<String, Object> form = companyForm(reserveName(citizen));
    form.remove("capitalAmount");
    form.remove("capitalCurrency");
    form.put("investors", List.of());
    JsonNode saved =
        assertStatus(citizen.put("/api/registrations/" + id, Api.json(form)), 200).json();
    assertThat(saved.path("problems")).as("%s", saved).isEmpty();
    Map<String, Object> identity =
        Api.object(
            "requirement", "operator-identity",
            "fileName", "经营者身份证明.pdf",
            "contentType", "application/pdf",
            "contentBase64",
                java.util.Base64.getEncoder()
                    .encodeToString(
                        "%PDF-1.4 identity".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    Response submitted =
        assertStatus(
            citizen.post(
                "/api/registrations/" + id + "/submit",
                Api.json(Api.object("materials", List.of(identity)))),
            201);
    return submitted.json().path("number").asText();
  }
}
