package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertJsonError;
import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static cn.oneseal.it.support.Casework.ACCEPT;
import static cn.oneseal.it.support.Casework.anyItemCode;
import static cn.oneseal.it.support.Casework.application;
import static cn.oneseal.it.support.Casework.claimAndComplete;
import static cn.oneseal.it.support.Casework.numbersOf;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Api.Response;
import cn.oneseal.it.support.Casework;
import cn.oneseal.it.support.OneSealServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every uploaded file is taken for what its bytes are, not for what its name or the client says: a
 * renamed executable or a web page called {@code .pdf} is refused with a translated 400 that names
 * the file, what it is and what the material allows; a form over its limits is refused with the
 * limit; a good file is kept under a safe name with the detected type — and a refused form leaves
 * nothing behind.
 */
@ExtendWith(OneSealServer.class)
class UploadContentIT {

  /** The demo server's defaults (docs/conventions.md, "Uploads"). */
  private static final int MAX_FILES = 20;

  private static final int MAX_FILE_MB = 10;

  private static final byte[] PDF =
      ("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
              + "2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n")
          .getBytes(StandardCharsets.US_ASCII);

  private static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

  /** The headers of a Windows executable ("MZ", then the "PE" header where 0x3C points). */
  private static final byte[] EXE = windowsExecutable();

  private static final byte[] HTML =
      "<!DOCTYPE html><html><head><title>营业执照</title></head><body><script>alert(document.cookie)</script></body></html>"
          .getBytes(StandardCharsets.UTF_8);

  private final Api zhangsan = Api.as("zhangsan");

  @Test
  void aGoodPdfIsKeptUnderItsSafeNameWithTheTypeItsBytesHave() {
    Response created =
        assertStatus(
            submit(file("C:\\fakepath\\..\\营业执照副本.pdf", "application/octet-stream", PDF)), 201);
    String number = created.json().path("number").asText();

    JsonNode materials = application(zhangsan, number).path("materials");
    assertThat(materials).as("%s", materials).hasSize(1);
    JsonNode material = materials.get(0);
    assertThat(material.path("fileName").asText()).isEqualTo("营业执照副本.pdf");
    assertThat(material.path("contentType").asText()).isEqualTo("application/pdf");
    assertThat(material.path("sizeBytes").asLong()).isEqualTo(PDF.length);
    assertThat(zhangsan.download(material.path("downloadUrl").asText())).isEqualTo(PDF);
  }

  @Test
  void aRenamedExecutableIsRefusedWithWhatItIsAndNothingIsStored() {
    List<String> before = numbersOf(zhangsan);

    JsonNode error = assertJsonError(submit(file("营业执照.pdf", "application/pdf", EXE)), 400);

    assertThat(error.path("code").asText()).isEqualTo("error.upload.typeNotAllowed");
    assertThat(error.path("problems").get(0).path("field").asText()).isEqualTo("materials[0]");
    assertThat(error.path("message").asText())
        .contains("营业执照.pdf", "application/x-msdownload", "PDF, JPEG, PNG");
    assertThat(numbersOf(zhangsan)).isEqualTo(before);
  }

  @Test
  void aWebPageNamedPdfIsRefusedInTheCallersLanguage() {
    List<String> before = numbersOf(zhangsan);

    JsonNode error =
        assertJsonError(
            submit(List.of(file("licence.pdf", "application/pdf", HTML)), "Accept-Language", "en"),
            400);

    assertThat(error.path("code").asText()).isEqualTo("error.upload.typeNotAllowed");
    assertThat(error.path("message").asText())
        .isEqualTo(
            "The file \"licence.pdf\" is text/html by its content, not a format this material"
                + " allows (PDF, JPEG, PNG).");
    assertThat(numbersOf(zhangsan)).isEqualTo(before);
  }

  @Test
  void aFileOverTheLimitIsRefusedWithTheLimit() {
    List<String> before = numbersOf(zhangsan);
    byte[] oversize = Arrays.copyOf(PDF, MAX_FILE_MB * 1024 * 1024 + 1);

    JsonNode error = assertJsonError(submit(file("扫描件.pdf", "application/pdf", oversize)), 400);

    assertThat(error.path("code").asText()).isEqualTo("error.upload.tooLarge");
    assertThat(error.path("message").asText()).contains("扫描件.pdf", MAX_FILE_MB + " MB");
    assertThat(numbersOf(zhangsan)).isEqualTo(before);
  }

  @Test
  void tooManyFilesAreRefusedWithTheLimit() {
    List<String> before = numbersOf(zhangsan);
    List<Map<String, Object>> files = new ArrayList<>();
    for (int i = 0; i <= MAX_FILES; i++) {
      files.add(file("page-" + i + ".png", "image/png", PNG));
    }

    JsonNode error = assertJsonError(submit(files), 400);

    assertThat(error.path("code").asText()).isEqualTo("error.upload.tooMany");
    assertThat(error.path("problems").get(0).path("field").asText()).isEqualTo("materials");
    assertThat(error.path("message").asText()).contains(String.valueOf(MAX_FILES));
    assertThat(numbersOf(zhangsan)).isEqualTo(before);
  }

  @Test
  void contentThatIsNotBase64IsRefusedNamingTheField() {
    List<String> before = numbersOf(zhangsan);
    Map<String, Object> broken =
        Api.object(
            "fileName", "plan.pdf", "contentType", "application/pdf", "contentBase64", "%%%not");

    JsonNode error =
        assertJsonError(submit(List.of(file("ok.png", "image/png", PNG), broken)), 400);

    assertThat(error.path("code").asText()).isEqualTo("error.upload.notBase64");
    assertThat(error.path("problems").get(0).path("field").asText())
        .isEqualTo("materials[1].contentBase64");
    assertThat(numbersOf(zhangsan)).isEqualTo(before);
  }

  @Test
  void aCorrectionsFilesAreCheckedTheSameWay() {
    String number = Casework.submit(zhangsan);
    claimAndComplete(Api.as("clerk"), number, ACCEPT, "correct", "请补正", List.of("营业执照复印件"));

    JsonNode error =
        assertJsonError(correct(number, file("营业执照复印件.pdf", "application/pdf", HTML)), 400);
    assertThat(error.path("code").asText()).isEqualTo("error.upload.typeNotAllowed");
    JsonNode refused = application(zhangsan, number);
    assertThat(refused.path("status").asText()).isEqualTo("CORRECTION_REQUESTED");
    assertThat(refused.path("materials")).as("%s", refused).isEmpty();

    assertStatus(correct(number, file("/tmp/.营业执照复印件.png", "application/pdf", PNG)), 200);
    JsonNode corrected = application(zhangsan, number);
    assertThat(corrected.path("status").asText()).isEqualTo("SUBMITTED");
    assertThat(corrected.path("materials").get(0).path("fileName").asText())
        .isEqualTo("营业执照复印件.png");
    assertThat(corrected.path("materials").get(0).path("contentType").asText())
        .isEqualTo("image/png");
  }

  @Test
  void aMultipartBodyThatCannotBeReadIsABadRequest() {
    Api anonymous = Api.anonymous();
    String boundary = "----oneseal" + UUID.randomUUID();

    // no closing delimiter, the part's headers cut off
    byte[] truncated =
        ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filena")
            .getBytes(StandardCharsets.US_ASCII);
    assertJsonError(
        anonymous.postBytes(
            "/api/verifications", "multipart/form-data; boundary=" + boundary, truncated),
        400);
    // a multipart content type without its boundary
    assertJsonError(anonymous.postBytes("/api/verifications", "multipart/form-data", PDF), 400);
    // not multipart at all
    assertJsonError(
        anonymous.postBytes(
            "/api/verifications",
            "multipart/form-data; boundary=" + boundary,
            "just some text".getBytes(StandardCharsets.US_ASCII)),
        400);
  }

  /**
   * A page's upload form (the public verification page) sent cut off: the friendly error page with
   * 400, without internals — for a plain post and for an Ajax upload alike.
   */
  @Test
  void aPagesUploadThatCannotBeReadIsABadRequestWithTheFriendlyPage() {
    String boundary = "----oneseal" + UUID.randomUUID();
    byte[] truncated =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"verifyForm:pdfUpload_input\";"
                + " filename=\"a.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 cut")
            .getBytes(StandardCharsets.US_ASCII);

    for (String faces : List.of("", "partial/ajax")) {
      Response page =
          faces.isEmpty()
              ? Api.anonymous()
                  .postBytes(
                      "/verify.xhtml", "multipart/form-data; boundary=" + boundary, truncated)
              : Api.anonymous()
                  .postBytes(
                      "/verify.xhtml",
                      "multipart/form-data; boundary=" + boundary,
                      truncated,
                      "Faces-Request",
                      faces);
      assertThat(page.status()).as("%s", page).isEqualTo(400);
      assertThat(visibleText(page))
          .as("%s", page)
          .contains("请求无法处理")
          .doesNotContainIgnoringCase("exception")
          .doesNotContain("UT0");
    }
  }

  private static String visibleText(Response page) {
    return page.body()
        .replaceAll("(?is)<script.*?</script>", " ")
        .replaceAll("(?is)<style.*?</style>", " ")
        .replaceAll("(?s)<[^>]*>", " ");
  }

  private Response submit(Map<String, Object> file) {
    return submit(List.of(file));
  }

  private Response submit(List<Map<String, Object>> files, String... headers) {
    String[] all = new String[headers.length + 2];
    all[0] = "Idempotency-Key";
    all[1] = UUID.randomUUID().toString();
    System.arraycopy(headers, 0, all, 2, headers.length);
    return zhangsan.post(
        "/api/applications",
        Api.json(
            Api.object("itemCode", anyItemCode(), "form", Casework.form("张三"), "materials", files)),
        all);
  }

  private Response correct(String number, Map<String, Object> file) {
    return zhangsan.post(
        "/api/applications/" + number + "/corrections",
        Api.json(Api.object("note", "已补交", "materials", List.of(file))));
  }

  private static Map<String, Object> file(String name, String claimedType, byte[] content) {
    return Api.object(
        "fileName",
        name,
        "contentType",
        claimedType,
        "contentBase64",
        Base64.getEncoder().encodeToString(content));
  }

  private static byte[] windowsExecutable() {
    byte[] bytes = new byte[256];
    byte[] dos = HexFormat.of().parseHex("4d5a");
    System.arraycopy(dos, 0, bytes, 0, dos.length);
    bytes[0x3C] = (byte) 0x80;
    byte[] pe = HexFormat.of().parseHex("504500004c01");
    System.arraycopy(pe, 0, bytes, 0x80, pe.length);
    return bytes;
  }
}
