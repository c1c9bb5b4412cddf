package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertJsonError;
import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static cn.oneseal.it.support.Casework.ACCEPT;
import static cn.oneseal.it.support.Casework.application;
import static cn.oneseal.it.support.Casework.claimAndComplete;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Api.Response;
import cn.oneseal.it.support.OneSealServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Save and return (issue 17): a citizen saves an ordinary application as a draft, leaves, resumes,
 * learns what is still missing, files it — once, whatever the retries — and nobody else ever sees
 * the draft. The one-time correction notice then names the materials in words, with the clerk's
 * note of what is wrong.
 */
@ExtendWith(OneSealServer.class)
class ApplicationDraftIT {

  /** 公共场所卫生许可: four required materials. */
  private static final String ITEM = "WJ-0001";

  private static final byte[] PDF =
      ("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
              + "2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n")
          .getBytes(StandardCharsets.US_ASCII);

  private final Api zhangsan = Api.as("zhangsan");
  private final Api lisi = Api.as("lisi");
  private final Api clerk = Api.as("clerk");
  private final Api supervisor = Api.as("supervisor");

  @Test
  void draftResumeCheckAndFileOnceThenTheCorrectionNoticeSpeaksInWords() throws IOException {
    // a draft with only the name: saved, not filed
    Response created =
        assertStatus(
            zhangsan.post(
                "/api/application-drafts",
                Api.json(Api.object("itemCode", ITEM, "applicantName", "张三理发店"))),
            201);
    long id = created.json().path("id").asLong();
    assertThat(created.header("Location").orElseThrow()).endsWith("/application-drafts/" + id);
    assertThat(created.json().path("status").asText()).isEqualTo("DRAFT");
    assertThat(fields(created.json().path("missing")))
        .containsExactlyInAnyOrder(
            "contactPhone",
            "description",
            "materials.application-form",
            "materials.business-licence",
            "materials.floor-plan",
            "materials.hygiene-test-report");

    // nobody else sees it: another citizen and staff get the answer for a draft that does not exist
    for (Api other : List.of(lisi, clerk, supervisor)) {
      assertJsonError(other.get("/api/application-drafts/" + id), 404);
      assertJsonError(
          other.put("/api/application-drafts/" + id, Api.json(Api.object("applicantName", "冒名"))),
          404);
      assertJsonError(other.delete("/api/application-drafts/" + id), 404);
      assertJsonError(
          other.post("/api/application-drafts/" + id + "/submit", "", "Idempotency-Key", "x"),
          other == lisi ? 404 : 403);
      assertThat(ids(other.get("/api/application-drafts").items())).doesNotContain(id);
    }

    // a malformed phone is refused with its field, and nothing of that request is saved
    Response refused =
        zhangsan.put(
            "/api/application-drafts/" + id,
            Api.json(Api.object("applicantName", "改了的名字", "contactPhone", "电话号码")));
    assertJsonError(refused, 400);
    assertThat(refused.json().path("problems").get(0).path("field").asText())
        .isEqualTo("contactPhone");
    assertThat(draft(id).path("applicantName").asText()).isEqualTo("张三理发店");

    // resumed later: the answers, then the files of the checklist
    assertStatus(
        zhangsan.put(
            "/api/application-drafts/" + id,
            Api.json(
                Api.object(
                    "applicantName", "张三理发店",
                    "contactPhone", "13800138000",
                    "description", "在迎泽大街开设理发店，申请公共场所卫生许可。"))),
        200);
    // an incomplete draft is not filed: every missing material is named with its field
    Response incomplete =
        zhangsan.post(
            "/api/application-drafts/" + id + "/submit",
            "",
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertJsonError(incomplete, 400);
    assertThat(fields(incomplete.json().path("problems")))
        .containsExactlyInAnyOrder(
            "materials.application-form",
            "materials.business-licence",
            "materials.floor-plan",
            "materials.hygiene-test-report");
    for (String material :
        List.of("application-form", "business-licence", "floor-plan", "hygiene-test-report")) {
      assertStatus(
          zhangsan.post(
              "/api/application-drafts/" + id + "/materials",
              Api.json(
                  Api.object(
                      "requirement",
                      material,
                      "fileName",
                      material + ".pdf",
                      "contentBase64",
                      Base64.getEncoder().encodeToString(PDF)))),
          200);
    }
    JsonNode complete = draft(id);
    assertThat(complete.path("missing")).isEmpty();
    assertThat(complete.path("materials")).hasSize(4);
    assertThat(ids(zhangsan.get("/api/application-drafts").items())).contains(id);

    // filed with a key; a retry answers the same application
    String key = UUID.randomUUID().toString();
    Response filed =
        assertStatus(
            zhangsan.post("/api/application-drafts/" + id + "/submit", "", "Idempotency-Key", key),
            201);
    String number = filed.json().path("number").asText();
    Response again =
        assertStatus(
            zhangsan.post("/api/application-drafts/" + id + "/submit", "", "Idempotency-Key", key),
            200);
    assertThat(again.json().path("number").asText()).isEqualTo(number);
    JsonNode application = application(zhangsan, number);
    assertThat(application.path("status").asText()).isEqualTo("SUBMITTED");
    assertThat(application.path("form").path("applicantName").asText()).isEqualTo("张三理发店");
    assertThat(application.path("materials")).hasSize(4);
    assertThat(draft(id).path("status").asText()).isEqualTo("SUBMITTED");
    assertThat(draft(id).path("applicationNumber").asText()).isEqualTo(number);
    assertThat(ids(zhangsan.get("/api/application-drafts").items())).doesNotContain(id);
    assertJsonError(zhangsan.delete("/api/application-drafts/" + id), 409);

    // the clerk lists two materials, one with what exactly is wrong
    assertThat(
            claimAndComplete(
                clerk,
                number,
                ACCEPT,
                "correct",
                "请一次性补正以下材料",
                List.of("business-licence：营业执照已过期，请提交有效期内的副本", "floor-plan")))
        .isEqualTo("CORRECTION_REQUESTED");
    JsonNode documents = application(zhangsan, number).path("documents");
    JsonNode notice =
        StreamSupport.stream(documents.spliterator(), false)
            .filter(d -> "correction-notice".equals(d.path("type").asText()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no correction notice in " + documents));
    String text = text(zhangsan.download(notice.path("url").asText()));
    assertThat(text)
        .contains("补正材料通知书", "营业执照复印件：营业执照已过期，请提交有效期内的副本", "经营场所平面布局图")
        .doesNotContain("business-licence", "floor-plan");
  }

  @Test
  void aRegistrationItemIsNotDraftedHereAndADraftCanBeDiscarded() {
    // business registration (多证合一) has its own drafts: the generic one refuses it as filing does
    for (String item : List.of("SC-0011", "SC-0013")) {
      assertThat(
              assertJsonError(
                      zhangsan.post(
                          "/api/application-drafts", Api.json(Api.object("itemCode", item))),
                      409)
                  .path("code")
                  .asText())
          .isEqualTo("error.application.registrationByForm");
    }
    assertThat(
            assertJsonError(
                    zhangsan.post(
                        "/api/application-drafts", Api.json(Api.object("itemCode", "NO-SUCH"))),
                    400)
                .path("code")
                .asText())
        .isEqualTo("error.item.unknown");
    // staff do not file applications, so they keep no drafts
    assertJsonError(
        clerk.post("/api/application-drafts", Api.json(Api.object("itemCode", ITEM))), 403);

    long id =
        assertStatus(
                zhangsan.post("/api/application-drafts", Api.json(Api.object("itemCode", ITEM))),
                201)
            .json()
            .path("id")
            .asLong();
    assertStatus(zhangsan.delete("/api/application-drafts/" + id), 204);
    assertJsonError(zhangsan.get("/api/application-drafts/" + id), 404);
  }

  private JsonNode draft(long id) {
    return assertStatus(zhangsan.get("/api/application-drafts/" + id), 200).json();
  }

  private static List<String> fields(JsonNode problems) {
    return StreamSupport.stream(problems.spliterator(), false)
        .map(p -> p.path("field").asText())
        .toList();
  }

  private static List<Long> ids(JsonNode items) {
    return StreamSupport.stream(items.spliterator(), false)
        .map(d -> d.path("id").asLong())
        .toList();
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
    }
  }
}
