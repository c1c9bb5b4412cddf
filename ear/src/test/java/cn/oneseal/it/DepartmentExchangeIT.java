package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertJsonError;
import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static cn.oneseal.it.support.Casework.await;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Api.Response;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.PageSession;
import cn.oneseal.it.support.Registrations;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real exchange with a department (issue 13, docs/exchange.md): a receiver in this test — as a
 * department would write one — verifies the signature of every push, keeps each push once by its
 * push id, and can fail, answer late or answer "accepted, receipt later" on demand. The server runs
 * on this machine, so the channel points at {@code http://127.0.0.1:<port>} (plain HTTP is allowed
 * to loopback only). The test server retries a failed push once, a second later ({@code
 * ONESEAL_PUSH_RETRY_CYCLE=R2/PT1S}), then raises an incident.
 */
@ExtendWith(OneSealServer.class)
class DepartmentExchangeIT {

  /** A department every company registration's data goes to, and no other test configures. */
  private static final String CHANNEL = "seal-engraving-filing";

  private static final String KEY_ID = "seal-filing-it";
  private static final String SECRET = "it-shared-secret-0123456789-abcdefghij";
  private static final int TIMEOUT_SECONDS = 3;

  private static final ObjectMapper JSON = new ObjectMapper();

  private static Receiver receiver;

  private final Api zhangsan = Api.as("zhangsan");
  private final Api clerk = Api.as("clerk");
  private static final Api ADMIN = Api.as("admin");

  @BeforeAll
  static void departmentReceiverOnline() throws IOException {
    receiver = Receiver.start(KEY_ID, SECRET);
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
                    TIMEOUT_SECONDS))),
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
  void aSignedPushIsTakenOnceAndItsReceiptKept() {
    String number = registrationApproved(List.of());

    JsonNode push = awaitPush(number, "DELIVERED");
    String pushId = push.path("pushId").asText();
    assertThat(receiver.requests(pushId)).isEqualTo(1);
    assertThat(receiver.refusedSignatures()).isZero();
    assertThat(push.path("receiptNumber").asText()).isEqualTo(Receiver.receiptOf(pushId));
    assertThat(push.path("attempts").asInt()).isEqualTo(1);

    JsonNode document = receiver.taken(pushId);
    assertThat(document.path("pushId").asText()).isEqualTo(pushId);
    assertThat(document.path("applicationNumber").asText()).isEqualTo(number);
    assertThat(document.path("certificate").asText()).isEqualTo(CHANNEL);
    assertThat(document.path("data").path("name").asText()).endsWith("餐饮有限公司");
    // the data go out after the licence, keyed by its unified social credit code
    String creditCode =
        assertStatus(zhangsan.get("/api/applications/" + number + "/licence"), 200)
            .json()
            .path("creditCode")
            .asText();
    assertThat(creditCode).hasSize(18);
    assertThat(document.path("data").path("creditCode").asText()).isEqualTo(creditCode);
    assertThat(document.path("data").path("establishedOn").asText()).isNotBlank();
    assertThat(Instant.parse(document.path("sentAt").asText())).isNotNull();
  }

  @Test
  void aDepartmentThatIsDownIsRetriedAndTheIncidentRetriedOnceItIsUp() {
    String number = registrationApproved(List.of(Script.UNAVAILABLE, Script.UNAVAILABLE));

    JsonNode incident =
        await(
            "incident of the push of " + number,
            () -> pushStatus(number),
            p -> p.path("incident").asBoolean());
    JsonNode failed = incident.path("push");
    assertThat(failed.path("status").asText()).isEqualTo("FAILED");
    assertThat(failed.path("attempts").asInt()).isEqualTo(2);
    assertThat(failed.path("lastError").asText()).contains("503");
    String pushId = failed.path("pushId").asText();
    assertThat(receiver.requests(pushId)).isEqualTo(2);

    // the department is up again (its script is used up): staff retry the incident
    assertStatus(clerk.post("/api/applications/" + number + "/pushes/" + CHANNEL + "/retry"), 200);
    JsonNode delivered = awaitPush(number, "DELIVERED");
    assertThat(delivered.path("pushId").asText()).isEqualTo(pushId);
    assertThat(delivered.path("receiptNumber").asText()).isEqualTo(Receiver.receiptOf(pushId));
    assertThat(receiver.requests(pushId)).isEqualTo(3);
    assertThat(receiver.deliveriesOf(number)).isEqualTo(1);
  }

  @Test
  void aPushTakenWhoseAnswerIsLostIsSentAgainUnderTheSameIdAndTakenOnce() {
    // the department stores the push, then its answer is lost (500): for us nothing was delivered
    String number = registrationApproved(List.of(Script.TAKE_THEN_FAIL));

    JsonNode push = awaitPush(number, "DELIVERED");
    String pushId = push.path("pushId").asText();
    assertThat(receiver.requests(pushId)).isEqualTo(2);
    assertThat(receiver.deliveriesOf(number)).as("deliveries by push id").isEqualTo(1);
    assertThat(push.path("attempts").asInt()).isEqualTo(2);
    assertThat(push.path("receiptNumber").asText()).isEqualTo(Receiver.receiptOf(pushId));
  }

  @Test
  void anAnswerLaterThanTheChannelsTimeoutIsRetriedUnderTheSameIdAndTakenOnce() {
    String number = registrationApproved(List.of(Script.TAKE_THEN_ANSWER_LATE));

    JsonNode push = awaitPush(number, "DELIVERED");
    String pushId = push.path("pushId").asText();
    assertThat(receiver.requests(pushId)).isEqualTo(2);
    assertThat(receiver.deliveriesOf(number)).isEqualTo(1);
    assertThat(push.path("receiptNumber").asText()).isEqualTo(Receiver.receiptOf(pushId));
  }

  @Test
  void anAcceptedPushAwaitsTheSignedCallbackWhichCountsOnce() throws Exception {
    String number = registrationApproved(List.of(Script.ACCEPT_RECEIPT_LATER));

    JsonNode awaiting = awaitPush(number, "AWAITING_RECEIPT");
    String pushId = awaiting.path("pushId").asText();
    assertThat(
            awaiting.path("receiptNumber").isNull()
                || awaiting.path("receiptNumber").isMissingNode())
        .as("no receipt yet: %s", awaiting)
        .isTrue();
    String receipt = "SEAL-LATER-" + pushId.substring(0, 8);
    byte[] body = callback(pushId, receipt);

    // refused: no signature, a wrong secret, an old signature
    assertJsonError(
        Api.anonymous().postBytes("/api/exchange/receipts", "application/json", body), 401);
    assertJsonError(signed(body, "a-wrong-secret-of-more-than-32-characters!", Instant.now()), 401);
    assertJsonError(signed(body, SECRET, Instant.now().minus(Duration.ofMinutes(10))), 401);
    assertThat(pushOf(number).path("status").asText()).isEqualTo("AWAITING_RECEIPT");

    // the receipt: once recorded, again without change, another receipt refused
    JsonNode recorded = assertStatus(signed(body, SECRET, Instant.now()), 200).json();
    assertThat(recorded.path("changed").asBoolean()).isTrue();
    assertThat(recorded.path("status").asText()).isEqualTo("DELIVERED");
    JsonNode again = assertStatus(signed(body, SECRET, Instant.now()), 200).json();
    assertThat(again.path("changed").asBoolean()).isFalse();
    assertJsonError(signed(callback(pushId, "SEAL-OTHER"), SECRET, Instant.now()), 409);
    assertJsonError(
        signed(callback("00000000-0000-0000-0000-000000000000", receipt), SECRET, Instant.now()),
        404);

    JsonNode delivered = pushOf(number);
    assertThat(delivered.path("status").asText()).isEqualTo("DELIVERED");
    assertThat(delivered.path("receiptNumber").asText()).isEqualTo(receipt);
    assertThat(receiver.requests(pushId)).isEqualTo(1);
  }

  @Test
  void onlyAnAdministratorSetsAConnectionAndItsSecretIsNeverShown() {
    String path = "/api/admin/exchange-channels/" + CHANNEL + "/connection";
    assertJsonError(
        clerk.put(path, Api.json(Api.object("mode", "https", "endpointUrl", receiver.url()))), 403);
    JsonNode refused =
        assertJsonError(
            ADMIN.put(
                path,
                Api.json(
                    Api.object(
                        "mode",
                        "https",
                        "endpointUrl",
                        "http://department.example/receive",
                        "keyId",
                        "bad key",
                        "secret",
                        "short",
                        "timeoutSeconds",
                        600)),
                "Accept-Language",
                "en"),
            400);
    assertThat(StreamSupport.stream(refused.path("problems").spliterator(), false))
        .extracting(p -> p.path("field").asText())
        .contains("endpointUrl", "keyId", "secret", "timeoutSeconds");
    assertThat(refused.path("message").asText()).contains("HTTPS");
    assertThat(StreamSupport.stream(refused.path("problems").spliterator(), false))
        .extracting(p -> p.path("message").asText())
        .noneMatch(m -> m.isBlank() || m.startsWith("error."));
    assertJsonError(
        ADMIN.put(path, Api.json(Api.object("mode", "https", "endpointUrl", "not a url"))), 400);
    assertJsonError(ADMIN.put(path, Api.json(Api.object("mode", "ftp"))), 400);

    Response channels = assertStatus(ADMIN.get("/api/admin/exchange-channels"), 200);
    assertThat(channels.body()).doesNotContain(SECRET);
    JsonNode channel =
        StreamSupport.stream(channels.json().path("items").spliterator(), false)
            .filter(c -> CHANNEL.equals(c.path("certificateCode").asText()))
            .findFirst()
            .orElseThrow();
    assertThat(channel.path("mode").asText()).isEqualTo("https");
    assertThat(channel.path("endpointUrl").asText()).isEqualTo(receiver.url());
    assertThat(channel.path("keyId").asText()).isEqualTo(KEY_ID);
    assertThat(channel.path("secretSet").asBoolean()).isTrue();
    assertThat(channel.has("secret")).isFalse();

    PageSession.Answer page = PageSession.signedIn("admin").get("/admin/channels.xhtml");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("mode-" + CHANNEL)
        .contains(receiver.url())
        .doesNotContain(SECRET);
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * Submits a company registration, scripts the department's answers, and has it granted: the
   * pushes follow the licence.
   */
  private String registrationApproved(List<Script> answers) {
    String number = Registrations.submitCompany(zhangsan);
    receiver.script(number, answers);
    Registrations.approve(number);
    return number;
  }

  private JsonNode awaitPush(String number, String status) {
    return await(
        "push of " + number + " to " + CHANNEL + " " + status,
        () -> pushOf(number),
        p -> status.equals(p.path("status").asText()));
  }

  private JsonNode pushOf(String number) {
    return pushStatus(number).path("push");
  }

  /** The push with its incident, as staff see it; an empty object until it is planned. */
  private JsonNode pushStatus(String number) {
    return StreamSupport.stream(
            clerk.all("/api/applications/" + number + "/pushes").spliterator(), false)
        .filter(p -> CHANNEL.equals(p.path("push").path("certificateCode").asText()))
        .findFirst()
        .orElse(JSON.createObjectNode());
  }

  private static byte[] callback(String pushId, String receipt) {
    return Api.json(Api.object("pushId", pushId, "receipt", receipt))
        .getBytes(StandardCharsets.UTF_8);
  }

  private static Response signed(byte[] body, String secret, Instant at) {
    String timestamp = Long.toString(at.getEpochSecond());
    return Api.anonymous()
        .postBytes(
            "/api/exchange/receipts",
            "application/json",
            body,
            "X-OneSeal-Key-Id",
            KEY_ID,
            "X-OneSeal-Timestamp",
            timestamp,
            "X-OneSeal-Signature",
            "hmac-sha256=" + Base64.getEncoder().encodeToString(hmac(secret, timestamp, body)));
  }

  static byte[] hmac(String secret, String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestamp + "\n").getBytes(StandardCharsets.UTF_8));
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What the department does with the next push of an application. */
  enum Script {
    /** 503: the department's system is down. */
    UNAVAILABLE,
    /** Stores the push, then answers 500: the answer is lost after the data was taken. */
    TAKE_THEN_FAIL,
    /** Stores the push and answers only after the sender gave up (its next attempt arrived). */
    TAKE_THEN_ANSWER_LATE,
    /** 202: stored, the receipt follows by callback. */
    ACCEPT_RECEIPT_LATER
  }

  /**
   * A department's receiver as docs/exchange.md describes it: it verifies the signature, keeps each
   * push once by its push id and answers a push it already holds with the same receipt. Without a
   * script it answers at once with a receipt.
   */
  static final class Receiver implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final String keyId;
    private final String secret;
    private final Map<String, JsonNode> taken = new ConcurrentHashMap<>();
    private final Map<String, Integer> requests = new ConcurrentHashMap<>();
    private final Map<String, Deque<Script>> scripts = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> lateAnswers = new ConcurrentHashMap<>();
    private final List<String> refused = Collections.synchronizedList(new ArrayList<>());

    private Receiver(HttpServer server, String keyId, String secret) {
      this.server = server;
      this.keyId = keyId;
      this.secret = secret;
    }

    static Receiver start(String keyId, String secret) throws IOException {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      Receiver receiver = new Receiver(server, keyId, secret);
      server.createContext("/receive", receiver::handle);
      server.setExecutor(receiver.threads);
      server.start();
      return receiver;
    }

    String url() {
      return "http://127.0.0.1:" + server.getAddress().getPort() + "/receive";
    }

    static String receiptOf(String pushId) {
      return "SEAL-" + pushId.substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }

    void script(String applicationNumber, List<Script> answers) {
      scripts.put(applicationNumber, new ArrayDeque<>(answers));
    }

    int requests(String pushId) {
      return requests.getOrDefault(pushId, 0);
    }

    /** The pushes of an application this department holds (each push id once). */
    long deliveriesOf(String applicationNumber) {
      return taken.values().stream()
          .filter(d -> applicationNumber.equals(d.path("applicationNumber").asText()))
          .count();
    }

    JsonNode taken(String pushId) {
      return taken.get(pushId);
    }

    int refusedSignatures() {
      return refused.size();
    }

    private void handle(HttpExchange exchange) throws IOException {
      try (exchange) {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String timestamp = exchange.getRequestHeaders().getFirst("X-OneSeal-Timestamp");
        String signature = exchange.getRequestHeaders().getFirst("X-OneSeal-Signature");
        if (!"POST".equals(exchange.getRequestMethod())
            || !keyId.equals(exchange.getRequestHeaders().getFirst("X-OneSeal-Key-Id"))
            || timestamp == null
            || signature == null
            || !signature.startsWith("hmac-sha256=")
            || !MessageDigest.isEqual(
                Base64.getDecoder().decode(signature.substring("hmac-sha256=".length())),
                hmac(secret, timestamp, body))) {
          refused.add(new String(body, StandardCharsets.UTF_8));
          answer(exchange, 401, "{\"error\":\"bad signature\"}");
          return;
        }
        JsonNode document = JSON.readTree(body);
        String pushId = document.path("pushId").asText();
        if (!pushId.equals(exchange.getRequestHeaders().getFirst("X-OneSeal-Push-Id"))) {
          refused.add("push id header differs from the document's: " + pushId);
          answer(exchange, 400, "{\"error\":\"push id\"}");
          return;
        }
        requests.merge(pushId, 1, Integer::sum);
        CountDownLatch late = lateAnswers.remove(pushId);
        if (late != null) {
          late.countDown(); // the sender tries again: it has given up waiting for the late answer
        }
        Deque<Script> script =
            scripts.getOrDefault(document.path("applicationNumber").asText(), new ArrayDeque<>());
        Script next = script.pollFirst();
        if (next == Script.UNAVAILABLE) {
          answer(exchange, 503, "{\"error\":\"maintenance\"}");
          return;
        }
        taken.putIfAbsent(pushId, document);
        if (next == Script.TAKE_THEN_FAIL) {
          answer(exchange, 500, "{\"error\":\"stored, then lost the answer\"}");
        } else if (next == Script.TAKE_THEN_ANSWER_LATE) {
          CountDownLatch again = new CountDownLatch(1);
          lateAnswers.put(pushId, again);
          awaitQuietly(again);
          answerLate(exchange, pushId);
        } else if (next == Script.ACCEPT_RECEIPT_LATER) {
          answer(exchange, 202, "{\"status\":\"accepted\"}");
        } else {
          answer(exchange, 200, "{\"receipt\":\"" + receiptOf(pushId) + "\"}");
        }
      }
    }

    /** Waits for the sender's next attempt (at most a minute: then the test fails by itself). */
    private static void awaitQuietly(CountDownLatch latch) {
      try {
        latch.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    /** The sender has hung up by now; the late answer may find the connection closed. */
    private static void answerLate(HttpExchange exchange, String pushId) {
      try {
        answer(exchange, 200, "{\"receipt\":\"" + receiptOf(pushId) + "\"}");
      } catch (IOException expected) {
        System.err.println("[Receiver] late answer for " + pushId + " not delivered: " + expected);
      }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
      byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }

    @Override
    public void close() {
      lateAnswers.values().forEach(CountDownLatch::countDown);
      server.stop(0);
      threads.shutdownNow();
    }

    @Override
    public String toString() {
      Map<String, Object> state = new LinkedHashMap<>();
      state.put("taken", taken.keySet());
      state.put("requests", requests);
      state.put("refused", refused.size());
      return "Receiver" + state;
    }
  }
}
