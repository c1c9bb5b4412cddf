package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Api.Response;
import cn.oneseal.it.support.OneSealServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API describes itself: MicroProfile OpenAPI serves the document, YAML unless asked otherwise.
 */
@ExtendWith(OneSealServer.class)
class OpenApiIT {

  @Test
  void theOpenApiDocumentDescribesTheApi() {
    Response document = assertStatus(Api.anonymous().get("/openapi"), 200);

    assertThat(document.header("Content-Type"))
        .as("%s", document)
        .hasValueSatisfying(type -> assertThat(type).containsIgnoringCase("yaml"));
    assertThat(document.body())
        .containsPattern("(?m)^openapi: 3\\.")
        .contains("/api/applications", "/api/tasks", "/api/items", "/api/admin/incidents");
  }

  /** A list's answer is described as the page shape, so that clients generated from it page too. */
  @Test
  void listsAreDescribedAsPages() {
    JsonNode document = assertStatus(Api.anonymous().get("/openapi?format=JSON"), 200).json();
    for (String path : List.of("/api/items", "/api/applications", "/api/tasks")) {
      JsonNode schema =
          document
              .path("paths")
              .path(path)
              .path("get")
              .path("responses")
              .path("200")
              .path("content")
              .path("application/json")
              .path("schema");
      String ref = schema.path("$ref").asText();
      JsonNode page =
          ref.isEmpty()
              ? schema
              : document
                  .path("components")
                  .path("schemas")
                  .path(ref.substring(ref.lastIndexOf('/') + 1));
      assertThat(page.path("properties").has("items")).as("%s: %s", path, page).isTrue();
      assertThat(page.path("properties").path("items").path("type").asText()).isEqualTo("array");
      for (String field : List.of("page", "size", "total")) {
        assertThat(page.path("properties").path(field).path("type").asText())
            .as("%s of %s: %s", field, path, page)
            .isEqualTo("integer");
      }
      for (String parameter : List.of("page", "size", "sort")) {
        assertThat(document.path("paths").path(path).path("get").path("parameters").toString())
            .as("%s parameter of %s", parameter, path)
            .contains("\"name\":\"" + parameter + "\"");
      }
    }
  }
}
