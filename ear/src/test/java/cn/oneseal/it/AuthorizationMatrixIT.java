package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertJsonError;
import static cn.oneseal.it.support.ApiAssertions.assertJsonErrorOrEmpty;
import static cn.oneseal.it.support.ApiAssertions.assertStatusIn;
import static cn.oneseal.it.support.Casework.ACCEPT;
import static cn.oneseal.it.support.Casework.DECIDE;
import static cn.oneseal.it.support.Casework.anyItemCode;
import static cn.oneseal.it.support.Casework.awaitTask;
import static cn.oneseal.it.support.Casework.claim;
import static cn.oneseal.it.support.Casework.complete;
import static cn.oneseal.it.support.Casework.findTask;
import static cn.oneseal.it.support.Casework.submit;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Api.Response;
import cn.oneseal.it.support.Caller;
import cn.oneseal.it.support.Casework;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.workflow.step.StepCatalogue;
import cn.oneseal.workflow.step.StepDefinition;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may do what, exactly: every role against every endpoint, with the status the contract
 * promises. Another citizen's application is "not found" (its existence is not disclosed); a role
 * that may never use an endpoint is "forbidden"; the supervisor reads everything and changes
 * nothing.
 */
@ExtendWith(OneSealServer.class)
class AuthorizationMatrixIT {

  /**
   * The contract allows either: for the admin, who may not see applications at all, and for a task
   * of another group.
   */
  static final int FORBIDDEN_OR_NOT_FOUND = -1;

  /**
   * Expected statuses in the order of {@link Caller}: anonymous, zhangsan, lisi, clerk, officer,
   * director, supervisor, admin.
   */
  enum Endpoint {
    LIST_ITEMS("GET /api/items", 200, 200, 200, 200, 200, 200, 200, 200),
    GET_ITEM("GET /api/items/{code}", 200, 200, 200, 200, 200, 200, 200, 200),
    SUBMIT("POST /api/applications", 401, 201, 201, 403, 403, 403, 403, 403),
    LIST_APPLICATIONS("GET /api/applications", 401, 200, 200, 200, 200, 200, 200, 403),
    GET_APPLICATION(
        "GET /api/applications/{zhangsan's}",
        401,
        200,
        404,
        200,
        200,
        200,
        200,
        FORBIDDEN_OR_NOT_FOUND),
    GET_UNKNOWN_APPLICATION(
        "GET /api/applications/{unknown}",
        401,
        404,
        404,
        404,
        404,
        404,
        404,
        FORBIDDEN_OR_NOT_FOUND),
    GET_HISTORY(
        "GET /api/applications/{zhangsan's}/history",
        401,
        200,
        404,
        200,
        200,
        200,
        200,
        FORBIDDEN_OR_NOT_FOUND),
    WITHDRAW(
        "POST /api/applications/{zhangsan's}/withdraw",
        401,
        200,
        404,
        403,
        403,
        403,
        403,
        FORBIDDEN_OR_NOT_FOUND),
    ANSWER_CORRECTION(
        "POST /api/applications/{zhangsan's, correction requested}/corrections",
        401,
        200,
        404,
        403,
        403,
        403,
        403,
        FORBIDDEN_OR_NOT_FOUND),
    ANSWER_UNREQUESTED_CORRECTION(
        "POST /api/applications/{zhangsan's, no correction requested}/corrections",
        401,
        409,
        404,
        403,
        403,
        403,
        403,
        FORBIDDEN_OR_NOT_FOUND),
    LIST_TASKS("GET /api/tasks", 401, 403, 403, 200, 200, 200, 403, 403),
    CLAIM(
        "POST /api/tasks/{acceptance}/claim",
        401,
        403,
        403,
        200,
        FORBIDDEN_OR_NOT_FOUND,
        FORBIDDEN_OR_NOT_FOUND,
        403,
        403),
    RELEASE(
        "POST /api/tasks/{acceptance, claimed by clerk}/release",
        401,
        403,
        403,
        200,
        FORBIDDEN_OR_NOT_FOUND,
        FORBIDDEN_OR_NOT_FOUND,
        403,
        403),
    COMPLETE(
        "POST /api/tasks/{acceptance}/complete",
        401,
        403,
        403,
        200,
        FORBIDDEN_OR_NOT_FOUND,
        FORBIDDEN_OR_NOT_FOUND,
        403,
        403),
    LIST_INCIDENTS("GET /api/admin/incidents", 401, 403, 403, 403, 403, 403, 403, 200),
    RETRY_INCIDENT(
        "POST /api/admin/incidents/{unknown}/retry", 401, 403, 403, 403, 403, 403, 403, 404);

    private final String label;
    private final int[] expected;

    Endpoint(String label, int... expected) {
      if (expected.length != Caller.values().length) {
        throw new IllegalArgumentException(label + ": one status per role");
      }
      this.label = label;
      this.expected = expected;
    }

    Set<Integer> expectedFor(Caller role) {
      int status = expected[role.ordinal()];
      return status == FORBIDDEN_OR_NOT_FOUND ? Set.of(403, 404) : Set.of(status);
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /** What a call worked on, for checking its effect. */
  private record Call(Response response, String number, String taskId) {}

  private static final Api ZHANGSAN = Api.as("zhangsan");
  private static final Api LISI = Api.as("lisi");
  private static final Api CLERK = Api.as("clerk");

  /** Read-only fixtures: nothing in this class changes them. */
  private static String zhangsansApplication;

  private static String lisisApplication;

  @BeforeAll
  static void submitOneApplicationEach() {
    zhangsansApplication = submit(ZHANGSAN);
    lisisApplication = submit(LISI);
  }

  static Stream<Arguments> matrix() {
    return Arrays.stream(Endpoint.values())
        .flatMap(
            endpoint ->
                Arrays.stream(Caller.values())
                    .map(role -> Arguments.of(endpoint, role, endpoint.expectedFor(role))));
  }

  @ParameterizedTest(name = "{0} as {1} → {2}")
  @MethodSource("matrix")
  void everyRoleGetsExactlyTheContractedStatus(
      Endpoint endpoint, Caller role, Set<Integer> expected) {
    Call call = call(endpoint, role);
    Response response = call.response();
    assertStatusIn(response, expected);
    int status = response.status();
    if (status == 401 || status == 403 || status == 404) {
      assertJsonErrorOrEmpty(response, expected);
    } else if (status == 409) {
      assertJsonError(response, 409);
    } else {
      assertSuccessEffect(endpoint, role, call);
    }
  }

  private Call call(Endpoint endpoint, Caller role) {
    Api caller = role.api();
    String itemCode = anyItemCode();
    return switch (endpoint) {
      case LIST_ITEMS -> new Call(caller.get("/api/items"), null, null);
      case GET_ITEM -> new Call(caller.get("/api/items/" + itemCode), null, null);
      case SUBMIT ->
          new Call(
              Casework.submitWithKey(caller, itemCode, UUID.randomUUID().toString()), null, null);
      case LIST_APPLICATIONS -> new Call(caller.get("/api/applications"), null, null);
      case GET_APPLICATION ->
          new Call(
              caller.get("/api/applications/" + zhangsansApplication), zhangsansApplication, null);
      // a number of the right shape that cannot exist yet
      case GET_UNKNOWN_APPLICATION ->
          new Call(caller.get("/api/applications/" + zhangsansApplication + "0"), null, null);
      case GET_HISTORY ->
          new Call(
              caller.get("/api/applications/" + zhangsansApplication + "/history"),
              zhangsansApplication,
              null);
      case WITHDRAW -> {
        String number = submit(ZHANGSAN);
        yield new Call(
            caller.post(
                "/api/applications/" + number + "/withdraw",
                Api.json(Api.object("reason", "不再需要"))),
            number,
            null);
      }
      case ANSWER_CORRECTION -> {
        JsonNode item = Casework.itemWithMaterials(1);
        String number = submit(ZHANGSAN, item.path("code").asText());
        Casework.claimAndComplete(
            CLERK,
            number,
            ACCEPT,
            "correct",
            "请补正材料",
            List.of(item.path("materials").get(0).path("code").asText()));
        yield new Call(answerCorrection(caller, number), number, null);
      }
      case ANSWER_UNREQUESTED_CORRECTION -> {
        String number = submit(ZHANGSAN);
        yield new Call(answerCorrection(caller, number), number, null);
      }
      case LIST_TASKS -> {
        String number = submit(ZHANGSAN);
        awaitTask(CLERK, number, ACCEPT);
        yield new Call(caller.get("/api/tasks"), number, null);
      }
      case CLAIM -> {
        String number = submit(ZHANGSAN);
        String taskId = awaitTask(CLERK, number, ACCEPT).path("id").asText();
        yield new Call(caller.post("/api/tasks/" + taskId + "/claim"), number, taskId);
      }
      case RELEASE -> {
        String number = submit(ZHANGSAN);
        String taskId = claim(CLERK, number, ACCEPT);
        yield new Call(caller.post("/api/tasks/" + taskId + "/release"), number, taskId);
      }
      case COMPLETE -> {
        String number = submit(ZHANGSAN);
        // only someone who may claim it can hold it; everyone else meets an unclaimed task
        String taskId =
            role == Caller.CLERK
                ? claim(CLERK, number, ACCEPT)
                : awaitTask(CLERK, number, ACCEPT).path("id").asText();
        yield new Call(complete(caller, taskId, "accept", "材料齐全，予以受理", null), number, taskId);
      }
      case LIST_INCIDENTS -> new Call(caller.get("/api/admin/incidents"), null, null);
      case RETRY_INCIDENT ->
          new Call(caller.post("/api/admin/incidents/no-such-incident/retry"), null, null);
    };
  }

  private static Response answerCorrection(Api caller, String number) {
    return caller.post(
        "/api/applications/" + number + "/corrections", Api.json(Api.object("note", "已补正")));
  }

  private void assertSuccessEffect(Endpoint endpoint, Caller role, Call call) {
    Response response = call.response();
    switch (endpoint) {
      case LIST_ITEMS -> {
        response.items();
        assertCatalogue(role.api().all("/api/items"));
      }
      case GET_ITEM -> assertThat(response.json().path("code").asText()).isEqualTo(anyItemCode());
      case SUBMIT -> {
        String number = response.json().path("number").asText();
        assertThat(number).as("%s", response).isNotBlank();
        assertThat(Casework.application(role.api(), number).path("status").asText())
            .isEqualTo("SUBMITTED");
      }
      case LIST_APPLICATIONS -> {
        response.items();
        // the first page holds the latest applications of every test; the whole list has these
        List<String> numbers = numbers(role.api().all("/api/applications"));
        switch (role) {
          case ZHANGSAN ->
              assertThat(numbers).contains(zhangsansApplication).doesNotContain(lisisApplication);
          case LISI ->
              assertThat(numbers).contains(lisisApplication).doesNotContain(zhangsansApplication);
          default -> assertThat(numbers).contains(zhangsansApplication, lisisApplication);
        }
      }
      case GET_APPLICATION -> {
        JsonNode application = response.json();
        assertThat(application.path("number").asText()).isEqualTo(zhangsansApplication);
        assertThat(application.path("itemCode").asText()).isEqualTo(anyItemCode());
        assertThat(application.path("form").path("applicantName").asText()).isEqualTo("张三");
      }
      case GET_HISTORY -> {
        JsonNode history = response.items();
        assertThat(history.size()).as("%s", response).isPositive();
        assertThat(history.get(0).path("actor").asText()).as("%s", response).isEqualTo("zhangsan");
      }
      case WITHDRAW -> {
        assertThat(response.json().path("status").asText())
            .as("%s", response)
            .isEqualTo("WITHDRAWN");
        assertThat(Casework.application(ZHANGSAN, call.number()).path("status").asText())
            .isEqualTo("WITHDRAWN");
      }
      case ANSWER_CORRECTION -> {
        assertThat(response.json().path("status").asText())
            .as("%s", response)
            .isEqualTo("SUBMITTED");
        assertThat(Casework.application(ZHANGSAN, call.number()).path("status").asText())
            .isEqualTo("SUBMITTED");
      }
      case LIST_TASKS -> {
        response.items();
        JsonNode tasks = role.api().all("/api/tasks");
        List<String> steps =
            StreamSupport.stream(tasks.spliterator(), false)
                .map(task -> task.path("step").asText())
                .toList();
        // the steps the step catalogue gives the role, in every process
        Set<String> ownSteps =
            switch (role) {
              case CLERK -> stepsOf("clerk");
              case OFFICER -> stepsOf("officer");
              case DIRECTOR -> stepsOf("director");
              default -> throw new AssertionError(role + " should not list tasks: " + response);
            };
        // a group sees its own steps only (the list may be empty for officer and director)
        assertThat(steps).as("steps in %s's tasks", role).allMatch(ownSteps::contains);
        if (role == Caller.CLERK) {
          assertThat(numbers(tasks, "applicationNumber")).contains(call.number());
        }
        for (JsonNode task : tasks) {
          assertThat(task.path("id").asText()).as("%s", task).isNotBlank();
          assertThat(task.path("applicationNumber").asText()).as("%s", task).isNotBlank();
          assertThat(task.path("name").asText()).as("%s", task).isNotBlank();
        }
      }
      case CLAIM ->
          assertThat(
                  findTask(role.api(), call.number(), ACCEPT)
                      .orElseThrow()
                      .path("assignee")
                      .asText())
              .isEqualTo(role.api().username());
      case RELEASE ->
          assertThat(
                  Casework.text(
                      findTask(CLERK, call.number(), ACCEPT).orElseThrow().path("assignee")))
              .as("assignee after release")
              .isBlank();
      case COMPLETE -> {
        assertThat(response.json().path("applicationNumber").asText()).isEqualTo(call.number());
        assertThat(response.json().path("status").asText()).isEqualTo("UNDER_REVIEW");
      }
      case LIST_INCIDENTS -> {
        JsonNode page = response.json();
        assertThat(page.path("items").isArray()).as("%s", response).isTrue();
        assertThat(page.path("page").asInt()).isZero();
        assertThat(page.path("size").asInt()).isEqualTo(20);
        assertThat(page.has("total")).as("%s", response).isTrue();
      }
      default -> throw new AssertionError("no success expected for " + endpoint);
    }
  }

  @Test
  void aCitizenCannotTellAnothersApplicationFromANonExistentOne() {
    Response others = ZHANGSAN.get("/api/applications/" + lisisApplication);
    Response unknown = ZHANGSAN.get("/api/applications/" + lisisApplication + "0");
    assertJsonErrorOrEmpty(others, 404);
    assertJsonErrorOrEmpty(unknown, 404);
    assertThat(others.json().path("code"))
        .as("same error for %s and %s", others, unknown)
        .isEqualTo(unknown.json().path("code"));
    assertJsonErrorOrEmpty(ZHANGSAN.get("/api/applications/" + lisisApplication + "/history"), 404);
    assertJsonErrorOrEmpty(LISI.get("/api/applications/" + zhangsansApplication + "/history"), 404);
  }

  @Test
  void theSupervisorReadsEveryonesApplicationsAndHistories() {
    Api supervisor = Api.as("supervisor");
    for (String number : List.of(zhangsansApplication, lisisApplication)) {
      assertThat(Casework.application(supervisor, number).path("number").asText())
          .isEqualTo(number);
      assertThat(Casework.history(supervisor, number).size()).isPositive();
    }
  }

  @Test
  void onlyTheDirectorDecides() {
    String number = Casework.submitUpToDecision(ZHANGSAN, "approve");
    String taskId = awaitTask(Api.as("director"), number, DECIDE).path("id").asText();
    for (String staff : List.of("clerk", "officer")) {
      Api other = Api.as(staff);
      assertJsonErrorOrEmpty(other.post("/api/tasks/" + taskId + "/claim"), Set.of(403, 404));
      assertJsonErrorOrEmpty(complete(other, taskId, "approve", "越权决定", null), Set.of(403, 404));
    }
    assertThat(Casework.application(ZHANGSAN, number).path("status").asText())
        .isEqualTo("AWAITING_DECISION");
  }

  @Test
  void unknownUsersAreUnauthorized() {
    assertJsonErrorOrEmpty(Api.as("nobody", Api.DEMO_PASSWORD).get("/api/applications"), 401);
    assertJsonErrorOrEmpty(Api.anonymous().get("/api/applications"), 401);
  }

  private static void assertCatalogue(JsonNode items) {
    assertThat(items.size()).as("approval items").isGreaterThanOrEqualTo(3);
    for (JsonNode item : items) {
      for (String field :
          List.of("code", "name", "nameEn", "department", "section", "legalBasis")) {
        assertThat(item.path(field).asText()).as("%s of %s", field, item).isNotBlank();
      }
      assertThat(item.path("statutoryDays").isInt()).as("statutoryDays of %s", item).isTrue();
      assertThat(item.path("promisedDays").isInt()).as("promisedDays of %s", item).isTrue();
      assertThat(item.path("promisedDays").asInt())
          .as("a promised time limit within the statutory one: %s", item)
          .isNotNegative()
          .isLessThanOrEqualTo(item.path("statutoryDays").asInt());
      assertThat(item.path("materials").size()).as("materials of %s", item).isPositive();
      for (JsonNode material : item.path("materials")) {
        assertThat(material.path("code").asText()).as("%s", material).isNotBlank();
        assertThat(material.path("name").asText()).as("%s", material).isNotBlank();
        assertThat(material.path("required").isBoolean()).as("required of %s", material).isTrue();
      }
    }
  }

  private static List<String> numbers(JsonNode applications) {
    return numbers(applications, "number");
  }

  private static List<String> numbers(JsonNode array, String field) {
    return StreamSupport.stream(array.spliterator(), false)
        .map(node -> node.path(field).asText())
        .toList();
  }

  /** The task keys the step catalogue gives a role, across all processes. */
  private static Set<String> stepsOf(String role) {
    return StepCatalogue.all().stream()
        .filter(step -> step.role().equals(role))
        .map(StepDefinition::taskKey)
        .collect(Collectors.toSet());
  }
}
