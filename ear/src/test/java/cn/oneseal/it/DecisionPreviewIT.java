package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Casework;
import cn.oneseal.it.support.OneSealServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The director's preview of the decision before the seal (issue 17): the text shown is the text
 * that is then sealed — made by the same generator — it seals and decides nothing, and it is a read
 * of the case on the audit trail. Whether the screen refuses to seal without the confirmation is
 * StaffScreensBrowserIT's.
 */
@ExtendWith(OneSealServer.class)
class DecisionPreviewIT {

  private static final Api ZHANGSAN = Api.as("zhangsan");
  private static final Api DIRECTOR = Api.as("director");

  @Test
  void thePreviewedTextIsTheSealedText() throws IOException {
    String number = Casework.submitUpToDecision(ZHANGSAN, "approve");
    String taskId = Casework.awaitTask(DIRECTOR, number, Casework.DECIDE).path("id").asText();
    String opinion = "经审查，申请人提交的材料齐全、符合法定形式，准予行政许可。";
    assertThat(viewers(number)).doesNotContain("director");

    JsonNode preview =
        assertStatus(
                DIRECTOR.get(
                    "/api/tasks/"
                        + taskId
                        + "/decision-preview?outcome=approve&opinion="
                        + URLEncoder.encode(opinion, StandardCharsets.UTF_8)),
                200)
            .json();
    assertThat(preview.path("title").asText()).isEqualTo("准予行政许可决定书");
    assertThat(preview.path("documentNumber").asText()).contains(number);
    assertThat(preview.path("paragraphs").toString()).contains(opinion);
    // a preview decides nothing and seals nothing; it is a read of the case by the director
    JsonNode undecided = Casework.application(ZHANGSAN, number);
    assertThat(undecided.path("status").asText()).isEqualTo("AWAITING_DECISION");
    assertThat(types(undecided)).doesNotContain("approval-decision");
    assertThat(viewers(number)).contains("director");

    // the denial reads differently, from the same generator
    JsonNode denial =
        assertStatus(
                DIRECTOR.get("/api/tasks/" + taskId + "/decision-preview?outcome=deny&opinion=x"),
                200)
            .json();
    assertThat(denial.path("title").asText()).isEqualTo("不予行政许可决定书");

    assertThat(Casework.claimAndComplete(DIRECTOR, number, Casework.DECIDE, "approve", opinion))
        .isNotBlank();
    JsonNode decided = Casework.application(ZHANGSAN, number);
    String url = null;
    for (JsonNode document : decided.path("documents")) {
      if ("approval-decision".equals(document.path("type").asText())) {
        url = document.path("url").asText();
      }
    }
    assertThat(url).as("the sealed decision of %s", number).isNotNull();
    String sealed = text(ZHANGSAN.download(url));
    assertThat(sealed)
        .contains(squeezed(preview.path("issuer").asText()))
        .contains(squeezed(preview.path("title").asText()))
        .contains(squeezed(preview.path("documentNumber").asText()))
        .contains(squeezed(preview.path("addressee").asText() + "："));
    for (JsonNode paragraph : preview.path("paragraphs")) {
      assertThat(sealed).contains(squeezed(paragraph.asText()));
    }
  }

  private static String viewers(String number) {
    return assertStatus(ZHANGSAN.get("/api/applications/" + number + "/viewers"), 200)
        .json()
        .toString();
  }

  private static java.util.List<String> types(JsonNode application) {
    java.util.List<String> types = new java.util.ArrayList<>();
    application.path("documents").forEach(d -> types.add(d.path("type").asText()));
    return types;
  }

  private static String squeezed(String text) {
    return text.replaceAll("\\s+", "");
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return squeezed(new PDFTextStripper().getText(document));
    }
  }
}
