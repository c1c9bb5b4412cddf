package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Api.Response;
import cn.oneseal.it.support.OneSealServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API describes itself: MicroProfile OpenAPI serves the document, YAML unless asked otherwise —
 * a valid OpenAPI 3.1 document (checked against the OpenAPI Initiative's JSON schema for 3.1, kept
 * in the test resources, by an independent JSON-schema validator), with a summary for every
 * operation, the security schemes and the installation's server.
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
    for (String path :
        List.of(
            "/api/items",
            "/api/applications",
            "/api/tasks",
            "/api/licenses/mine",
            "/api/public-notices")) {
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

  /** The licence lifecycle (issue 16): versions, the credential, my businesses, changes. */
  @Test
  void theLicenceLifecycleIsDescribed() {
    JsonNode paths =
        assertStatus(Api.anonymous().get("/openapi?format=JSON"), 200).json().path("paths");
    assertThat(paths.path("/api/licenses/{creditCode}").path("get").path("parameters").toString())
        .contains("\"name\":\"version\"");
    assertThat(paths.path("/api/licenses/{creditCode}/credential").has("get")).isTrue();
    assertThat(paths.path("/api/licenses/mine").has("get")).isTrue();
    assertThat(
            paths
                .path("/api/registrations/changes")
                .path("post")
                .path("requestBody")
                .isMissingNode())
        .isFalse();
  }

  @Test
  void theDocumentIsValidOpenApi31() {
    JsonNode document = assertStatus(Api.anonymous().get("/openapi?format=JSON"), 200).json();

    assertThat(document.path("openapi").asText()).matches("3\\.1\\.\\d+");
    assertThat(problems(document)).as("problems by the OpenAPI 3.1 schema").isEmpty();
  }

  /** The validator does find problems: without this, an empty list would prove nothing. */
  @Test
  void theValidatorRefusesABrokenDocument() {
    ObjectNode document =
        (ObjectNode) assertStatus(Api.anonymous().get("/openapi?format=JSON"), 200).json();
    document.remove("info");
    ((ObjectNode) document.path("paths")).putObject("no-leading-slash");

    assertThat(problems(document)).hasSizeGreaterThanOrEqualTo(2);
  }

  /**
   * A new operation without {@code @Operation(summary = …)} fails here (and in ApiOperationsTest).
   */
  @Test
  void everyOperationHasASummary() {
    JsonNode paths =
        assertStatus(Api.anonymous().get("/openapi?format=JSON"), 200).json().path("paths");
    List<String> without = new ArrayList<>();
    int operations = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      for (String method : List.of("get", "put", "post", "delete", "patch")) {
        JsonNode operation = path.getValue().path(method);
        if (operation.isMissingNode()) {
          continue;
        }
        operations++;
        if (operation.path("summary").asText().isBlank()) {
          without.add(method.toUpperCase() + " " + path.getKey());
        }
      }
    }
    assertThat(operations).isGreaterThan(50);
    assertThat(without).as("operations without a summary").isEmpty();
  }

  @Test
  void theDocumentNamesItsSecuritySchemesAndServer() {
    JsonNode document = assertStatus(Api.anonymous().get("/openapi?format=JSON"), 200).json();

    JsonNode schemes = document.path("components").path("securitySchemes");
    assertThat(schemes.path("basicAuth").path("type").asText()).isEqualTo("http");
    assertThat(schemes.path("basicAuth").path("scheme").asText()).isEqualTo("basic");
    assertThat(schemes.path("bearerAuth").path("type").asText()).isEqualTo("http");
    assertThat(schemes.path("bearerAuth").path("scheme").asText()).isEqualTo("bearer");
    assertThat(document.path("security").toString()).contains("basicAuth", "bearerAuth");
    assertThat(document.path("servers").path(0).path("url").asText())
        .isEqualTo(OneSealServer.BASE_URL);
  }

  private static Set<ValidationMessage> problems(JsonNode document) {
    try (InputStream schema = OpenApiIT.class.getResourceAsStream("/openapi/oas-3.1-schema.json")) {
      JsonSchema oas31 =
          JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
      return oas31.validate(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
