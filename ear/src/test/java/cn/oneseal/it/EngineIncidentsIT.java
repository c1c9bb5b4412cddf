package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertJsonError;
import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static cn.oneseal.it.support.Casework.ACCEPT;
import static cn.oneseal.it.support.Casework.DECIDE;
import static cn.oneseal.it.support.Casework.REVIEW;
import static cn.oneseal.it.support.Casework.await;
import static cn.oneseal.it.support.Casework.claimAndComplete;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.Registrations;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The administrators' list of the engine's incidents over the API: a step whose job ran out of
 * retries appears with its application, step and cause, whatever the process; the retry runs it
 * again once the cause is gone and the case moves on. Only administrators see and retry. The
 * failing step here is a department push over a closed channel (the one failure the test server can
 * cause at will); a failing licence issuance is proved on the engine in {@code
 * IncidentServiceTest}.
 */
@ExtendWith(OneSealServer.class)
class EngineIncidentsIT {

  private static final String TAX = "tax-registration";
  private static final String INCIDENTS = "/api/admin/incidents";

  private final Api zhangsan = Api.as("zhangsan");
  private final Api clerk = Api.as("clerk");
  private final Api officer = Api.as("officer");
  private final Api director = Api.as("director");
  private final Api admin = Api.as("admin");

  @Test
  void aStepOutOfRetriesIsListedForAdministratorsAndTheirRetryMovesTheCaseOn() {
    String number = Registrations.submitCompany(zhangsan);
    claimAndComplete(clerk, number, ACCEPT, "accept", "予以受理");
    claimAndComplete(officer, number, REVIEW, "approve", "形式审查通过");
    assertStatus(
        admin.put(
            "/api/admin/exchange-channels/" + TAX,
            Api.json(Api.object("available", false, "note", "税务系统升级维护"))),
        200);
    JsonNode incident;
    try {
      // the data go out after the licence: the director's grant starts the pushes
      claimAndComplete(director, number, DECIDE, "approve", "准予设立登记");
      incident =
          await(
                  "incident of " + number + " in the administrators' list",
                  () -> incidentOf(number),
                  Optional::isPresent)
              .orElseThrow();
    } finally {
      assertStatus(
          admin.put("/api/admin/exchange-channels/" + TAX, Api.json(Api.object("available", true))),
          200);
    }
    assertThat(incident.path("processKey").asText()).isEqualTo("businessRegistration");
    assertThat(incident.path("activityId").asText()).isEqualTo("pushToDepartment");
    assertThat(incident.path("activityName").asText()).isEqualTo("推送登记信息");
    assertThat(incident.path("type").asText()).isEqualTo("failedJob");
    assertThat(incident.path("message").asText()).contains("税务系统升级维护").doesNotContain("\n");
    assertThat(incident.path("jobId").asText()).isNotBlank();
    assertThat(incident.path("at").asText()).isNotBlank();
    String id = incident.path("id").asText();

    // only administrators retry
    assertJsonError(clerk.post(INCIDENTS + "/" + id + "/retry"), 403);
    assertJsonError(Api.anonymous().post(INCIDENTS + "/" + id + "/retry"), 401);

    JsonNode retried = assertStatus(admin.post(INCIDENTS + "/" + id + "/retry"), 200).json();
    assertThat(retried.path("id").asText()).isEqualTo(id);
    await(
        "the tax push of " + number + " delivered after the retry",
        () -> clerk.all("/api/applications/" + number + "/pushes"),
        all ->
            StreamSupport.stream(all.spliterator(), false)
                .anyMatch(
                    p ->
                        TAX.equals(p.path("push").path("certificateCode").asText())
                            && "DELIVERED".equals(p.path("push").path("status").asText())));
    assertThat(incidentOf(number)).isEmpty();
    // resolved: there is nothing left to retry
    assertJsonError(admin.post(INCIDENTS + "/" + id + "/retry"), 404);
  }

  @Test
  void theListIsPagedAndOnlyForAdministrators() {
    JsonNode page = assertStatus(admin.get(INCIDENTS), 200).json();
    assertThat(page.path("page").asInt()).isZero();
    assertThat(page.path("size").asInt()).isEqualTo(20);
    assertThat(page.path("items").isArray()).as("%s", page).isTrue();
    assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(page.path("items").size());
    JsonNode far = assertStatus(admin.get(INCIDENTS + "?page=1000&size=5"), 200).json();
    assertThat(far.path("page").asInt()).isEqualTo(1000);
    assertThat(far.path("size").asInt()).isEqualTo(5);
    assertThat(far.path("items")).isEmpty();

    assertJsonError(Api.anonymous().get(INCIDENTS), 401);
    for (Api other : new Api[] {zhangsan, clerk, director, Api.as("supervisor")}) {
      assertJsonError(other.get(INCIDENTS), 403);
    }
  }

  /** The open incident of an application, looked for among the newest 100. */
  private Optional<JsonNode> incidentOf(String number) {
    JsonNode page = assertStatus(admin.get(INCIDENTS + "?page=0&size=100"), 200).json();
    return StreamSupport.stream(page.path("items").spliterator(), false)
        .filter(i -> number.equals(i.path("applicationNumber").asText()))
        .findFirst();
  }
}
