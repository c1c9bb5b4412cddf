package cn.oneseal.it.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * A node's readiness probe ({@code /health/ready} on its management interface). The process engine
 * is built beside the deployment, so a server whose first page already answers says DOWN for a few
 * more seconds (README, "The start"): these calls wait for UP.
 */
public final class Readiness {

  /** How long a node that answers its pages may take to build its engine and load its seal. */
  public static final Duration PATIENCE = Duration.ofSeconds(60);

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private Readiness() {}

  /** The management interface of the test server. */
  public static String testServer() {
    return "http://localhost:" + OneSealServer.MANAGEMENT_PORT;
  }

  /** The answer of {@code managementUrl}'s readiness probe once it is 200, within PATIENCE. */
  public static HttpResponse<String> awaitReady(String managementUrl) {
    return awaitReady(managementUrl, PATIENCE);
  }

  /**
   * The answer of {@code managementUrl}'s readiness probe once it is 200, within {@code patience};
   * a node still starting, whose management port does not listen yet, is waited for too.
   */
  public static HttpResponse<String> awaitReady(String managementUrl, Duration patience) {
    return Casework.await(
            "readiness of " + managementUrl,
            () -> {
              try {
                return Optional.of(get(managementUrl + "/health/ready"));
              } catch (UncheckedIOException notListeningYet) {
                return Optional.<HttpResponse<String>>empty();
              }
            },
            answer -> answer.filter(ready -> ready.statusCode() == 200).isPresent(),
            patience)
        .orElseThrow();
  }

  /** The data of the named check in a node's readiness, once the node is ready. */
  public static JsonNode checkData(String managementUrl, String check) {
    String body = awaitReady(managementUrl).body();
    try {
      for (JsonNode each : Api.JSON.readTree(body).path("checks")) {
        if (each.path("name").asText().equals(check)) {
          return each.path("data");
        }
      }
    } catch (JsonProcessingException e) {
      throw new AssertionError("readiness of " + managementUrl + " is not JSON: " + body, e);
    }
    throw new AssertionError("no " + check + " in the readiness of " + managementUrl + ": " + body);
  }

  /** A plain GET, for the management interface's other endpoints too. */
  public static HttpResponse<String> get(String url) {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException("GET " + url, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("GET " + url + " interrupted", e);
    }
  }
}
