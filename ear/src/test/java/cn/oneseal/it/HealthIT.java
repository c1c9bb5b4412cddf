package cn.oneseal.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.Readiness;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an operations team watches, on the management port: readiness (the database answers, the
 * process engine is registered and answers, its job executor runs, the seal keys load) and liveness
 * as MicroProfile Health JSON, and the metrics in Prometheus text with the engine's failures and
 * the requests' counts and times.
 */
@ExtendWith(OneSealServer.class)
class HealthIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void readyWithEveryNamedCheckUp() throws IOException {
    HttpResponse<String> ready = Readiness.awaitReady(Readiness.testServer());

    assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
    JsonNode health = JSON.readTree(ready.body());
    assertThat(health.path("status").asText()).isEqualTo("UP");
    Map<String, JsonNode> checks = new HashMap<>();
    health.path("checks").forEach(check -> checks.put(check.path("name").asText(), check));
    assertThat(checks)
        .containsKeys(
            "oneseal-database",
            "oneseal-process-engine",
            "oneseal-job-executor",
            "oneseal-seal-keys");
    checks.forEach(
        (name, check) ->
            assertThat(check.path("status").asText()).as("%s: %s", name, check).isEqualTo("UP"));

    assertThat(checks.get("oneseal-database").path("data").path("schemaVersion").asText())
        .isNotBlank();
    assertThat(checks.get("oneseal-process-engine").path("data").path("processDefinitions").asInt())
        .isGreaterThanOrEqualTo(3);
    JsonNode executor = checks.get("oneseal-job-executor").path("data");
    assertThat(executor.path("active").asBoolean()).isTrue();
    // the node's name among the nodes of a cluster, and production's lock time (docs/cluster.md)
    assertThat(executor.path("lockOwner").asText()).as("%s", executor).isNotBlank();
    assertThat(executor.path("lockTimeSeconds").asLong()).as("%s", executor).isEqualTo(300);
    assertThat(executor.has("failedJobs")).as("%s", executor).isTrue();
    assertThat(executor.has("openIncidents")).as("%s", executor).isTrue();
    JsonNode seal = checks.get("oneseal-seal-keys").path("data");
    assertThat(seal.path("certificateSerial").asText()).isNotBlank();
    assertThat(seal.path("sm2CertificateSerial").asText()).isNotBlank();
  }

  @Test
  void live() throws IOException {
    HttpResponse<String> live = management("/health/live");

    assertThat(live.statusCode()).as(live.body()).isEqualTo(200);
    assertThat(JSON.readTree(live.body()).path("status").asText()).isEqualTo("UP");
  }

  @Test
  void metricsInPrometheusTextWithTheEngineGaugesAndRequestTimes() {
    // at least one request of the application, so that its request metrics exist
    assertThat(application("/api/items").statusCode()).isEqualTo(200);

    HttpResponse<String> metrics = management("/metrics");

    // WildFly 39 sends the text format without a Content-Type (README: Prometheus 3 needs
    // fallback_scrape_protocol); the body is Prometheus text
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body())
        .containsPattern("(?m)^# TYPE \\w+ (gauge|counter)$")
        .containsPattern("(?m)^undertow_request_count_total\\{.*name=\"Faces Servlet\".*\\} ")
        .contains("# TYPE oneseal_engine_jobs_failed gauge")
        .contains("# TYPE oneseal_engine_incidents_open gauge")
        .containsPattern("(?m)^oneseal_engine_jobs_failed(\\{[^}]*\\})? [0-9.]+(E[0-9]+)?$")
        .containsPattern("(?m)^oneseal_engine_incidents_open(\\{[^}]*\\})? [0-9.]+(E[0-9]+)?$")
        .containsPattern("(?m)^oneseal_http_server_requests_seconds_count\\{.*\\} [0-9.]+");
  }

  private static HttpResponse<String> management(String path) {
    return Readiness.get(Readiness.testServer() + path);
  }

  private static HttpResponse<String> application(String path) {
    return Readiness.get(OneSealServer.BASE_URL + path);
  }
}
