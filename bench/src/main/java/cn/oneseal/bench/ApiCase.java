package cn.oneseal.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The whole case over OneSeal's REST API, as its people do it: the citizen files, the clerk accepts
 * (the sealed acceptance notice is issued), the officer reviews, the director decides (the sealed
 * decision). Each person calls with a personal access token made once at the start ({@code POST
 * /api/account/tokens} with Basic), so that no call pays a password hash. Each step: the case's
 * open tasks, claim, complete.
 */
final class ApiCase implements CaseBench.Driver {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = "demo123";

  /** Who does each step, the BPMN task, the outcome and the status the case must reach. */
  private record Step(String kind, String user, String task, String outcome, String status) {}

  private static final List<Step> STEPS =
      List.of(
          new Step("accept", "clerk", "acceptApplication", "accept", "UNDER_REVIEW"),
          new Step("review", "officer", "reviewApplication", "approve", "AWAITING_DECISION"),
          new Step("decide", "director", "decideApplication", "approve", "APPROVED"));

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final String base;
  private final long serverPid;
  private final String itemCode;
  private final Map<String, String> tokens = new HashMap<>();
  private final List<String> decided = Collections.synchronizedList(new ArrayList<>());

  ApiCase(String base, long serverPid, String itemCode) throws IOException, InterruptedException {
    this.base = base;
    this.serverPid = serverPid;
    this.itemCode = itemCode;
    for (String user : List.of("zhangsan", "clerk", "officer", "director")) {
      String basic =
          Base64.getEncoder()
              .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
      JsonNode created =
          expect(
              send(
                  "POST",
                  "/api/account/tokens",
                  "Basic " + basic,
                  "{\"name\":\"bench "
                      + UUID.randomUUID()
                      + "\",\"scopes\":[\"read\",\"write\"],"
                      + "\"expiresInDays\":1}",
                  null),
              201);
      tokens.put(user, "Bearer " + created.path("token").asText());
    }
  }

  @Override
  public void runCase(int client, Timings timings) throws Exception {
    String form =
        "{\"itemCode\":\""
            + itemCode
            + "\",\"form\":{\"applicantName\":\"测评"
            + client
            + "\",\"contactPhone\":\"13800138000\",\"description\":\"issue 18 whole-case"
            + " benchmark\"}}";
    String number =
        timedJson(
                timings,
                "file",
                "POST",
                "/api/applications",
                "zhangsan",
                form,
                UUID.randomUUID().toString(),
                201)
            .path("number")
            .asText();
    for (Step step : STEPS) {
      String taskId = openTask(timings, number, step);
      timedJson(
          timings, "claim", "POST", "/api/tasks/" + taskId + "/claim", step.user, null, null, 200);
      String body =
          "{\"outcome\":\"" + step.outcome + "\",\"opinion\":\"基准测试意见 " + step.kind + "\"}";
      JsonNode done =
          timedJson(
              timings,
              step.kind,
              "POST",
              "/api/tasks/" + taskId + "/complete",
              step.user,
              body,
              null,
              200);
      if (!step.status.equals(done.path("status").asText())) {
        throw new AssertionError(step.kind + " of " + number + " answered " + done);
      }
    }
    decided.add(number);
  }

  /**
   * The case's open task for the step: the task appears in the same transaction as the last step.
   */
  private String openTask(Timings timings, String number, Step step) throws Exception {
    for (int attempt = 0; attempt < 200; attempt++) {
      JsonNode tasks =
          timedJson(
              timings,
              "tasks",
              "GET",
              "/api/applications/" + number + "/tasks",
              step.user,
              null,
              null,
              200);
      for (JsonNode task : tasks.path("items")) {
        if (step.task.equals(task.path("step").asText())) {
          return task.path("id").asText();
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no " + step.task + " task for " + number);
  }

  /** Waits for the deliveries of the run's decisions and reports when the last one was made. */
  @Override
  public void afterRun(String system, int clients, double seconds, int cases) throws Exception {
    long start = System.nanoTime();
    List<String> numbers;
    synchronized (decided) {
      numbers = new ArrayList<>(decided);
      decided.clear();
    }
    int documents = -1;
    for (String number : numbers) {
      for (int attempt = 0; ; attempt++) {
        JsonNode application =
            expect(
                send("GET", "/api/applications/" + number, tokens.get("zhangsan"), null, null),
                200);
        if (!application.path("deliveredAt").isMissingNode()
            && !application.path("deliveredAt").isNull()) {
          documents = application.path("documents").size();
          break;
        }
        if (attempt > 1200) {
          throw new AssertionError("no delivery of " + number + ": " + application);
        }
        Thread.sleep(100);
      }
    }
    double drain = (System.nanoTime() - start) / 1e9;
    Timings.result(
        system,
        clients,
        "delivered cases/s (incl. waiting for the last delivery)",
        String.format(Locale.ROOT, "%.2f", cases / (seconds + drain)));
    Timings.result(system, clients, "documents of a delivered case", String.valueOf(documents));
  }

  @Override
  public long pid() {
    return serverPid;
  }

  private JsonNode timedJson(
      Timings timings,
      String kind,
      String method,
      String path,
      String user,
      String body,
      String idempotencyKey,
      int status)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    HttpResponse<String> response = send(method, path, tokens.get(user), body, idempotencyKey);
    timings.record(kind, System.nanoTime() - start);
    return expect(response, status);
  }

  private HttpResponse<String> send(
      String method, String path, String authorization, String body, String idempotencyKey)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", authorization)
            .header("Accept", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (body != null) {
      request.header("Content-Type", "application/json; charset=UTF-8");
    }
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static JsonNode expect(HttpResponse<String> response, int status) throws IOException {
    if (response.statusCode() != status) {
      throw new AssertionError(
          response.request().method()
              + " "
              + response.request().uri()
              + " answered "
              + response.statusCode()
              + ": "
              + response.body());
    }
    String text = response.body();
    return text == null || text.isBlank() ? JSON.nullNode() : JSON.readTree(text);
  }
}
