package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertJsonError;
import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static cn.oneseal.it.support.Casework.ACCEPT;
import static cn.oneseal.it.support.Casework.DECIDE;
import static cn.oneseal.it.support.Casework.REVIEW;
import static cn.oneseal.it.support.Casework.claim;
import static cn.oneseal.it.support.Casework.claimAndComplete;
import static cn.oneseal.it.support.Casework.complete;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Api.Response;
import cn.oneseal.it.support.Casework;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 科技创新券 (issue 20, docs/innovation-vouchers.md) on the running server: a firm of the province
 * applies; the window, the section's review and the director's decision issue a sealed voucher of
 * 50,000 yuan for a year; a provider of the list redeems it in parts — never an invoice twice,
 * never beyond its value, never after its last day; the statistics show the private firms' share.
 * Firms outside the province, on the serious-dishonesty list, or holding a voucher are refused.
 */
@ExtendWith(OneSealServer.class)
class VoucherIT {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final Api zhangsan = Api.as("zhangsan");
  private final Api wangwu = Api.as("wangwu");
  private final Api provider = Api.as("lisi");
  private final Api clerk = Api.as("clerk");
  private final Api officer = Api.as("officer");
  private final Api director = Api.as("director");
  private final Api supervisor = Api.as("supervisor");
  private final Api admin = Api.as("admin");

  @AfterEach
  void realTime() {
    TestClock.reset();
  }

  static Map<String, Object> application(String creditCode, boolean privateFirm) {
    Map<String, Object> body =
        Api.object(
            "firmName", "太原创新券测试科技有限公司",
            "creditCode", creditCode,
            "industry", "M",
            "privateFirm", privateFirm,
            "teamSummary", "研发团队8人，开展镁合金轻量化部件研究，拟购买材料检测服务",
            "contactPhone", "13800000000");
    body.put(
        "materials",
        List.of(
            Api.object(
                "requirement",
                "team-summary",
                "fileName",
                "团队说明.pdf",
                "contentType",
                "application/pdf",
                "contentBase64",
                Base64.getEncoder()
                    .encodeToString("%PDF-1.4 team".getBytes(StandardCharsets.UTF_8)))));
    return body;
  }

  private Response apply(Api firm, Map<String, Object> body) {
    return firm.post(
        "/api/innovation-vouchers",
        Api.json(body),
        "Idempotency-Key",
        UUID.randomUUID().toString());
  }

  /** Applies and takes the case to the director's issue; answers the voucher. */
  private JsonNode issued(String creditCode, boolean privateFirm) {
    String number =
        assertStatus(apply(zhangsan, application(creditCode, privateFirm)), 201)
            .json()
            .path("applicationNumber")
            .asText();
    claimAndComplete(clerk, number, ACCEPT, "accept", "材料齐全，予以受理");
    claimAndComplete(officer, number, REVIEW, "approve", "本省登记，团队具备研发能力");
    assertThat(claimAndComplete(director, number, DECIDE, "approve", "同意发放")).isEqualTo("APPROVED");
    return assertStatus(zhangsan.get("/api/innovation-vouchers/by-application/" + number), 200)
        .json();
  }

  private void bindProvider() {
    assertStatus(
        admin.put(
            "/api/admin/voucher-providers/SXU-ATC",
            Api.json(Api.object("name", "山西大学分析测试中心", "account", "lisi", "active", true))),
        200);
  }

  private Response redeem(Api who, String voucher, String invoice, long amountFen) {
    return who.post(
        "/api/innovation-vouchers/" + voucher + "/redemptions",
        Api.json(
            Api.object(
                "serviceContractNumber",
                "FW-" + invoice,
                "invoiceNumber",
                invoice,
                "amountFen",
                amountFen,
                "documents",
                List.of(document("service-contract"), document("invoice")))));
  }

  static Map<String, Object> document(String requirement) {
    return Api.object(
        "requirement",
        requirement,
        "fileName",
        requirement + ".pdf",
        "contentType",
        "application/pdf",
        "contentBase64",
        Base64.getEncoder()
            .encodeToString(("%PDF-1.4 " + requirement).getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void anIssuedVoucherIsRedeemedInPartsNeverTwiceNeverBeyondItsValue() throws IOException {
    bindProvider();
    String code = CreditITSupport.freshCode();
    JsonNode voucher = issued(code, true);
    String number = voucher.path("voucherNumber").asText();
    LocalDate today = LocalDate.now(CHINA);
    assertThat(number).matches("KJQ" + today.getYear() + "\\d{6}");
    assertThat(voucher.path("state").asText()).isEqualTo("valid");
    assertThat(voucher.path("amountFen").asLong()).isEqualTo(5_000_000L);
    assertThat(voucher.path("validUntil").asText())
        .isEqualTo(today.plusYears(1).minusDays(1).toString());

    String application = voucher.path("applicationNumber").asText();
    JsonNode documents = Casework.application(zhangsan, application).path("documents");
    assertThat(documents.get(0).path("type").asText()).isEqualTo("acceptance-notice");
    assertThat(text(zhangsan.download(documents.get(0).path("url").asText())))
        .contains("科技创新券申领受理通知书")
        .doesNotContain("行政许可法");
    JsonNode sealed = documents.get(1);
    assertThat(sealed.path("type").asText()).isEqualTo("innovation-voucher");
    assertThat(text(zhangsan.download(sealed.path("url").asText())))
        .contains("科技创新券", "创新券编号：" + number, "50,000.00元")
        .doesNotContain("行政许可法");
    assertThat(
            assertStatus(Api.anonymous().get(sealed.path("verification").asText()), 200)
                .json()
                .path("sealed")
                .asBoolean())
        .isTrue();
    assertThat(
            Casework.application(zhangsan, application).path("decision").path("outcome").asText())
        .isEqualTo("granted");

    // the provider finds it by its number; a stranger does not
    assertThat(
            assertStatus(provider.get("/api/innovation-vouchers/" + number), 200)
                .json()
                .path("remainingFen")
                .asLong())
        .isEqualTo(5_000_000L);
    assertJsonError(wangwu.get("/api/innovation-vouchers/" + number), 404);

    String invoice = "FP" + UUID.randomUUID().toString().substring(0, 8);
    JsonNode after = assertStatus(redeem(provider, number, invoice, 3_000_000L), 200).json();
    assertThat(after.path("remainingFen").asLong()).isEqualTo(2_000_000L);
    assertThat(after.path("redemptions")).hasSize(1);
    // an invoice is redeemed once, and nothing beyond what is left
    assertThat(
            assertJsonError(redeem(provider, number, invoice, 1_000L), 409).path("code").asText())
        .isEqualTo("error.voucher.redeemedTwice");
    assertThat(
            assertJsonError(redeem(provider, number, invoice + "B", 2_000_001L), 409)
                .path("code")
                .asText())
        .isEqualTo("error.voucher.exceeds");
    assertJsonError(redeem(provider, number, invoice + "C", 0L), 400);
    // the invoice itself must be handed in, as a PDF or an image
    JsonNode undocumented =
        assertJsonError(
            provider.post(
                "/api/innovation-vouchers/" + number + "/redemptions",
                Api.json(
                    Api.object(
                        "serviceContractNumber",
                        "FW-X",
                        "invoiceNumber",
                        invoice + "F",
                        "amountFen",
                        100,
                        "documents",
                        List.of(document("service-contract"))))),
            400);
    assertThat(undocumented.path("problems").toString())
        .contains("error.voucher.document", "invoice");
    // the firm itself, or anyone not a provider of the list, redeems nothing
    assertThat(
            assertJsonError(redeem(zhangsan, number, invoice + "D", 100L), 403)
                .path("code")
                .asText())
        .isEqualTo("error.voucher.notProvider");
    assertThat(
            assertStatus(zhangsan.get("/api/innovation-vouchers/" + number), 200)
                .json()
                .path("redeemedFen")
                .asLong())
        .as("nothing changed by the refusals")
        .isEqualTo(3_000_000L);

    JsonNode used = assertStatus(redeem(provider, number, invoice + "E", 2_000_000L), 200).json();
    assertThat(used.path("state").asText()).isEqualTo("used");
    // the provider's documents are in the voucher's case file, for its firm and the section
    assertThat(Casework.application(zhangsan, application).path("materials").toString())
        .contains("voucher-invoice", "voucher-service-contract");

    // a used voucher no longer holds the firm back; one under way does
    String again =
        assertStatus(apply(zhangsan, application(code, true)), 201)
            .json()
            .path("applicationNumber")
            .asText();
    assertThat(assertJsonError(apply(zhangsan, application(code, true)), 409).path("code").asText())
        .isEqualTo("error.voucher.held");
    assertThat(again).isNotBlank();

    JsonNode statistics =
        assertStatus(
                supervisor.get("/api/innovation-vouchers/statistics?year=" + today.getYear()), 200)
            .json();
    assertThat(statistics.path("issued").asLong()).isPositive();
    assertThat(statistics.path("privateIssuedFen").asLong()).isGreaterThanOrEqualTo(5_000_000L);
    assertThat(statistics.path("privateSharePercent").isNumber()).isTrue();
    JsonNode row = null;
    for (JsonNode p : statistics.path("providers")) {
      if (p.path("providerCode").asText().equals("SXU-ATC")) {
        row = p;
      }
    }
    assertThat(row).isNotNull();
    assertThat(row.path("redeemedFen").asLong()).isGreaterThanOrEqualTo(5_000_000L);
    assertThat(statistics.path("industries").toString()).contains("\"industry\":\"M\"");
    assertJsonError(zhangsan.get("/api/innovation-vouchers/statistics"), 403);
  }

  @Test
  void aVoucherLapsesAfterItsYear() {
    bindProvider();
    JsonNode voucher = issued(CreditITSupport.freshCode(), false);
    String number = voucher.path("voucherNumber").asText();
    // a year and a day later, by the server's clock
    TestClock.at(OffsetDateTime.now(ZoneOffset.ofHours(8)).plusYears(1).plusDays(1).toString());
    assertThat(
            assertStatus(provider.get("/api/innovation-vouchers/" + number), 200)
                .json()
                .path("state")
                .asText())
        .isEqualTo("lapsed");
    assertThat(
            assertJsonError(
                    redeem(
                        provider,
                        number,
                        "FP" + UUID.randomUUID().toString().substring(0, 8),
                        100L),
                    409)
                .path("code")
                .asText())
        .isEqualTo("error.voucher.lapsed");
    TestClock.reset();
    // the same voucher on its last day is still valid
    assertThat(
            assertStatus(provider.get("/api/innovation-vouchers/" + number), 200)
                .json()
                .path("state")
                .asText())
        .isEqualTo("valid");
  }

  @Test
  void firmsOutsideTheProvinceOnTheDishonestyListOrOnTheGenericFormAreRefused() {
    List<String> before = Casework.numbersOf(zhangsan);
    JsonNode outside =
        assertJsonError(apply(zhangsan, application("91350100M000100Y43", true)), 400);
    assertThat(outside.path("problems").toString()).contains("error.voucher.notInProvince");
    String listed = CreditITSupport.freshCode();
    CreditITSupport.list(listed);
    assertThat(
            assertJsonError(apply(zhangsan, application(listed, true)), 400).path("code").asText())
        .isEqualTo("error.voucher.dishonest");
    Map<String, Object> bad = application(CreditITSupport.freshCode(), true);
    bad.put("industry", "Z");
    bad.remove("privateFirm");
    JsonNode problems = assertJsonError(apply(zhangsan, bad), 400);
    assertThat(problems.path("problems").toString()).contains("industry", "privateFirm");
    JsonNode generic =
        assertJsonError(
            zhangsan.post(
                "/api/applications",
                Casework.submissionBody("KJ-0002", Casework.form("太原创新券测试科技有限公司")),
                "Idempotency-Key",
                UUID.randomUUID().toString()),
            400);
    assertThat(generic.path("code").asText()).isEqualTo("error.voucher.ownPath");
    assertThat(Casework.numbersOf(zhangsan)).containsExactlyInAnyOrderElementsOf(before);
    assertJsonError(apply(clerk, application(CreditITSupport.freshCode(), true)), 403);
  }

  @Test
  void aRefusalNeedsReasonsAndIsSealedWithThem() throws IOException {
    String number =
        assertStatus(apply(zhangsan, application(CreditITSupport.freshCode(), false)), 201)
            .json()
            .path("applicationNumber")
            .asText();
    claimAndComplete(clerk, number, ACCEPT, "accept", "予以受理");
    claimAndComplete(officer, number, REVIEW, "deny", "研发项目不属于科技服务范围");
    String task = claim(director, number, DECIDE);
    assertJsonError(complete(director, task, "deny", null, null), 400);
    assertStatus(complete(director, task, "deny", "拟购买的服务不属于研发和检验检测服务", null), 200);
    JsonNode voucher =
        assertStatus(zhangsan.get("/api/innovation-vouchers/by-application/" + number), 200).json();
    assertThat(voucher.path("state").asText()).isEqualTo("denied");
    assertThat(Casework.isPresent(voucher.path("voucherNumber"))).isFalse();
    JsonNode denial = Casework.application(zhangsan, number).path("documents").get(1);
    assertThat(denial.path("type").asText()).isEqualTo("voucher-denial");
    assertThat(text(zhangsan.download(denial.path("url").asText())))
        .contains("不予发放科技创新券通知书", "拟购买的服务不属于研发和检验检测服务");
  }

  @Test
  void theProvidersListIsPublicAndMaintainedByTheAdministrators() {
    JsonNode list =
        assertStatus(Api.anonymous().get("/api/innovation-vouchers/providers"), 200).items();
    assertThat(list.toString()).contains("SXU-ATC", "山西大学分析测试中心").doesNotContain("\"account\"");
    String code = "T-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    assertStatus(
        admin.post(
            "/api/admin/voucher-providers",
            Api.json(Api.object("code", code, "name", "测试共享平台", "kind", "shared_platform"))),
        201);
    assertThat(
            assertJsonError(
                    admin.post(
                        "/api/admin/voucher-providers",
                        Api.json(Api.object("code", code, "name", "重复", "kind", "university"))),
                    409)
                .path("code")
                .asText())
        .isEqualTo("error.voucher.providerExists");
    assertJsonError(
        admin.post(
            "/api/admin/voucher-providers",
            Api.json(Api.object("code", "x", "name", "", "kind", "bank"))),
        400);
    assertJsonError(
        zhangsan.post(
            "/api/admin/voucher-providers",
            Api.json(Api.object("code", "ZZ-1", "name", "越权", "kind", "university"))),
        403);
    assertStatus(
        admin.put(
            "/api/admin/voucher-providers/" + code,
            Api.json(Api.object("name", "测试共享平台", "active", false))),
        200);
    assertThat(
            assertStatus(Api.anonymous().get("/api/innovation-vouchers/providers"), 200)
                .items()
                .toString())
        .doesNotContain(code);
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
    }
  }
}
