package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Api.Response;
import cn.oneseal.it.support.OneSealServer;
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
}
