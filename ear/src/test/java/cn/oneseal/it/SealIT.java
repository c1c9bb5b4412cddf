package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertJsonError;
import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static cn.oneseal.it.support.Casework.ACCEPT;
import static cn.oneseal.it.support.Casework.DECIDE;
import static cn.oneseal.it.support.Casework.awaitTask;
import static cn.oneseal.it.support.Casework.claimAndComplete;
import static cn.oneseal.it.support.Casework.complete;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Casework;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.PageSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One seal governs approval: the window's notices and the director's decisions are produced on
 * their acts, sealed with the bureau's seal (a PDF signature any reader recognises, plus SM2),
 * registered once each, downloadable by their applicant and verifiable by anyone; a changed byte is
 * reported; nobody but the director produces a decision, and the attempt is on record.
 */
@ExtendWith(OneSealServer.class)
class SealIT {

  private final Api zhangsan = Api.as("zhangsan");
  private final Api lisi = Api.as("lisi");
  private final Api clerk = Api.as("clerk");
  private final Api officer = Api.as("officer");
  private final Api director = Api.as("director");
  private final Api supervisor = Api.as("supervisor");
  private final Api anonymous = Api.anonymous();

  @Test
  void eachActProducesItsSealedRegisteredDocument() throws IOException {
    String number = Casework.submitUpToDecision(zhangsan, "approve");
    claimAndComplete(director, number, DECIDE, "approve", "符合法定条件，准予许可");

    JsonNode documents = application(number).path("documents");
    assertThat(types(documents)).containsExactly("acceptance-notice", "approval-decision");

    byte[] acceptance = zhangsan.download(documents.get(0).path("url").asText());
    String text = text(acceptance);
    assertThat(text).contains("受理通知书", "予以受理", number, "投诉电话");
    try (PDDocument pdf = Loader.loadPDF(acceptance)) {
      PDSignature signature = pdf.getLastSignatureDictionary();
      assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
      assertThat(signature.getName()).isNotBlank();
    }
    assertThat(text(zhangsan.download(documents.get(1).path("url").asText())))
        .contains("准予行政许可决定书", "符合法定条件，准予许可");

    JsonNode verified = verify(acceptance);
    assertThat(verified.path("sealed").asBoolean()).as("%s", verified).isTrue();
    assertThat(verified.path("intact").asBoolean()).isTrue();
    assertThat(verified.path("registered").asBoolean()).isTrue();
    assertThat(verified.path("sm2Valid").asBoolean()).isTrue();
    assertThat(verified.path("problems")).isEmpty();
    assertThat(verified.path("document").path("type").asText()).isEqualTo("acceptance-notice");
    assertThat(verified.path("document").path("status").asText()).isEqualTo("valid");

    // exactly one register entry per sealed document, each the act of the person who did it
    JsonNode register = supervisor.all("/api/seal-register?application=" + number);
    assertThat(register.size()).isEqualTo(documents.size());
    assertThat(
            StreamSupport.stream(register.spliterator(), false)
                .map(r -> r.path("sealedBy").asText()))
        .containsExactlyInAnyOrder("clerk", "director");
    assertThat(
            StreamSupport.stream(register.spliterator(), false)
                .map(r -> r.path("documentId").asLong())
                .distinct()
                .count())
        .isEqualTo(documents.size());

    // the applicant and staff download; another citizen does not
    assertStatus(lisi.get(documents.get(0).path("url").asText()), 404);
    assertThat(clerk.download(documents.get(0).path("url").asText())).isEqualTo(acceptance);

    // anyone may ask about a stored document by the token of its QR code
    String verification = documents.get(1).path("verification").asText();
    assertThat(verification).matches("/api/verifications/[0-9a-f]{24}");
    JsonNode byToken = assertStatus(anonymous.get(verification), 200).json();
    assertThat(byToken.path("sealed").asBoolean()).isTrue();
    assertThat(byToken.path("document").path("type").asText()).isEqualTo("approval-decision");
    assertThat(byToken.path("document").path("verificationToken").asText())
        .isEqualTo(verification.substring(verification.lastIndexOf('/') + 1));
    assertThat(byToken.path("document").has("id")).as("the public never learns ids").isFalse();
    assertThat(verified.path("document").has("id")).isFalse();
  }

  /**
   * Documents are not enumerated: there is no way to ask by the document's id, which counts up, and
   * tokens nobody issued — a guess, an id, something malformed — are all "not found".
   */
  @Test
  void nobodyVerifiesADocumentByItsIdOrByGuessingTokens() {
    String number = Casework.submit(zhangsan);
    claimAndComplete(clerk, number, ACCEPT, "accept", "予以受理");
    JsonNode document = application(number).path("documents").get(0);
    long id = document.path("id").asLong();
    String token = document.path("verification").asText().substring("/api/verifications/".length());

    for (Api caller : List.of(anonymous, zhangsan, clerk)) {
      assertJsonError(caller.get("/api/documents/" + id + "/verification"), 404);
    }
    assertJsonError(anonymous.get("/api/verifications/" + id), 404);
    StringBuilder other = new StringBuilder(token);
    other.setCharAt(0, token.charAt(0) == '0' ? '1' : '0');
    for (String guess :
        List.of(
            other.toString(),
            "0".repeat(24),
            token.toUpperCase(java.util.Locale.ROOT),
            token + "0",
            "%27%20or%201%3D1--",
            "x".repeat(300))) {
      JsonNode error = assertJsonError(anonymous.get("/api/verifications/" + guess), 404);
      assertThat(error.path("code").asText()).isEqualTo("error.document.verificationNotFound");
      assertThat(error.path("message").asText()).doesNotContain(guess);
    }
    assertStatus(anonymous.get("/api/verifications/" + token), 200);
  }

  @Test
  void aChangedByteIsReportedAsNotIntactAndNotRegistered() {
    String number = Casework.submit(zhangsan);
    claimAndComplete(clerk, number, ACCEPT, "accept", "予以受理");
    byte[] notice =
        zhangsan.download(application(number).path("documents").get(0).path("url").asText());

    byte[] changed = notice.clone();
    // a byte early in the file: inside the first signed range, far from the signature itself
    changed[400] = (byte) (changed[400] ^ 0x01);
    JsonNode verified = verify(changed);
    assertThat(verified.path("intact").asBoolean()).as("%s", verified).isFalse();
    assertThat(verified.path("registered").asBoolean()).isFalse();
    assertThat(codes(verified)).contains("verification.notIntact");

    // bytes appended after the seal: an update the seal does not cover
    byte[] appended =
        concat(notice, "\n% changed after sealing\n".getBytes(StandardCharsets.US_ASCII));
    JsonNode afterSeal = verify(appended);
    assertThat(afterSeal.path("intact").asBoolean()).as("%s", afterSeal).isFalse();
  }

  @Test
  void anythingButASealedPdfIsAnsweredWithAProblemNotAnError() {
    JsonNode garbage = verify("not a pdf at all".getBytes(StandardCharsets.UTF_8));
    assertThat(garbage.path("sealed").asBoolean()).isFalse();
    assertThat(codes(garbage)).contains("verification.malformed");
    assertThat(garbage.path("problems").get(0).path("message").asText())
        .doesNotContain("verification.");

    assertJsonError(anonymous.postBytes("/api/verifications", "application/pdf", new byte[0]), 400);
    assertJsonError(anonymous.get("/api/verifications/" + "f".repeat(24)), 404);
  }

  @Test
  void theVerificationFormAcceptsAnUploadedFile() {
    String number = Casework.submit(zhangsan);
    claimAndComplete(clerk, number, ACCEPT, "accept", "予以受理");
    byte[] notice =
        zhangsan.download(application(number).path("documents").get(0).path("url").asText());

    String boundary = "----oneseal" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"n.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    body.writeBytes(notice);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    JsonNode verified =
        assertStatus(
                anonymous.postBytes(
                    "/api/verifications",
                    "multipart/form-data; boundary=" + boundary,
                    body.toByteArray()),
                200)
            .json();
    assertThat(verified.path("sealed").asBoolean()).as("%s", verified).isTrue();
    assertThat(verified.path("registered").asBoolean()).isTrue();
  }

  @Test
  void correctionRefusalAndDenialNoticesSayWhatTheLawRequires() throws IOException {
    String corrected = Casework.submit(zhangsan);
    String taskId = Casework.claim(clerk, corrected, ACCEPT);
    assertStatus(complete(clerk, taskId, "correct", "请补正", List.of("营业执照复印件", "经营场所平面图")), 200);
    byte[] correction = download(corrected, "correction-notice");
    assertThat(text(correction)).contains("补正材料通知书", "一次性告知", "（1）营业执照复印件", "（2）经营场所平面图");
    assertAuthentic(correction, "correction-notice");

    String refused = Casework.submit(zhangsan);
    claimAndComplete(clerk, refused, ACCEPT, "refuse", "申请事项不属于本机关职权范围");
    byte[] refusal = download(refused, "refusal-notice");
    assertThat(text(refusal)).contains("不予受理通知书", "不属于本机关职权范围", "60日内", "6个月内");
    assertAuthentic(refusal, "refusal-notice");

    String denied = Casework.submitUpToDecision(zhangsan, "deny");
    claimAndComplete(director, denied, DECIDE, "deny", "经营场所与居民区距离不足");
    byte[] denial = download(denied, "denial-decision");
    assertThat(text(denial)).contains("不予行政许可决定书", "经营场所与居民区距离不足", "行政复议", "行政诉讼");
    assertAuthentic(denial, "denial-decision");
  }

  @Test
  void nobodyButTheDirectorProducesADecisionAndTheAttemptIsOnRecord() {
    String number = Casework.submitUpToDecision(zhangsan, "approve");
    String decide = awaitTask(director, number, DECIDE).path("id").asText();

    assertJsonError(complete(officer, decide, "approve", "越权决定", null), 403);
    assertJsonError(complete(clerk, decide, "approve", "越权决定", null), 403);

    assertThat(types(application(number).path("documents"))).containsExactly("acceptance-notice");
    JsonNode refusals = supervisor.all("/api/seal-register/refusals");
    assertThat(
            StreamSupport.stream(refusals.spliterator(), false)
                .filter(r -> number.equals(r.path("subjectId").asText()))
                .map(r -> r.path("actor").asText()))
        .contains("officer", "clerk");
    assertJsonError(zhangsan.get("/api/seal-register"), 403);
    assertJsonError(clerk.get("/api/seal-register"), 403);
  }

  /**
   * A refused seal attempt is an attempt to act: looking at the decision's task (its page, the API)
   * or claiming it is refused as the wrong role but is no attempt at a sealed act, so the record of
   * refused attempts stays free of it until someone really tries to decide.
   */
  @Test
  void lookingAtTheDecisionAsAnotherRoleIsRefusedButNotRecordedAsASealAttempt() {
    String number = Casework.submitUpToDecision(zhangsan, "approve");
    String decide = awaitTask(director, number, DECIDE).path("id").asText();

    assertJsonError(officer.get("/api/tasks/" + decide), 403);
    assertJsonError(clerk.get("/api/tasks/" + decide), 403);
    assertThat(PageSession.signedIn("officer").get("/staff/task.xhtml?id=" + decide).status())
        .isEqualTo(403);
    assertJsonError(officer.post("/api/tasks/" + decide + "/claim"), 403);
    assertThat(refusedActors(number)).isEmpty();

    assertJsonError(complete(officer, decide, "approve", "越权决定", null), 403);
    assertThat(refusedActors(number)).containsExactly("officer");
  }

  private List<String> refusedActors(String number) {
    return StreamSupport.stream(supervisor.all("/api/seal-register/refusals").spliterator(), false)
        .filter(r -> number.equals(r.path("subjectId").asText()))
        .map(r -> r.path("actor").asText())
        .toList();
  }

  /** The bureau's seal, unchanged, registered, with a matching SM2 signature. */
  private void assertAuthentic(byte[] pdf, String type) {
    JsonNode verified = verify(pdf);
    assertThat(verified.path("sealed").asBoolean()).as("%s", verified).isTrue();
    assertThat(verified.path("intact").asBoolean()).isTrue();
    assertThat(verified.path("registered").asBoolean()).isTrue();
    assertThat(verified.path("sm2Valid").asBoolean()).isTrue();
    assertThat(verified.path("document").path("type").asText()).isEqualTo(type);
  }

  private JsonNode application(String number) {
    return assertStatus(zhangsan.get("/api/applications/" + number), 200).json();
  }

  private byte[] download(String number, String type) {
    JsonNode documents = application(number).path("documents");
    for (JsonNode document : documents) {
      if (type.equals(document.path("type").asText())) {
        return zhangsan.download(document.path("url").asText());
      }
    }
    throw new AssertionError("no " + type + " in " + documents);
  }

  private JsonNode verify(byte[] pdf) {
    return assertStatus(anonymous.postBytes("/api/verifications", "application/pdf", pdf), 200)
        .json();
  }

  private static List<String> types(JsonNode documents) {
    return StreamSupport.stream(documents.spliterator(), false)
        .map(d -> d.path("type").asText())
        .toList();
  }

  private static List<String> codes(JsonNode verification) {
    return StreamSupport.stream(verification.path("problems").spliterator(), false)
        .map(p -> p.path("code").asText())
        .toList();
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
