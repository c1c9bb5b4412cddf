package cn.oneseal.it.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A deliberately small HTTP client for the OneSeal REST API, acting as one demo account (HTTP
 * Basic, built by hand so that nothing is hidden) or as nobody.
 *
 * <pre>{@code
 * Response created = Api.as("zhangsan").post("/api/applications", body, "Idempotency-Key", key);
 * }</pre>
 */
public final class Api {

  public static final String DEMO_PASSWORD = "demo123";

  static final ObjectMapper JSON = new ObjectMapper();

  // HTTP/1.1: the JDK client would otherwise try an h2c upgrade on every plain-HTTP request.
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

  private final String username;
  private final String authorization;
  private final String baseUrl;

  private Api(String username, String authorization) {
    this(username, authorization, OneSealServer.BASE_URL);
  }

  private Api(String username, String authorization, String baseUrl) {
    this.username = username;
    this.authorization = authorization;
    this.baseUrl = baseUrl;
  }

  /** The same client, talking to the server at {@code baseUrl} (another node of a cluster). */
  public Api at(String baseUrl) {
    return new Api(username, authorization, baseUrl);
  }

  /** The demo account {@code username} with the demo password. */
  public static Api as(String username) {
    return as(username, DEMO_PASSWORD);
  }

  public static Api as(String username, String password) {
    String credentials = username + ":" + password;
    return new Api(
        username,
        "Basic "
            + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
  }

  /** A client that sends a personal access token ({@code Authorization: Bearer …}). */
  public static Api bearer(String token) {
    return new Api("token", "Bearer " + token);
  }

  public static Api anonymous() {
    return new Api(null, null);
  }

  /** The account's user name, or {@code null} when anonymous. */
  public String username() {
    return username;
  }

  public Response get(String path) {
    return send("GET", path, null, new String[0]);
  }

  /** {@code headers} are name, value pairs. */
  public Response get(String path, String... headers) {
    return send("GET", path, null, headers);
  }

  /** An action without parameters: posts an empty JSON object. */
  /**
   * Every row of a list (docs/conventions.md, "Lists"), read page after page of 100: a test looking
   * for its own record must not miss it because other tests' records fill the first page. Fails
   * when a page is not 200 or not of the page shape.
   */
  public ArrayNode all(String path) {
    ArrayNode rows = JSON.createArrayNode();
    String separator = path.contains("?") ? "&" : "?";
    for (int page = 0; ; page++) {
      Response answer = get(path + separator + "size=100&page=" + page);
      if (answer.status() != 200) {
        throw new AssertionError("expected 200: " + answer);
      }
      JsonNode items = answer.items();
      items.forEach(rows::add);
      if (items.size() < 100 || (long) (page + 1) * 100 >= answer.json().path("total").asLong()) {
        return rows;
      }
    }
  }

  public Response post(String path) {
    return send("POST", path, "{}", new String[0]);
  }

  public Response post(String path, String jsonBody) {
    return send("POST", path, jsonBody, new String[0]);
  }

  /** {@code headers} are name, value pairs, e.g. {@code "Idempotency-Key", key}. */
  public Response post(String path, String jsonBody, String... headers) {
    return send("POST", path, jsonBody, headers);
  }

  public Response put(String path, String jsonBody, String... headers) {
    return send("PUT", path, jsonBody, headers);
  }

  public Response delete(String path) {
    return send("DELETE", path, null, new String[0]);
  }

  /**
   * Posts raw bytes (a PDF, a multipart body) with their content type; {@code headers} are name,
   * value pairs.
   */
  public Response postBytes(String path, String contentType, byte[] body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(REQUEST_TIMEOUT)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(
          response.statusCode(), response.body(), response.headers(), "POST " + path);
    } catch (IOException e) {
      throw new UncheckedIOException("POST " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("POST " + path + " interrupted", e);
    }
  }

  /** The raw bytes of a download, e.g. a PDF, with its status. */
  public byte[] download(String path) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(REQUEST_TIMEOUT);
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      HttpResponse<byte[]> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new AssertionError("GET " + path + " answered " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException("GET " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("GET " + path + " interrupted", e);
    }
  }

  private Response send(String method, String path, String jsonBody, String[] headers) {
    if (headers.length % 2 != 0) {
      throw new IllegalArgumentException("headers are name, value pairs");
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(REQUEST_TIMEOUT);
    if (jsonBody == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .method(method, HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8))
          .header("Content-Type", "application/json; charset=UTF-8");
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    String description = method + " " + path + " as " + (username == null ? "anonymous" : username);
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(response.statusCode(), response.body(), response.headers(), description);
    } catch (IOException e) {
      throw new UncheckedIOException(description + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(description + " interrupted", e);
    }
  }

  /** Writes maps, lists, strings and numbers as JSON text. */
  public static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** An ordered map from key, value pairs: {@code json(object("reason", "…"))}. */
  public static Map<String, Object> object(Object... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("keys and values come in pairs");
    }
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  /**
   * One answer. {@code request} says what was asked ("POST /api/… as clerk"), so that a failed
   * assertion explains itself.
   */
  public record Response(int status, String body, HttpHeaders headers, String request) {

    /** The body as JSON; fails the test with the whole answer when it is not JSON. */
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (JsonProcessingException e) {
        throw new AssertionError("Not JSON: " + this, e);
      }
    }

    /**
     * The rows of a page ({@code {"items": [...], "page", "size", "total"}}); fails the test with
     * the whole answer when the body is not of that shape.
     */
    public JsonNode items() {
      JsonNode page = json();
      if (!page.path("items").isArray()
          || !page.path("page").isInt()
          || !page.path("size").isInt()
          || !page.path("total").isIntegralNumber()) {
        throw new AssertionError("Not a page {items, page, size, total}: " + this);
      }
      return page.path("items");
    }

    public Optional<String> header(String name) {
      return headers.firstValue(name);
    }

    @Override
    public String toString() {
      String shown =
          body == null ? "" : body.length() > 2000 ? body.substring(0, 2000) + "…" : body;
      return request + " → " + status + " " + shown;
    }
  }
}
