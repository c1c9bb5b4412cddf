package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertJsonError;
import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static cn.oneseal.it.support.Casework.ACCEPT;
import static cn.oneseal.it.support.Casework.DECIDE;
import static cn.oneseal.it.support.Casework.REVIEW;
import static cn.oneseal.it.support.Casework.await;
import static cn.oneseal.it.support.Casework.awaitTask;
import static cn.oneseal.it.support.Casework.claimAndComplete;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Api.Response;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.Registrations;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Multi-certificate business registration over the API: the one form as drafts, submission, the
 * window and formal review, the director's decision in registration's words and documents, the
 * credit code and the licence — PDF, electronic record and public verification — and only then the
 * parallel pushes to the departments (with a closed channel: failed attempts, an incident, a retry
 * by staff) and follow-up permits as linked applications.
 */
@ExtendWith(OneSealServer.class)
class BusinessRegistrationIT {

  private static final String TAX = "tax-registration";

  private final Api zhangsan = Api.as("zhangsan");
  private final Api lisi = Api.as("lisi");
  private final Api clerk = Api.as("clerk");
  private final Api officer = Api.as("officer");
  private final Api director = Api.as("director");
  private final Api admin = Api.as("admin");
  private final Api anonymous = Api.anonymous();

  @Test
  void fromTheReservedNameToTheVerifiedLicence() throws IOException {
    String number = Registrations.submitCompany(zhangsan);
    JsonNode application = assertStatus(zhangsan.get("/api/applications/" + number), 200).json();
    assertThat(application.path("itemCode").asText()).isEqualTo("SC-0002");
    assertThat(application.path("form").path("applicantName").asText()).endsWith("餐饮有限公司");
    assertThat(application.path("materials").get(0).path("fileName").asText())
        .isEqualTo("公司章程.pdf");

    // the form as staff see it: identity numbers masked, never in clear
    Response registration =
        assertStatus(clerk.get("/api/applications/" + number + "/registration"), 200);
    assertThat(registration.body())
        .contains("110105********002X")
        .doesNotContain(Registrations.ID_ZHANG)
        .doesNotContain(Registrations.ID_LI);

    claimAndComplete(clerk, number, ACCEPT, "accept", "一表申请齐全，予以受理");
    claimAndComplete(officer, number, REVIEW, "approve", "形式审查通过");

    // nothing goes to the departments, and no permit is opened, before the registration is granted
    awaitTask(director, number, DECIDE);
    assertThat(clerk.all("/api/applications/" + number + "/pushes")).isEmpty();
    assertThat(
            assertStatus(zhangsan.get("/api/applications/" + number), 200)
                .json()
                .path("linkedApplications"))
        .isEmpty();

    assertThat(claimAndComplete(director, number, DECIDE, "approve", "准予设立登记"))
        .isEqualTo("APPROVED");

    JsonNode licence =
        await(
                "licence of " + number,
                () -> zhangsan.get("/api/applications/" + number + "/licence"),
                r -> r.status() == 200)
            .json();
    String code = licence.path("creditCode").asText();
    assertThat(code).startsWith("91140100");
    JsonNode validity = assertStatus(anonymous.get("/api/credit-codes/" + code), 200).json();
    assertThat(validity.path("valid").asBoolean()).as("%s", validity).isTrue();

    // after the licence, every department of the list in force receives the data and gives a
    // receipt
    JsonNode pushes =
        await(
            "all pushes of " + number + " delivered",
            () -> clerk.all("/api/applications/" + number + "/pushes"),
            all -> all.size() > 0 && allDelivered(all));
    assertThat(certificates(pushes))
        .containsExactlyInAnyOrder(
            TAX,
            "social-insurance-registration",
            "statistical-registration",
            "seal-engraving-filing",
            "housing-fund-registration");
    pushes.forEach(p -> assertThat(p.path("push").path("receiptNumber").asText()).contains(number));

    // the restaurant in the business scope opened the food business permit as a linked application
    JsonNode linked =
        await(
            "follow-up permits of " + number,
            () -> assertStatus(zhangsan.get("/api/applications/" + number), 200).json(),
            a -> a.path("linkedApplications").size() == 1);
    String followUp = linked.path("linkedApplications").get(0).asText();
    JsonNode permit = assertStatus(zhangsan.get("/api/applications/" + followUp), 200).json();
    assertThat(permit.path("itemCode").asText()).isEqualTo("SC-0001");
    assertThat(permit.path("linkedTo").asText()).isEqualTo(number);
    assertThat(permit.path("applicant").asText()).isEqualTo("zhangsan");
    awaitTask(clerk, followUp, ACCEPT);

    // the public record: what anyone who scans the QR code sees
    JsonNode record = assertStatus(anonymous.get("/api/licenses/" + code), 200).json();
    assertThat(record.path("name").asText())
        .isEqualTo(permit.path("form").path("applicantName").asText());
    assertThat(record.path("legalRepresentative").asText()).isEqualTo("张*");
    assertThat(record.path("type").asText()).isEqualTo("有限责任公司（自然人投资或控股）");
    assertThat(record.path("registeredCapital").asText()).isEqualTo("100万元人民币");
    assertThat(record.path("status").asText()).isEqualTo("valid");
    assertThat(record.path("businessScope").asText()).isEqualTo("餐饮服务；软件开发");
    assertThat(record.path("authority").asText()).isNotBlank();

    // the holder downloads the licence PDF from the application, beside the sealed notices
    JsonNode documents =
        await(
                "licence document of " + number,
                () -> assertStatus(zhangsan.get("/api/applications/" + number), 200).json(),
                a -> types(a.path("documents")).contains("business-licence"))
            .path("documents");
    assertThat(types(documents))
        .containsExactly("acceptance-notice", "registration-approval", "business-licence");
    // registration's own documents, under the registration rules, not the licensing law
    assertThat(pdfText(zhangsan.download(documents.get(0).path("url").asText())))
        .contains("受理通知书", "市场主体登记管理条例")
        .doesNotContain("行政许可法");
    assertThat(pdfText(zhangsan.download(documents.get(1).path("url").asText())))
        .contains("准予设立登记通知书", "市场主体登记管理条例", "第十九条", "准予设立登记")
        .doesNotContain("行政许可");
    JsonNode licenceDocument = documents.get(2);
    byte[] pdf = zhangsan.download(licenceDocument.path("url").asText());
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
      assertThat(text).contains("营业执照", code, record.path("name").asText(), "张三");
      assertThat(document.getPage(0).getMediaBox().getWidth())
          .isGreaterThan(document.getPage(0).getMediaBox().getHeight());
    }
    assertStatus(lisi.get(licenceDocument.path("url").asText()), 404);
    JsonNode sealed =
        assertStatus(anonymous.postBytes("/api/verifications", "application/pdf", pdf), 200).json();
    assertThat(sealed.path("sealed").asBoolean()).as("%s", sealed).isTrue();
    assertThat(sealed.path("registered").asBoolean()).isTrue();
    assertThat(sealed.path("document").path("documentNumber").asText()).isEqualTo(code);

    // the name is now registered: nobody can declare it again in this area
    JsonNode check =
        assertStatus(
                anonymous.post(
                    "/api/names/check",
                    Api.json(
                        Api.object(
                            "region", "太原",
                            "tradeName", licence.path("name").asText().substring(2, 7),
                            "industry", "餐饮",
                            "organizationForm", "有限公司"))),
                200)
            .json();
    assertThat(check.path("ok").asBoolean()).as("%s", check).isFalse();

    JsonNode history = zhangsan.all("/api/applications/" + number + "/history");
    assertThat(
            StreamSupport.stream(history.spliterator(), false).map(h -> h.path("action").asText()))
        .contains("followUpOpened", "approved", "licenceIssued", "delivered");
  }

  @Test
  void aClosedDepartmentChannelBecomesAnIncidentThatStaffRetryOnceItIsOpen() {
    String number = Registrations.submitCompany(zhangsan);
    claimAndComplete(clerk, number, ACCEPT, "accept", "予以受理");
    claimAndComplete(officer, number, REVIEW, "approve", "形式审查通过");
    assertStatus(
        admin.put(
            "/api/admin/exchange-channels/" + TAX,
            Api.json(Api.object("available", false, "note", "税务系统升级维护"))),
        200);
    try {
      claimAndComplete(director, number, DECIDE, "approve", "准予设立登记");

      JsonNode tax =
          await(
              "incident of the tax push of " + number,
              () -> pushIfPlanned(number, TAX),
              p -> p.path("incident").asBoolean());
      assertThat(tax.path("push").path("status").asText()).isEqualTo("FAILED");
      // R2/PT1S on the test server: two attempts, then the incident
      assertThat(tax.path("push").path("attempts").asInt()).isEqualTo(2);
      assertThat(tax.path("push").path("lastError").asText()).contains("税务系统升级维护");
      assertThat(tax.path("push").path("channelOpen").asBoolean()).isFalse();
      assertThat(tax.path("retriesLeft").asInt()).isZero();
      // the others got through, and the licence was issued before any of them: a department
      // that is down never holds up the business, and its push is never skipped
      assertThat(push(number, "statistical-registration").path("push").path("status").asText())
          .isEqualTo("DELIVERED");
      assertStatus(zhangsan.get("/api/applications/" + number + "/licence"), 200);

      // only staff may retry, and not the applicant
      assertJsonError(
          zhangsan.post("/api/applications/" + number + "/pushes/" + TAX + "/retry"), 403);
    } finally {
      assertStatus(
          admin.put("/api/admin/exchange-channels/" + TAX, Api.json(Api.object("available", true))),
          200);
    }
    assertStatus(clerk.post("/api/applications/" + number + "/pushes/" + TAX + "/retry"), 200);
    JsonNode delivered =
        await(
            "tax push of " + number + " delivered after the retry",
            () -> push(number, TAX),
            p -> "DELIVERED".equals(p.path("push").path("status").asText()));
    assertThat(delivered.path("incident").asBoolean()).isFalse();
    assertThat(delivered.path("push").path("receiptNumber").asText()).startsWith("TAX-");
    assertJsonError(clerk.post("/api/applications/" + number + "/pushes/" + TAX + "/retry"), 409);

    JsonNode history = clerk.all("/api/applications/" + number + "/history");
    assertThat(
            StreamSupport.stream(history.spliterator(), false)
                .filter(h -> "pushRetried".equals(h.path("action").asText()))
                .map(h -> h.path("actor").asText()))
        .containsExactly("clerk");
  }

  @Test
  void aFormalReviewThatFindsFaultGoesToTheDirectorWithoutPushesAndNoLicence() {
    String number = Registrations.submitCompany(zhangsan);
    claimAndComplete(clerk, number, ACCEPT, "accept", "予以受理");
    claimAndComplete(officer, number, REVIEW, "deny", "住所证明与申报不符");
    // a registration's decision returns nowhere: registration review is formal and decided in days
    JsonNode decision = awaitTask(director, number, DECIDE);
    assertThat(decision.path("returnable").asBoolean()).isFalse();
    assertThat(decision.path("outcomes").toString()).isEqualTo("[\"approve\",\"deny\"]");
    assertJsonError(
        director.post(
            "/api/tasks/" + decision.path("id").asText() + "/return",
            Api.json(Api.object("comment", "退回重审"))),
        409);
    assertThat(claimAndComplete(director, number, DECIDE, "deny", "住所证明与申报不符，不予登记"))
        .isEqualTo("DENIED");

    assertThat(clerk.all("/api/applications/" + number + "/pushes")).isEmpty();
    assertJsonError(zhangsan.get("/api/applications/" + number + "/licence"), 404);
    JsonNode denied = assertStatus(zhangsan.get("/api/applications/" + number), 200).json();
    assertThat(types(denied.path("documents")))
        .containsExactly("acceptance-notice", "registration-denial");
    assertThat(denied.path("linkedApplications")).isEmpty();
    assertThat(pdfText(zhangsan.download(denied.path("documents").get(1).path("url").asText())))
        .contains("登记驳回通知书", "第二十条", "不予登记", "住所证明与申报不符", "行政复议")
        .doesNotContain("行政许可法");
  }

  private static String pdfText(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void anIncompleteDraftIsRefusedWithEveryProblemAndNothingIsFiled() {
    long id = Registrations.createDraft(zhangsan);
    JsonNode draft = assertStatus(zhangsan.get("/api/registrations/" + id), 200).json();
    assertThat(codes(draft.path("problems")))
        .contains(
            "error.registration.nameMissing",
            "error.registration.required.domicile",
            "error.registration.required.scope");

    JsonNode refused = assertJsonError(zhangsan.post("/api/registrations/" + id + "/submit"), 400);
    assertThat(refused.path("problems").size()).isGreaterThanOrEqualTo(5);
    assertThat(codes(refused.path("problems")))
        .contains("error.registration.nameMissing", "error.registration.required.contactPhone");
    refused.path("problems").forEach(p -> assertThat(p.path("message").asText()).isNotBlank());
    assertThat(
            assertStatus(zhangsan.get("/api/registrations/" + id), 200)
                .json()
                .path("status")
                .asText())
        .isEqualTo("DRAFT");
  }

  @Test
  void malformedValuesAreRefusedAtOnceTranslatedAndTheDraftKeepsItsContent() {
    long id = Registrations.createDraft(zhangsan);
    Map<String, Object> form = Registrations.companyForm(Registrations.freshTradeName());
    assertStatus(zhangsan.put("/api/registrations/" + id, Api.json(form)), 200);

    form.put("legalRepresentativeIdentity", "110105194912310021");
    form.put("capitalAmount", -5);
    form.put("contactEmail", "no-at-sign");
    JsonNode refused =
        assertJsonError(
            zhangsan.put("/api/registrations/" + id, Api.json(form), "Accept-Language", "en"), 400);
    assertThat(codes(refused.path("problems")))
        .containsExactlyInAnyOrder(
            "error.registration.representativeIdentity",
            "error.registration.capital",
            "error.registration.email");
    assertThat(refused.path("problems").get(0).path("message").asText()).doesNotContain("error.");

    JsonNode kept = assertStatus(zhangsan.get("/api/registrations/" + id), 200).json();
    assertThat(kept.path("capitalAmount").asInt()).isEqualTo(100);
    assertThat(kept.path("contactEmail").asText()).isEqualTo("zhangsan@example.cn");
  }

  @Test
  void draftsAreTheirOwnersAndSubmittingTwiceFilesOnce() {
    long id = Registrations.createDraft(zhangsan);
    assertJsonError(lisi.get("/api/registrations/" + id), 404);
    assertJsonError(lisi.put("/api/registrations/" + id, "{}"), 404);
    assertJsonError(lisi.post("/api/registrations/" + id + "/submit"), 404);
    assertJsonError(
        clerk.post("/api/registrations", Api.json(Api.object("entityType", "company"))), 403);
    assertJsonError(anonymous.get("/api/registrations/" + id), 401);
    assertJsonError(
        zhangsan.post("/api/registrations", Api.json(Api.object("entityType", "trust"))), 400);

    assertStatus(
        zhangsan.put(
            "/api/registrations/" + id,
            Api.json(Registrations.companyForm(Registrations.reserveName(zhangsan)))),
        200);
    String first =
        assertStatus(zhangsan.post("/api/registrations/" + id + "/submit"), 201)
            .json()
            .path("number")
            .asText();
    String again =
        assertStatus(zhangsan.post("/api/registrations/" + id + "/submit"), 200)
            .json()
            .path("number")
            .asText();
    assertThat(again).isEqualTo(first);
    assertJsonError(zhangsan.put("/api/registrations/" + id, "{}"), 409);

    // another citizen cannot see the application's form either; staff can
    assertJsonError(lisi.get("/api/applications/" + first + "/registration"), 404);
    assertJsonError(lisi.get("/api/applications/" + first + "/pushes"), 404);
    assertStatus(Api.as("supervisor").get("/api/applications/" + first + "/registration"), 200);
  }

  @Test
  void aNameReservedByAnotherCitizenCannotBeRegistered() {
    String tradeName = Registrations.reserveName(lisi);
    long id = Registrations.createDraft(zhangsan);
    JsonNode saved =
        assertStatus(
                zhangsan.put(
                    "/api/registrations/" + id, Api.json(Registrations.companyForm(tradeName))),
                200)
            .json();
    assertThat(codes(saved.path("problems"))).containsExactly("error.registration.nameNotReserved");
    assertJsonError(zhangsan.post("/api/registrations/" + id + "/submit"), 400);
  }

  @Test
  void licenceLookupAnswersNotFoundForAnyUnknownCode() {
    assertJsonError(anonymous.get("/api/licenses/91140100MA0000000X"), 404);
    assertJsonError(anonymous.get("/api/licenses/abc"), 404);
    assertJsonError(anonymous.get("/api/licenses/%27%20or%201=1"), 404);
  }

  @Test
  void onlyAdministratorsOpenAndCloseChannels() {
    assertJsonError(
        clerk.put("/api/admin/exchange-channels/" + TAX, Api.json(Api.object("available", false))),
        403);
    assertJsonError(
        admin.put(
            "/api/admin/exchange-channels/nonsense", Api.json(Api.object("available", false))),
        404);
    assertJsonError(admin.put("/api/admin/exchange-channels/" + TAX, "{}"), 400);
    JsonNode channels = clerk.all("/api/admin/exchange-channels");
    assertThat(
            StreamSupport.stream(channels.spliterator(), false)
                .map(c -> c.path("certificateCode").asText()))
        .contains(TAX, "customs-declarant-registration");
    assertJsonError(zhangsan.get("/api/admin/exchange-channels"), 403);
  }

  private JsonNode push(String number, String certificate) {
    JsonNode all = clerk.all("/api/applications/" + number + "/pushes");
    return StreamSupport.stream(all.spliterator(), false)
        .filter(p -> certificate.equals(p.path("push").path("certificateCode").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no push to " + certificate + " in " + all));
  }

  /** The push once it is planned (after the licence), an empty object before. */
  private JsonNode pushIfPlanned(String number, String certificate) {
    JsonNode all = clerk.all("/api/applications/" + number + "/pushes");
    return StreamSupport.stream(all.spliterator(), false)
        .filter(p -> certificate.equals(p.path("push").path("certificateCode").asText()))
        .findFirst()
        .orElse(com.fasterxml.jackson.databind.node.MissingNode.getInstance());
  }

  private static boolean allDelivered(JsonNode pushes) {
    return StreamSupport.stream(pushes.spliterator(), false)
        .allMatch(p -> "DELIVERED".equals(p.path("push").path("status").asText()));
  }

  private static List<String> certificates(JsonNode pushes) {
    return StreamSupport.stream(pushes.spliterator(), false)
        .map(p -> p.path("push").path("certificateCode").asText())
        .toList();
  }

  private static List<String> types(JsonNode documents) {
    return StreamSupport.stream(documents.spliterator(), false)
        .map(d -> d.path("type").asText())
        .toList();
  }

  private static List<String> codes(JsonNode problems) {
    return StreamSupport.stream(problems.spliterator(), false)
        .map(p -> p.path("code").asText())
        .toList();
  }
}
