package cn.oneseal.it.support;

import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;

/**
 * The moves of an approval as API calls — submit, find a task, claim it, complete it — so that the
 * tests read as the story they check. Every move asserts its own success; the tests assert what
 * follows from it.
 */
public final class Casework {

  /** BPMN user task ids, as the API reports them in {@code step}. */
  public static final String ACCEPT = "acceptApplication";

  public static final String REVIEW = "reviewApplication";
  public static final String DECIDE = "decideApplication";

  /** How long a consequence of an earlier call (a new task, a delivery) may take to show. */
  public static final Duration PATIENCE = Duration.ofSeconds(30);

  private static JsonNode catalogue;

  private Casework() {}

  public static synchronized JsonNode catalogue() {
    if (catalogue == null) {
      catalogue = Api.anonymous().all("/api/items");
      assertThat(catalogue.size()).as("approval items in %s", catalogue).isGreaterThanOrEqualTo(1);
    }
    return catalogue;
  }

  /**
   * An item that runs the plain path of the generic process (accept → review → decide), without
   * special steps, so that flow tests know which task comes next.
   */
  public static String anyItemCode() {
    return plainItems().get(0).path("code").asText();
  }

  private static List<JsonNode> plainItems() {
    List<JsonNode> plain = new ArrayList<>();
    for (JsonNode item : catalogue()) {
      // an item of another process (a registration, a deregistration, a technical contract) is
      // filed with its own form only, never generically
      if (item.path("specialSteps").isEmpty()
          && "PROMISED".equals(item.path("kind").asText())
          && "generalLicensing".equals(item.path("processKey").asText())) {
        plain.add(item);
      }
    }
    assertThat(plain).as("items without special steps in %s", catalogue()).isNotEmpty();
    return plain;
  }

  /** An item whose checklist has at least {@code count} materials (to ask for that many). */
  public static JsonNode itemWithMaterials(int count) {
    for (JsonNode item : plainItems()) {
      if (item.path("materials").size() >= count) {
        return item;
      }
    }
    throw new AssertionError(
        "The demo catalogue has no approval item with "
            + count
            + " or more materials: "
            + catalogue());
  }

  public static Map<String, Object> form(String applicantName) {
    return Api.object(
        "applicantName", applicantName,
        "contactPhone", "13800138000",
        "description", "集成测试申请 integration test application");
  }

  public static String submissionBody(String itemCode, Map<String, Object> form) {
    return Api.json(Api.object("itemCode", itemCode, "form", form));
  }

  public static Response submitWithKey(Api citizen, String itemCode, String idempotencyKey) {
    return citizen.post(
        "/api/applications",
        submissionBody(itemCode, form("张三")),
        "Idempotency-Key",
        idempotencyKey);
  }

  /** Submits an application for any item; returns its number. */
  public static String submit(Api citizen) {
    return submit(citizen, anyItemCode());
  }

  public static String submit(Api citizen, String itemCode) {
    Response created =
        assertStatus(submitWithKey(citizen, itemCode, UUID.randomUUID().toString()), 201);
    String number = created.json().path("number").asText();
    assertThat(number).as("number in %s", created).isNotBlank();
    return number;
  }

  public static JsonNode application(Api who, String number) {
    return assertStatus(who.get("/api/applications/" + number), 200).json();
  }

  public static JsonNode history(Api who, String number) {
    return who.all("/api/applications/" + number + "/history");
  }

  /** The entries of the case's history whose action is {@code action} (e.g. deemedAccepted). */
  public static List<JsonNode> historyEntries(Api who, String number, String action) {
    return StreamSupport.stream(history(who, number).spliterator(), false)
        .filter(entry -> action.equals(entry.path("action").asText()))
        .toList();
  }

  /** The numbers of the applications {@code who} may list. */
  public static List<String> numbersOf(Api who) {
    return StreamSupport.stream(who.all("/api/applications").spliterator(), false)
        .map(application -> application.path("number").asText())
        .toList();
  }

  public static Optional<JsonNode> findTask(Api staff, String number, String step) {
    return StreamSupport.stream(staff.all("/api/tasks").spliterator(), false)
        .filter(task -> number.equals(task.path("applicationNumber").asText()))
        .filter(task -> step.equals(task.path("step").asText()))
        .findFirst();
  }

  /** Waits until {@code staff} sees the {@code step} task of application {@code number}. */
  public static JsonNode awaitTask(Api staff, String number, String step) {
    return await(
            step + " task of " + number + " for " + staff.username(),
            () -> findTask(staff, number, step),
            Optional::isPresent)
        .orElseThrow();
  }

  public static void awaitNoTask(Api staff, String number, String step) {
    await(
        "no " + step + " task of " + number + " for " + staff.username(),
        () -> findTask(staff, number, step),
        Optional::isEmpty);
  }

  /**
   * Claims the {@code step} task of {@code number} unless it is already assigned to {@code staff}
   * (a process may hand a returning case to the same clerk); returns the task id.
   */
  public static String claim(Api staff, String number, String step) {
    JsonNode task = awaitTask(staff, number, step);
    String taskId = task.path("id").asText();
    if (!staff.username().equals(text(task.path("assignee")))) {
      assertStatus(staff.post("/api/tasks/" + taskId + "/claim"), 200);
    }
    return taskId;
  }

  /** Completes a task; {@code opinion} and {@code missing} are left out of the body when null. */
  public static Response complete(
      Api staff, String taskId, String outcome, String opinion, List<String> missing) {
    Map<String, Object> body = Api.object("outcome", outcome);
    if (opinion != null) {
      body.put("opinion", opinion);
    }
    if (missing != null) {
      body.put("missing", missing);
    }
    return staff.post("/api/tasks/" + taskId + "/complete", Api.json(body));
  }

  /** Completes a site inspection with the officers who inspected (two or more by law). */
  public static Response completeInspection(
      Api staff, String taskId, String findings, List<String> inspectors) {
    return staff.post(
        "/api/tasks/" + taskId + "/complete",
        Api.json(Api.object("outcome", "done", "opinion", findings, "inspectors", inspectors)));
  }

  /**
   * Claims and completes the task; asserts the answer names the application and returns its status.
   */
  public static String claimAndComplete(
      Api staff, String number, String step, String outcome, String opinion, List<String> missing) {
    String taskId = claim(staff, number, step);
    Response done = complete(staff, taskId, outcome, opinion, missing);
    if (done.status() == 409 && done.body().contains("error.task.changedConcurrently")) {
      // the test server's deemed-acceptance timer (PT5S) may fire as the window accepts, on a slow
      // machine: both touch the case, one answers 409 and is rolled back whole — a person would
      // retry, and so does the test, once
      done = complete(staff, taskId, outcome, opinion, missing);
    }
    assertStatus(done, 200);
    assertThat(done.json().path("applicationNumber").asText()).as("%s", done).isEqualTo(number);
    return done.json().path("status").asText();
  }

  public static String claimAndComplete(
      Api staff, String number, String step, String outcome, String opinion) {
    return claimAndComplete(staff, number, step, outcome, opinion, null);
  }

  /** Submits and has the clerk accept and the officer recommend: the director's turn. */
  public static String submitUpToDecision(Api citizen, String recommendation) {
    String number = submit(citizen);
    assertThat(claimAndComplete(Api.as("clerk"), number, ACCEPT, "accept", "材料齐全，予以受理"))
        .isEqualTo("UNDER_REVIEW");
    assertThat(
            claimAndComplete(
                Api.as("officer"), number, REVIEW, recommendation, "审查意见：" + recommendation))
        .isEqualTo("AWAITING_DECISION");
    return number;
  }

  /** Sleeps {@code duration}; an interruption fails the test. */
  public static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** Polls {@code probe} until {@code done} holds, for at most {@link #PATIENCE}. */
  public static <T> T await(String what, Supplier<T> probe, Predicate<T> done) {
    return await(what, probe, done, PATIENCE);
  }

  public static <T> T await(String what, Supplier<T> probe, Predicate<T> done, Duration patience) {
    long deadline = System.nanoTime() + patience.toNanos();
    T value = probe.get();
    while (!done.test(value)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "Waited " + patience.toSeconds() + " s for " + what + "; last seen: " + value);
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("Interrupted while waiting for " + what, e);
      }
      value = probe.get();
    }
    return value;
  }

  /**
   * Material codes of a {@code missing} list whose elements are codes or {@code {code, …}} objects.
   */
  public static List<String> codes(JsonNode missing) {
    List<String> codes = new ArrayList<>();
    for (JsonNode element : missing) {
      codes.add(element.isObject() ? element.path("code").asText() : element.asText());
    }
    return codes;
  }

  /** Reads the API's ISO-8601 timestamps, with or without an offset. */
  public static Instant instant(JsonNode value) {
    String text = value.asText();
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException notAnInstant) {
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException notOffset) {
        try {
          return ZonedDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notZoned) {
          try {
            return LocalDateTime.parse(text).atZone(ZoneId.systemDefault()).toInstant();
          } catch (DateTimeParseException e) {
            throw new AssertionError("Not an ISO-8601 timestamp: " + value, e);
          }
        }
      }
    }
  }

  /** The text of a value, empty for JSON null or an absent field ({@code asText()} says "null"). */
  public static String text(JsonNode value) {
    return isPresent(value) ? value.asText() : "";
  }

  public static boolean isPresent(JsonNode value) {
    return value != null && !value.isMissingNode() && !value.isNull();
  }
}
