package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertNoStackTrace;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Api.Response;
import cn.oneseal.it.support.OneSealServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A hostile client's corpus over <b>every</b> write endpoint of the API, found in the server's own
 * OpenAPI document (so an endpoint added tomorrow is covered without anyone remembering): bodies
 * that are not JSON, JSON of the wrong shape, each property of the request type with a value of the
 * wrong type, a text far longer than any column, {@code null} inside a list, properties the type
 * does not have, and a body in the wrong media type. Every answer is a 4xx with a translated
 * message (Chinese by default, English on request) and no internals, and afterwards every list the
 * staff, supervisors and administrators can read counts what it counted before: nothing was stored.
 */
@ExtendWith(OneSealServer.class)
class BadInputCorpusIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Longer than every text column (the longest are 4000). */
  private static final String LONG_TEXT = "长".repeat(70_000);

  /** Who sends to which part of the API: a caller the endpoint's own checks would let in. */
  private static final Map<String, String> CALLER_BY_PREFIX =
      Map.ofEntries(
          Map.entry("/applications", "zhangsan"),
          Map.entry("/registrations", "zhangsan"),
          Map.entry("/application-drafts", "zhangsan"),
          Map.entry("/deregistrations", "zhangsan"),
          Map.entry("/technical-contracts", "zhangsan"),
          Map.entry("/innovation-vouchers", "lisi"),
          Map.entry("/names", "zhangsan"),
          Map.entry("/items", "admin"),
          Map.entry("/calendar", "admin"),
          Map.entry("/exchange-channels", "admin"),
          Map.entry("/system-clock", "admin"),
          Map.entry("/admin", "admin"),
          Map.entry("/inspection-plans", "supervisor"),
          Map.entry("/draws", "zhangsan"));

  @Test
  void noBadInputToAnyWriteEndpointEndsInAServerErrorOrStoresAnything() {
    JsonNode openApi = Api.anonymous().get("/openapi?format=JSON").json();
    Map<String, Long> before = counts(openApi);
    List<String> failures = new ArrayList<>();
    int sent = 0;
    int endpoints = 0;
    for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (String method : List.of("post", "put", "patch", "delete")) {
        JsonNode operation = path.getValue().path(method);
        if (operation.isMissingNode()) {
          continue;
        }
        endpoints++;
        if (!operation.has("requestBody") && !path.getKey().contains("{")) {
          continue; // no body to spoil, no identifier to forge: nothing bad to send
        }
        String url = concrete(path.getKey());
        Api caller = Api.as(callerFor(path.getKey()));
        JsonNode schema =
            resolve(
                openApi,
                operation
                    .path("requestBody")
                    .path("content")
                    .path("application/json")
                    .path("schema"));
        Map<String, String> corpus =
            method.equals("delete") ? Map.of("no body", "") : corpus(openApi, schema);
        for (Map.Entry<String, String> bad : corpus.entrySet()) {
          boolean english = (sent++ % 2) == 1;
          check(
              send(caller, method, url, bad.getValue(), english), bad.getKey(), english, failures);
        }
        if (operation.has("requestBody")) {
          Response wrongType =
              caller.postBytes(url, "text/plain", "itemCode=x".getBytes(StandardCharsets.UTF_8));
          if (method.equals("post")) {
            check(wrongType, "text/plain body", false, failures);
          }
        }
      }
    }
    assertThat(endpoints).as("write endpoints in the OpenAPI document").isGreaterThan(20);
    assertThat(failures).as("bad inputs answered wrongly (%d sent)", sent).isEmpty();
    assertThat(counts(openApi)).as("every list counts what it counted before").isEqualTo(before);
  }

  /** Bad bodies by description; per property of the request type, values of the wrong kind. */
  private static Map<String, String> corpus(JsonNode openApi, JsonNode schema) {
    Map<String, String> bodies = new LinkedHashMap<>();
    bodies.put("truncated JSON", "{\"a\": ");
    bodies.put("not JSON", "<xml/>");
    bodies.put("a list for an object", "[1, 2]");
    bodies.put("a number for an object", "42");
    bodies.put("an unknown property", "{\"zzUnknownProperty\": 1}");
    bodies.put("deep nesting", "[".repeat(5000) + "]".repeat(5000));
    JsonNode properties = schema.path("properties");
    for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> property = it.next();
      JsonNode type = resolve(openApi, property.getValue());
      String name = property.getKey();
      for (Map.Entry<String, Object> wrong : wrongValues(openApi, type).entrySet()) {
        ObjectNode body = JSON.createObjectNode();
        body.putPOJO(name, wrong.getValue());
        bodies.put(name + ": " + wrong.getKey(), body.toString());
      }
    }
    return bodies;
  }

  private static Map<String, Object> wrongValues(JsonNode openApi, JsonNode type) {
    Map<String, Object> values = new LinkedHashMap<>();
    switch (type.path("type").asText("object")) {
      case "string" -> {
        values.put("a number", 12345);
        values.put("70000 characters", LONG_TEXT);
      }
      case "boolean" -> values.put("a string", "true");
      case "integer" -> {
        values.put("a fraction", 1.5);
        values.put("a string", "7");
        values.put("out of range", new java.math.BigInteger("100000000000000000000000"));
      }
      case "number" -> values.put("a string", "seven");
      case "array" -> {
        values.put("a null element", JSON.createArrayNode().addNull());
        values.put("a string", "x");
        JsonNode items = resolve(openApi, type.path("items"));
        if ("string".equals(items.path("type").asText())) {
          values.put("an overlong element", JSON.createArrayNode().add(LONG_TEXT));
        }
      }
      default -> {
        values.put("a string", "x");
        values.put("a list", JSON.createArrayNode().add(1));
      }
    }
    return values;
  }

  /**
   * The statistics take their input as query parameters: hostile values of each are refused with a
   * translated 400, in both languages — never a 500, never a table.
   */
  @Test
  void statisticsQueriesRefuseHostileValues() {
    List<String> values =
        List.of(
            "2032-02-30",
            "31/12/2032",
            "'; drop table application; --",
            "<script>alert(1)</script>",
            "..%2F..%2Fetc%2Fpasswd",
            "\u0000",
            "长".repeat(2000),
            "-1",
            "2032-06-01T00:00:00Z");
    Map<String, String> endpoints = new LinkedHashMap<>();
    for (String v : values) {
      String q = java.net.URLEncoder.encode(v, StandardCharsets.UTF_8);
      endpoints.put("from=" + v, "/api/statistics?from=" + q);
      endpoints.put("to=" + v, "/api/statistics?to=" + q);
      endpoints.put("groupBy=" + v, "/api/statistics?groupBy=" + q);
      endpoints.put("format=" + v, "/api/statistics/export?format=" + q);
      endpoints.put("figure=" + v, "/api/statistics/cases?figure=" + q);
      endpoints.put("key=" + v, "/api/statistics/cases?figure=received&groupBy=month&key=" + q);
    }
    endpoints.put("a period of a million years", "/api/statistics?from=-999999999-01-01");
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, String> e : endpoints.entrySet()) {
      for (boolean english : new boolean[] {false, true}) {
        Response response =
            Api.as("supervisor").get(e.getValue(), "Accept-Language", english ? "en" : "zh-CN");
        if (response.status() != 400) {
          failures.add(response.request() + " → " + response.status());
        } else {
          check(response, abbreviate(e.getKey()), english, failures);
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  /**
   * The publications (双公示) take their filters as query parameters, anonymously: a hostile value of
   * a day, a kind, or a search text too long or with control characters is a translated 400; a
   * hostile text that is merely odd is a search that finds nothing — never a 500.
   */
  @Test
  void publicationQueriesRefuseHostileValues() {
    List<String> refused =
        List.of(
            "2032-02-30",
            "31/12/2032",
            "'; drop table publication; --",
            "<script>alert(1)</script>",
            "\u0000",
            "长".repeat(2000));
    Map<String, String> endpoints = new LinkedHashMap<>();
    for (String v : refused) {
      String q = java.net.URLEncoder.encode(v, StandardCharsets.UTF_8);
      endpoints.put("from=" + v, "/api/publications?from=" + q);
      endpoints.put("to=" + v, "/api/publications?to=" + q);
      endpoints.put("kind=" + v, "/api/publications?kind=" + q);
    }
    endpoints.put("q=NUL", "/api/publications?q=a%00b");
    endpoints.put("q=long", "/api/publications?q=" + "长".repeat(2000));
    endpoints.put("item=NUL", "/api/publications?item=a%00b");
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, String> e : endpoints.entrySet()) {
      for (boolean english : new boolean[] {false, true}) {
        Response response =
            Api.anonymous().get(e.getValue(), "Accept-Language", english ? "en" : "zh-CN");
        if (response.status() != 400) {
          failures.add(response.request() + " → " + response.status());
        } else {
          check(response, abbreviate(e.getKey()), english, failures);
        }
      }
    }
    for (String odd :
        List.of("'; drop table publication; --", "%_!", "<script>alert(1)</script>")) {
      Response response =
          Api.anonymous()
              .get(
                  "/api/publications?q=" + java.net.URLEncoder.encode(odd, StandardCharsets.UTF_8));
      if (response.status() != 200 || response.json().path("total").asInt() != 0) {
        failures.add(
            response.request() + " → " + response.status() + " " + abbreviate(response.body()));
      }
    }
    assertThat(failures).isEmpty();
  }

  /**
   * The director's preview of the decision (issue 17) takes the outcome and the opinion as query
   * parameters: an outcome the step does not offer, or an opinion longer than a completion takes,
   * is a translated 400 naming its field — never a 500 — and the case stays undecided.
   */
  @Test
  void decisionPreviewRefusesHostileValues() {
    String number =
        cn.oneseal.it.support.Casework.submitUpToDecision(Api.as("zhangsan"), "approve");
    String taskId =
        cn.oneseal.it.support.Casework.awaitTask(
                Api.as("director"), number, cn.oneseal.it.support.Casework.DECIDE)
            .path("id")
            .asText();
    String base = "/api/tasks/" + taskId + "/decision-preview";
    Map<String, String> endpoints = new LinkedHashMap<>();
    for (String v :
        List.of(
            "",
            "APPROVE",
            "'; drop table application; --",
            "<script>alert(1)</script>",
            "\u0000",
            "长".repeat(200))) {
      endpoints.put(
          "outcome=" + v,
          base + "?outcome=" + java.net.URLEncoder.encode(v, StandardCharsets.UTF_8));
    }
    endpoints.put("no outcome", base);
    endpoints.put(
        "opinion of 4001 characters", base + "?outcome=approve&opinion=" + "x".repeat(4001));
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, String> e : endpoints.entrySet()) {
      for (boolean english : new boolean[] {false, true}) {
        Response response =
            Api.as("director").get(e.getValue(), "Accept-Language", english ? "en" : "zh-CN");
        if (response.status() != 400) {
          failures.add(response.request() + " → " + response.status());
        } else {
          check(response, abbreviate(e.getKey()), english, failures);
          if (!response.body().contains("\"field\"")) {
            failures.add(response.request() + ": no field named in " + abbreviate(response.body()));
          }
        }
      }
    }
    assertThat(failures).isEmpty();
    assertThat(
            cn.oneseal.it.support.Casework.application(Api.as("zhangsan"), number)
                .path("status")
                .asText())
        .isEqualTo("AWAITING_DECISION");
  }

  private static void check(
      Response response, String what, boolean english, List<String> failures) {
    String label = response.request() + " with " + what + " → " + response.status();
    if (response.status() < 400 || response.status() >= 500) {
      failures.add(label + ": " + abbreviate(response.body()));
      return;
    }
    try {
      assertNoStackTrace(response);
    } catch (AssertionError e) {
      failures.add(label + ": internals shown");
      return;
    }
    if (response.body() == null || response.body().isBlank()) {
      return; // the container's own refusal (405 of an unknown method) carries no body
    }
    JsonNode error;
    try {
      error = JSON.readTree(response.body());
    } catch (java.io.IOException e) {
      failures.add(label + ": not JSON: " + abbreviate(response.body()));
      return;
    }
    String message = error.path("message").asText();
    boolean chinese =
        message
            .codePoints()
            .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    if (message.isBlank() || message.startsWith("error.")) {
      failures.add(label + ": untranslated message " + abbreviate(response.body()));
    } else if (english == chinese && response.status() == 400 && !message.contains("长")) {
      failures.add(
          label + ": message not in " + (english ? "English" : "Chinese") + ": " + message);
    }
  }

  private static Response send(
      Api caller, String method, String url, String body, boolean english) {
    String language = english ? "en" : "zh-CN";
    return switch (method) {
      case "put" -> caller.put(url, body, "Accept-Language", language);
      case "delete" -> caller.delete(url);
      default -> caller.post(url, body, "Accept-Language", language);
    };
  }

  /**
   * The total of every list without path parameters, as the staff, the supervisors and the
   * administrators see it.
   */
  private static Map<String, Long> counts(JsonNode openApi) {
    Map<String, Long> counts = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      if (path.getKey().contains("{") || path.getValue().path("get").isMissingNode()) {
        continue;
      }
      for (String who : List.of("director", "supervisor", "admin", "zhangsan")) {
        Response response = Api.as(who).get(path.getKey());
        if (response.status() == 200 && response.body().startsWith("{")) {
          JsonNode total = response.json().path("total");
          if (total.isNumber()) {
            counts.put(who + " " + path.getKey(), total.asLong());
          }
        }
      }
    }
    assertThat(counts).as("lists counted").hasSizeGreaterThan(5);
    return counts;
  }

  private static String callerFor(String path) {
    return CALLER_BY_PREFIX.entrySet().stream()
        .filter(e -> path.startsWith("/api" + e.getKey()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse("director");
  }

  /** A path with plausible values for its parameters; the body is refused before they matter. */
  private static String concrete(String template) {
    return template
        .replace("{year}", "2026")
        .replaceAll("\\{id}", "999999999")
        .replaceAll("\\{[^}]+}", "X1");
  }

  private static JsonNode resolve(JsonNode openApi, JsonNode schema) {
    JsonNode current = schema;
    for (int i = 0; i < 5 && current.has("$ref"); i++) {
      String ref = current.path("$ref").asText();
      current = openApi.at(ref.substring(1));
    }
    if (current.has("allOf") && current.path("allOf").size() == 1) {
      return resolve(openApi, current.path("allOf").get(0));
    }
    return current;
  }

  private static String abbreviate(String body) {
    return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
  }
}
