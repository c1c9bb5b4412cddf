package cn.oneseal.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * Status and body checks shared by the API tests. Every failure message carries the request and the
 * whole answer.
 */
public final class ApiAssertions {

  private ApiAssertions() {}

  public static Response assertStatus(Response response, int expected) {
    assertThat(response.status()).as("%s", response).isEqualTo(expected);
    assertNoStackTrace(response);
    return response;
  }

  public static Response assertStatusIn(Response response, Set<Integer> expected) {
    assertThat(response.status()).as("%s", response).isIn(expected);
    assertNoStackTrace(response);
    return response;
  }

  /** An answer never shows server internals, whatever its status. */
  public static void assertNoStackTrace(Response response) {
    String body = response.body() == null ? "" : response.body();
    assertThat(body)
        .as("no stack trace or exception in %s", response)
        .doesNotContain("Exception")
        .doesNotContain("Caused by")
        .doesNotContainPattern("\\bat (java|jakarta|org|com|cn)\\.[\\w.$]+\\(");
  }

  /** The contract's error body: {@code {"code": "...", "message": "..."}}. */
  public static JsonNode assertJsonError(Response response, int expectedStatus) {
    assertStatus(response, expectedStatus);
    JsonNode error = response.json();
    assertThat(error.path("code").asText()).as("error code in %s", response).isNotBlank();
    assertThat(error.path("message").asText()).as("error message in %s", response).isNotBlank();
    return error;
  }

  /**
   * For refusals that the container may answer before the application sees the request (403, 404):
   * an empty body is fine, any body there is must be the contract's error JSON.
   */
  public static void assertJsonErrorOrEmpty(Response response, Set<Integer> expectedStatuses) {
    assertStatusIn(response, expectedStatuses);
    if (response.body() != null && !response.body().isBlank()) {
      JsonNode error = response.json();
      assertThat(error.path("code").asText()).as("error code in %s", response).isNotBlank();
      assertThat(error.path("message").asText()).as("error message in %s", response).isNotBlank();
    }
  }

  public static void assertJsonErrorOrEmpty(Response response, int expectedStatus) {
    assertJsonErrorOrEmpty(response, Set.of(expectedStatus));
  }
}
