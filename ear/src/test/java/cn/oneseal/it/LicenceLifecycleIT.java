package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertJsonError;
import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static cn.oneseal.it.support.Casework.ACCEPT;
import static cn.oneseal.it.support.Casework.DECIDE;
import static cn.oneseal.it.support.Casework.REVIEW;
import static cn.oneseal.it.support.Casework.await;
import static cn.oneseal.it.support.Casework.claimAndComplete;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.Registrations;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A business's licence over its life (issue 16, docs/licences.md): established as version 1, the
 * licence without a medium fetched by its holder and verified against the published certificate
 * alone, then a change of domicile (变更登记) through the same form, the window, the registration
 * review and the director: version 2 with the same credit code and the new domicile, version 1
 * superseded in the API and on the page its QR code opens, and the departments told of the change
 * with the credit code.
 */
@ExtendWith(OneSealServer.class)
class LicenceLifecycleIT {

  /** A department every company's data goes to; here a receiver that keeps what it takes. */
  private static final String CHANNEL = "statistical-registration";

  private static final String KEY_ID = "lifecycle-it";
  private static final String SECRET = "lifecycle-it-shared-secret-0123456789-abc";
  private static final String NEW_DOMICILE = "山西省太原市迎泽区迎泽大街1号";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static DepartmentExchangeIT.Receiver receiver;
  private static final Api ADMIN = Api.as("admin");

  private final Api zhangsan = Api.as("zhangsan");
  private final Api lisi = Api.as("lisi");
  private final Api clerk = Api.as("clerk");
  private final Api officer = Api.as("officer");
  private final Api director = Api.as("director");
  private final Api anonymous = Api.anonymous();

  @BeforeAll
  static void departmentReceiverOnline() throws IOException {
    receiver = DepartmentExchangeIT.Receiver.start(KEY_ID, SECRET);
    assertStatus(
        ADMIN.put(
            "/api/admin/exchange-channels/" + CHANNEL + "/connection",
            Api.json(
                Api.object(
                    "mode",
                    "https",
                    "endpointUrl",
                    receiver.url(),
                    "keyId",
                    KEY_ID,
                    "secret",
                    SECRET,
                    "timeoutSeconds",
                    3))),
        200);
  }

  @AfterAll
  static void backToTheSimulatedChannel() {
    try {
      assertStatus(
          ADMIN.put(
              "/api/admin/exchange-channels/" + CHANNEL + "/connection",
              Api.json(Api.object("mode", "simulated"))),
          200);
    } finally {
      if (receiver != null) {
        receiver.close();
      }
    }
  }

  @Test
  void theHolderFetchesASignedCredentialThatThePublishedCertificateAloneVerifies()
      throws Exception {
    String code = establish();
    JsonNode licence = assertStatus(anonymous.get("/api/licenses/" + code), 200).json();
    assertThat(licence.path("version").asInt()).isEqualTo(1);
    assertThat(licence.path("currentVersion").asInt()).isEqualTo(1);
    assertThat(licence.path("status").asText()).isEqualTo("valid");

    JsonNode credential =
        assertStatus(zhangsan.get("/api/licenses/" + code + "/credential"), 200).json();
    assertThat(credential.path("format").asText()).isEqualTo("JWS");
    assertThat(credential.path("certificateUrl").asText())
        .endsWith("/api/audit/system-certificate");
    String jws = credential.path("credential").asText();

    // the relying party: the certificate the bureau publishes, nothing else
    X509Certificate certificate =
        certificate(assertStatus(anonymous.get("/api/audit/system-certificate"), 200).body());
    assertThat(verifies(jws, certificate)).as("ES256 signature of %s", jws).isTrue();
    JsonNode header = part(jws, 0);
    assertThat(header.path("alg").asText()).isEqualTo("ES256");
    assertThat(Base64.getDecoder().decode(header.path("x5c").get(0).asText()))
        .isEqualTo(certificate.getEncoded());
    JsonNode claims = part(jws, 1);
    assertThat(claims.path("creditCode").asText()).isEqualTo(code);
    assertThat(claims.path("sub").asText()).isEqualTo(code);
    assertThat(claims.path("name").asText()).isEqualTo(licence.path("name").asText());
    assertThat(claims.path("version").asInt()).isEqualTo(1);
    assertThat(claims.path("status").asText()).isEqualTo("valid");
    assertThat(claims.path("verificationUrl").asText())
        .contains("/verify-licence.xhtml?code=" + code + "&v=1");
    long validity = claims.path("exp").asLong() - claims.path("iat").asLong();
    assertThat(Duration.ofSeconds(validity)).isEqualTo(Duration.ofHours(24));
    // a changed claim no longer verifies
    String[] parts = jws.split("\\.");
    String forged =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                    new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("\"valid\"", "\"VALID\"")
                        .getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];
    assertThat(verifies(forged, certificate)).isFalse();

    // staff may fetch it; another citizen is told the licence does not exist; nobody signed in 401
    assertStatus(clerk.get("/api/licenses/" + code + "/credential"), 200);
    assertJsonError(lisi.get("/api/licenses/" + code + "/credential"), 404);
    assertJsonError(lisi.get("/api/licenses/91140100MA0000000X/credential"), 404);
    assertJsonError(anonymous.get("/api/licenses/" + code + "/credential"), 401);

    // versions are whole numbers from 1; one never issued is not found
    JsonNode bad = assertJsonError(anonymous.get("/api/licenses/" + code + "?version=abc"), 400);
    assertThat(bad.path("problems").get(0).path("field").asText()).isEqualTo("version");
    assertJsonError(anonymous.get("/api/licenses/" + code + "?version=0"), 400);
    assertJsonError(anonymous.get("/api/licenses/" + code + "?version=2"), 404);

    // "my businesses" lists it for its holder only
    assertThat(codes(zhangsan.all("/api/licenses/mine"))).contains(code);
    assertThat(codes(lisi.all("/api/licenses/mine"))).doesNotContain(code);
  }

  @Test
  void aChangeOfDomicileIssuesVersionTwoAndVersionOneIsSupersededEverywhere() throws IOException {
    String code = establish();
    String oldDomicile =
        assertStatus(anonymous.get("/api/licenses/" + code), 200).json().path("domicile").asText();

    // only the holder may start a change; the form comes prefilled, the name fixed
    assertJsonError(
        lisi.post("/api/registrations/changes", Api.json(Api.object("creditCode", code))), 404);
    JsonNode draft =
        assertStatus(
                zhangsan.post(
                    "/api/registrations/changes", Api.json(Api.object("creditCode", code))),
                201)
            .json();
    assertThat(draft.path("changeOf").asText()).isEqualTo(code);
    assertThat(draft.path("domicile").asText()).isEqualTo(oldDomicile);
    assertThat(draft.path("problems")).as("%s", draft).isEmpty();
    long id = draft.path("id").asLong();

    Map<String, Object> form = Registrations.companyForm(draft.path("tradeName").asText());
    form.put("domicile", NEW_DOMICILE);
    form.put("tradeName", "别的字号"); // fixed: a change keeps the registered name
    JsonNode saved =
        assertStatus(zhangsan.put("/api/registrations/" + id, Api.json(form)), 200).json();
    assertThat(saved.path("problems")).as("%s", saved).isEmpty();
    assertThat(saved.path("fullName").asText()).isEqualTo(draft.path("fullName").asText());
    assertThat(saved.path("domicile").asText()).isEqualTo(NEW_DOMICILE);

    String number =
        assertStatus(
                zhangsan.post(
                    "/api/registrations/" + id + "/submit",
                    Api.json(Api.object("materials", List.of(material())))),
                201)
            .json()
            .path("number")
            .asText();
    JsonNode application = assertStatus(zhangsan.get("/api/applications/" + number), 200).json();
    assertThat(application.path("itemCode").asText()).isEqualTo("SC-0013");

    claimAndComplete(clerk, number, ACCEPT, "accept", "变更登记材料齐全，予以受理");
    claimAndComplete(officer, number, REVIEW, "approve", "形式审查通过");
    // nothing reaches the departments before the decision
    assertThat(pushes(number)).isEmpty();
    assertThat(claimAndComplete(director, number, DECIDE, "approve", "准予变更登记"))
        .isEqualTo("APPROVED");

    JsonNode current =
        await(
            "version 2 of " + code,
            () -> assertStatus(anonymous.get("/api/licenses/" + code), 200).json(),
            l -> l.path("version").asInt() == 2);
    assertThat(current.path("status").asText()).isEqualTo("valid");
    assertThat(current.path("domicile").asText()).isEqualTo(NEW_DOMICILE);
    assertThat(current.path("creditCode").asText()).isEqualTo(code);

    JsonNode first =
        assertStatus(anonymous.get("/api/licenses/" + code + "?version=1"), 200).json();
    assertThat(first.path("status").asText()).isEqualTo("superseded");
    assertThat(first.path("version").asInt()).isEqualTo(1);
    assertThat(first.path("currentVersion").asInt()).isEqualTo(2);
    assertThat(first.path("domicile").asText()).isEqualTo(oldDomicile);

    // the page the QR code of the old licence opens says so
    String page = anonymous.get("/verify-licence.xhtml?code=" + code + "&v=1").body();
    assertThat(page).contains("data-status=\"superseded\"", "营业执照已被替代", "现行有效的是第 2 版");
    String currentPage = anonymous.get("/verify-licence.xhtml?code=" + code + "&v=2").body();
    assertThat(currentPage).contains("data-status=\"valid\"").contains(NEW_DOMICILE);

    // the documents: 准予变更登记通知书 and the new licence, whose QR code names version 2
    JsonNode documents =
        await(
                "documents of " + number,
                () -> assertStatus(zhangsan.get("/api/applications/" + number), 200).json(),
                a -> types(a.path("documents")).contains("business-licence"))
            .path("documents");
    assertThat(types(documents)).contains("approval-decision", "business-licence");
    for (JsonNode document : documents) {
      byte[] pdf = zhangsan.download(document.path("url").asText());
      try (PDDocument loaded = Loader.loadPDF(pdf)) {
        String text = new PDFTextStripper().getText(loaded).replaceAll("\\s+", "");
        if ("approval-decision".equals(document.path("type").asText())) {
          assertThat(text).contains("准予变更登记通知书", "市场主体登记管理条例").doesNotContain("行政许可法");
        } else if ("business-licence".equals(document.path("type").asText())) {
          assertThat(text).contains("营业执照", code, NEW_DOMICILE.replaceAll("\\s+", ""));
        }
      }
    }

    // the departments received the change, with the credit code, after the new version
    JsonNode delivered =
        await(
            "pushes of " + number,
            () -> pushes(number),
            all -> all.size() > 0 && allDelivered(all));
    assertThat(delivered.size()).isGreaterThan(1);
    String pushId = null;
    for (JsonNode p : delivered) {
      if (CHANNEL.equals(p.path("push").path("certificateCode").asText())) {
        pushId = p.path("push").path("pushId").asText();
      }
    }
    assertThat(pushId).as("push to %s in %s", CHANNEL, delivered).isNotNull();
    JsonNode taken = receiver.taken(pushId);
    assertThat(taken.path("applicationNumber").asText()).isEqualTo(number);
    assertThat(taken.path("data").path("creditCode").asText()).isEqualTo(code);
    assertThat(taken.path("data").path("registration").asText()).isEqualTo("change");
    assertThat(taken.path("data").path("domicile").asText()).isEqualTo(NEW_DOMICILE);

    // the credential now states version 2; the licence of the change application is the new one
    JsonNode claims =
        part(
            assertStatus(zhangsan.get("/api/licenses/" + code + "/credential"), 200)
                .json()
                .path("credential")
                .asText(),
            1);
    assertThat(claims.path("version").asInt()).isEqualTo(2);
    assertThat(
            assertStatus(zhangsan.get("/api/applications/" + number + "/licence"), 200)
                .json()
                .path("version")
                .asInt())
        .isEqualTo(2);
  }

  /** Establishes a company of zhangsan's and returns its credit code. */
  private String establish() {
    String number = Registrations.submitCompany(zhangsan);
    claimAndComplete(clerk, number, ACCEPT, "accept", "一表申请齐全，予以受理");
    claimAndComplete(officer, number, REVIEW, "approve", "形式审查通过");
    await(
        "the director's task of " + number,
        () -> cn.oneseal.it.support.Casework.findTask(director, number, DECIDE),
        java.util.Optional::isPresent);
    claimAndComplete(director, number, DECIDE, "approve", "准予登记");
    return await(
            "licence of " + number,
            () -> zhangsan.get("/api/applications/" + number + "/licence"),
            r -> r.status() == 200)
        .json()
        .path("creditCode")
        .asText();
  }

  private static Map<String, Object> material() {
    return Api.object(
        "requirement",
        "change-resolution",
        "fileName",
        "股东会决议.pdf",
        "contentType",
        "application/pdf",
        "contentBase64",
        Base64.getEncoder().encodeToString("%PDF-1.4 change".getBytes(StandardCharsets.UTF_8)));
  }

  private JsonNode pushes(String number) {
    return clerk.all("/api/applications/" + number + "/pushes");
  }

  private static boolean allDelivered(JsonNode pushes) {
    for (JsonNode p : pushes) {
      if (!"DELIVERED".equals(p.path("push").path("status").asText())) {
        return false;
      }
    }
    return true;
  }

  private static List<String> types(JsonNode documents) {
    List<String> types = new ArrayList<>();
    documents.forEach(d -> types.add(d.path("type").asText()));
    return types;
  }

  private static List<String> codes(JsonNode businesses) {
    List<String> codes = new ArrayList<>();
    businesses.forEach(b -> codes.add(b.path("creditCode").asText()));
    return codes;
  }

  private static X509Certificate certificate(String pem) throws GeneralSecurityException {
    return (X509Certificate)
        CertificateFactory.getInstance("X.509")
            .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
  }

  private static JsonNode part(String jws, int index) throws IOException {
    return JSON.readTree(Base64.getUrlDecoder().decode(jws.split("\\.")[index]));
  }

  /**
   * What any relying party does with the JDK alone: ES256 over "header.payload", the signature
   * being R and S of 32 bytes each (RFC 7518 §3.4), which the JDK wants as DER.
   */
  private static boolean verifies(String jws, X509Certificate certificate)
      throws GeneralSecurityException {
    String[] parts = jws.split("\\.");
    byte[] concat = Base64.getUrlDecoder().decode(parts[2]);
    if (concat.length != 64) {
      return false;
    }
    byte[] r = new BigInteger(1, java.util.Arrays.copyOfRange(concat, 0, 32)).toByteArray();
    byte[] s = new BigInteger(1, java.util.Arrays.copyOfRange(concat, 32, 64)).toByteArray();
    byte[] der = new byte[6 + r.length + s.length];
    der[0] = 0x30;
    der[1] = (byte) (4 + r.length + s.length);
    der[2] = 0x02;
    der[3] = (byte) r.length;
    System.arraycopy(r, 0, der, 4, r.length);
    der[4 + r.length] = 0x02;
    der[5 + r.length] = (byte) s.length;
    System.arraycopy(s, 0, der, 6 + r.length, s.length);
    Signature verifier = Signature.getInstance("SHA256withECDSA");
    verifier.initVerify(certificate.getPublicKey());
    verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    return verifier.verify(der);
  }
}
