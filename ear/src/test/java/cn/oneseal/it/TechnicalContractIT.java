package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertJsonError;
import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static cn.oneseal.it.support.Casework.ACCEPT;
import static cn.oneseal.it.support.Casework.claim;
import static cn.oneseal.it.support.Casework.claimAndComplete;
import static cn.oneseal.it.support.Casework.complete;
import static cn.oneseal.it.support.Casework.findTask;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Api.Response;
import cn.oneseal.it.support.Casework;
import cn.oneseal.it.support.OneSealServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 技术合同认定登记 (issue 20, docs/technical-contracts.md) on the running server: the seller files a
 * contract with its terms in fen; the window accepts in the registration rules' words; the
 * registrar registers it under the year's number with a sealed certificate, or rejects it with
 * reasons; the statistics count it by type. Bad terms are refused with every field at once and file
 * nothing; the generic filing refuses the item; other sections and other citizens never see the
 * contract.
 */
@ExtendWith(OneSealServer.class)
class TechnicalContractIT {

  private static final String REGISTER = "registerContract";
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final Api zhangsan = Api.as("zhangsan");
  private final Api lisi = Api.as("lisi");
  private final Api clerk = Api.as("clerk");
  private final Api officer = Api.as("officer");
  private final Api marketOfficer = Api.as("officer2");
  private final Api director = Api.as("director");
  private final Api supervisor = Api.as("supervisor");
  private final Api anonymous = Api.anonymous();

  static Map<String, Object> filing(String type, long amountFen, long incomeFen) {
    Map<String, Object> body =
        Api.object(
            "contractName",
            "智能巡检机器人联合开发合同",
            "contractType",
            type,
            "sellerName",
            "太原晋创科技有限公司",
            "sellerCreditCode",
            "91350100M000100Y43",
            "buyerName",
            "山西示范制造有限公司",
            "signedOn",
            LocalDate.now(CHINA).minusDays(10).toString(),
            "endsOn",
            LocalDate.now(CHINA).plusYears(1).toString(),
            "amountFen",
            amountFen,
            "technicalIncomeFen",
            incomeFen,
            "contactPhone",
            "13800000000");
    body.put(
        "materials",
        List.of(
            Api.object(
                "requirement",
                "contract-text",
                "fileName",
                "技术开发合同.pdf",
                "contentType",
                "application/pdf",
                "contentBase64",
                Base64.getEncoder()
                    .encodeToString("%PDF-1.4 contract".getBytes(StandardCharsets.UTF_8)))));
    return body;
  }

  private Response file(Api who, Map<String, Object> body, String key) {
    return who.post("/api/technical-contracts", Api.json(body), "Idempotency-Key", key);
  }

  @Test
  void aRegisteredContractGetsTheYearsNumberAndASealedCertificateNotALicence() throws IOException {
    String key = UUID.randomUUID().toString();
    Response created =
        assertStatus(file(zhangsan, filing("development", 120_000_000L, 100_000_000L), key), 201);
    JsonNode contract = created.json();
    String number = contract.path("applicationNumber").asText();
    assertThat(created.header("Location").orElseThrow()).endsWith("/technical-contracts/" + number);
    assertThat(contract.path("contractType").asText()).isEqualTo("development");
    assertThat(contract.path("taxRelief").asBoolean()).isTrue();
    assertThat(contract.path("amountFen").asLong()).isEqualTo(120_000_000L);
    assertThat(Casework.isPresent(contract.path("registrationNumber"))).isFalse();
    // the same key again answers the first filing and files nothing more
    JsonNode repeated =
        assertStatus(file(zhangsan, filing("development", 120_000_000L, 100_000_000L), key), 200)
            .json();
    assertThat(repeated.path("applicationNumber").asText()).isEqualTo(number);

    // the case belongs to its seller and its section: others are told it does not exist
    assertJsonError(lisi.get("/api/technical-contracts/" + number), 404);
    assertJsonError(marketOfficer.get("/api/technical-contracts/" + number), 404);

    assertThat(claimAndComplete(clerk, number, ACCEPT, "accept", "合同文本齐全，予以受理"))
        .isEqualTo("UNDER_REVIEW");
    JsonNode documents = Casework.application(zhangsan, number).path("documents");
    String acceptance = text(zhangsan.download(documents.get(0).path("url").asText()));
    assertThat(acceptance)
        .contains("技术合同认定登记受理通知书", "技术合同认定登记管理办法", "30日内")
        .doesNotContain("行政许可法");

    // the registrar's step is the science section's: the market section never sees it
    Casework.awaitTask(officer, number, REGISTER);
    assertThat(findTask(marketOfficer, number, REGISTER)).isEmpty();
    // the director does not decide a registration
    assertThat(findTask(director, number, "decideApplication")).isEmpty();

    assertThat(claimAndComplete(officer, number, REGISTER, "register", "符合技术开发合同的认定条件"))
        .isEqualTo("APPROVED");
    JsonNode registered =
        assertStatus(zhangsan.get("/api/technical-contracts/" + number), 200).json();
    String registration = registered.path("registrationNumber").asText();
    int year = LocalDate.now(CHINA).getYear();
    assertThat(registration).matches(year + "140000\\d{6}");
    assertThat(registered.path("status").asText()).isEqualTo("approved");
    // staff of the section read it too
    assertThat(
            assertStatus(officer.get("/api/technical-contracts/" + number), 200)
                .json()
                .path("registrationNumber")
                .asText())
        .isEqualTo(registration);

    JsonNode application = Casework.application(zhangsan, number);
    assertThat(application.path("decision").path("outcome").asText()).isEqualTo("registered");
    List<String> types = new ArrayList<>();
    application.path("documents").forEach(d -> types.add(d.path("type").asText()));
    assertThat(types).containsExactly("acceptance-notice", "technical-contract-certificate");
    JsonNode certificate = application.path("documents").get(1);
    String printed = text(zhangsan.download(certificate.path("url").asText()));
    assertThat(printed)
        .contains("技术合同认定登记证明", "技术合同登记号：" + registration, "认定为技术开发合同")
        .contains("1,000,000.00元", "税收优惠")
        .doesNotContain("行政许可法");
    JsonNode verified =
        assertStatus(anonymous.get(certificate.path("verification").asText()), 200).json();
    assertThat(verified.path("sealed").asBoolean()).as("%s", verified).isTrue();
    assertThat(verified.path("document").path("type").asText())
        .isEqualTo("technical-contract-certificate");
    // the registrar sealed it: the seal register names the officer
    JsonNode register = supervisor.all("/api/seal-register?application=" + number);
    assertThat(
            StreamSupport.stream(register.spliterator(), false)
                .map(r -> r.path("sealedBy").asText()))
        .containsExactlyInAnyOrder("clerk", "officer");
    // the history says what the registrar did, and the seller is told the number
    assertThat(Casework.historyEntries(officer, number, "contractRegistered")).hasSize(1);
    JsonNode told =
        Casework.await(
            "the registration notice of " + number, () -> notice(zhangsan, number), n -> n != null);
    assertThat(told.toString()).contains(registration).doesNotContain("准予许可");

    // the year's statistics count it as a development contract, with its technical income
    JsonNode statistics =
        assertStatus(supervisor.get("/api/technical-contracts/statistics?year=" + year), 200)
            .json();
    JsonNode development = row(statistics, "development");
    assertThat(development.path("contracts").asLong()).isPositive();
    assertThat(development.path("technicalIncomeFen").asLong())
        .isGreaterThanOrEqualTo(100_000_000L);
    assertThat(development.path("taxRelief").asBoolean()).isTrue();
    assertThat(statistics.path("reliefContracts").asLong())
        .isGreaterThanOrEqualTo(development.path("contracts").asLong());
    assertThat(statistics.path("types")).hasSize(5);
    assertStatus(director.get("/api/technical-contracts/statistics"), 200);
    assertJsonError(zhangsan.get("/api/technical-contracts/statistics"), 403);
    assertJsonError(supervisor.get("/api/technical-contracts/statistics?year=20x6"), 400);
  }

  @Test
  void aRejectionNeedsReasonsAndIsSealedWithThemWithoutANumber() throws IOException {
    String number =
        assertStatus(
                file(
                    zhangsan,
                    filing("consulting", 5_000_000L, 5_000_000L),
                    UUID.randomUUID().toString()),
                201)
            .json()
            .path("applicationNumber")
            .asText();
    assertThat(
            assertStatus(zhangsan.get("/api/technical-contracts/" + number), 200)
                .json()
                .path("taxRelief")
                .asBoolean())
        .isFalse();
    claimAndComplete(clerk, number, ACCEPT, "accept", "予以受理");
    String task = claim(officer, number, REGISTER);
    // no reasons, no rejection: nothing changes
    assertJsonError(complete(officer, task, "reject", null, null), 400);
    // an outcome of licensing is not one of this step's
    assertJsonError(complete(officer, task, "approve", "准予", null), 400);
    Response rejected = complete(officer, task, "reject", "合同标的为一般咨询，未涉及技术问题", null);
    assertStatus(rejected, 200);
    assertThat(rejected.json().path("status").asText()).isEqualTo("DENIED");
    JsonNode contract =
        assertStatus(zhangsan.get("/api/technical-contracts/" + number), 200).json();
    assertThat(Casework.isPresent(contract.path("registrationNumber"))).isFalse();
    JsonNode application = Casework.application(zhangsan, number);
    assertThat(application.path("decision").path("outcome").asText()).isEqualTo("rejected");
    JsonNode rejection = application.path("documents").get(1);
    assertThat(rejection.path("type").asText()).isEqualTo("technical-contract-rejection");
    assertThat(text(zhangsan.download(rejection.path("url").asText())))
        .contains("技术合同不予登记通知书", "合同标的为一般咨询，未涉及技术问题", "行政复议")
        .doesNotContain("行政许可法");
  }

  @Test
  void badTermsAreRefusedFieldByFieldAndFileNothing() {
    List<String> before = Casework.numbersOf(zhangsan);
    JsonNode refused =
        assertJsonError(
            file(zhangsan, filing("development", 100_00L, 100_01L), UUID.randomUUID().toString()),
            400);
    assertThat(refused.path("problems").toString())
        .contains("technicalIncomeFen", "error.technicalContract.technicalIncome");

    Map<String, Object> many = filing("development", 0L, 0L);
    many.put("contractName", " ");
    many.put("signedOn", LocalDate.now(CHINA).plusDays(3).toString());
    many.put("endsOn", LocalDate.now(CHINA).minusDays(3).toString());
    many.put("sellerCreditCode", "91350100M000100Y44");
    JsonNode all = assertJsonError(file(zhangsan, many, UUID.randomUUID().toString()), 400);
    List<String> fields = new ArrayList<>();
    all.path("problems").forEach(p -> fields.add(p.path("field").asText()));
    assertThat(fields)
        .contains("contractName", "signedOn", "endsOn", "amountFen", "sellerCreditCode");

    assertThat(
            assertJsonError(
                    file(zhangsan, filing("sale", 100L, 1L), UUID.randomUUID().toString()), 400)
                .path("code")
                .asText())
        .isEqualTo("error.technicalContract.type");
    // money is whole fen: a fraction is refused before anything reads it
    String fraction =
        Api.json(filing("development", 100L, 1L))
            .replace("\"amountFen\":100", "\"amountFen\":100.5");
    assertJsonError(zhangsan.post("/api/technical-contracts", fraction), 400);
    // the item is never filed on the generic form
    JsonNode generic =
        assertJsonError(
            zhangsan.post(
                "/api/applications",
                Casework.submissionBody("KJ-0001", Casework.form("太原晋创科技有限公司")),
                "Idempotency-Key",
                UUID.randomUUID().toString()),
            400);
    assertThat(generic.path("code").asText()).isEqualTo("error.technicalContract.ownPath");
    assertThat(Casework.numbersOf(zhangsan)).containsExactlyInAnyOrderElementsOf(before);

    // who may file: a citizen, signed in
    assertJsonError(
        file(clerk, filing("development", 100L, 1L), UUID.randomUUID().toString()), 403);
    assertJsonError(
        file(anonymous, filing("development", 100L, 1L), UUID.randomUUID().toString()), 401);
  }

  private static JsonNode row(JsonNode statistics, String type) {
    for (JsonNode r : statistics.path("types")) {
      if (type.equals(r.path("contractType").asText())) {
        return r;
      }
    }
    throw new AssertionError("no row " + type + " in " + statistics);
  }

  private static JsonNode notice(Api citizen, String number) {
    for (JsonNode n : citizen.all("/api/notifications")) {
      if (number.equals(n.path("applicationNumber").asText())
          && n.path("kind").asText().equals("applicationApproved")) {
        return n;
      }
    }
    return null;
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
    }
  }
}
