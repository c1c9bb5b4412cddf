package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertJsonError;
import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static cn.oneseal.it.support.Casework.ACCEPT;
import static cn.oneseal.it.support.Casework.DECIDE;
import static cn.oneseal.it.support.Casework.REVIEW;
import static cn.oneseal.it.support.Casework.claimAndComplete;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.domain.model.registration.CreditCode;
import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Api.Response;
import cn.oneseal.it.support.Casework;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 双随机一公开 on the deployed server: the supervision plans a joint check of market regulation and
 * health over the businesses OneSeal approved in one area, fixes the pools (their hashes public
 * before the draw), draws with a public seed; anyone fetches the draw and replays it to the same
 * bytes, and a changed pool entry changes its hash; the two inspectors drawn for a subject (of
 * different units) record the result, nobody else may; the supervision publishes it, the public
 * then reads it, and a result left unpublished past 20 working days shows as overdue.
 */
@ExtendWith(OneSealServer.class)
class InspectionsIT {

  private static final Api SUPERVISOR = Api.as("supervisor");
  private static final Api ANONYMOUS = Api.anonymous();

  /** A division of its own, so that this class's pool holds only its own subjects. */
  private static String area;

  private static final List<String> CODES = new ArrayList<>();

  @BeforeAll
  static void threeApprovedBusinessesInAnAreaOfTheirOwn() {
    area = "14" + String.format("%04d", ThreadLocalRandom.current().nextInt(10000));
    for (int i = 0; i < 3; i++) {
      String code =
          CreditCode.compose(
                  '9',
                  '1',
                  area,
                  CreditCode.bodyFor(ThreadLocalRandom.current().nextLong(1, 800_000_000L)))
              .value();
      CODES.add(code);
      approved(code, "抽查测试企业" + i + "有限公司");
    }
  }

  private static void approved(String creditCode, String name) {
    Map<String, Object> form = new java.util.LinkedHashMap<>(Casework.form(name));
    form.put("creditCode", creditCode);
    Response created =
        assertStatus(
            Api.as("zhangsan")
                .post(
                    "/api/applications",
                    Casework.submissionBody(Casework.anyItemCode(), form),
                    "Idempotency-Key",
                    UUID.randomUUID().toString()),
            201);
    String number = created.json().path("number").asText();
    assertThat(claimAndComplete(Api.as("clerk"), number, ACCEPT, "accept", "材料齐全，予以受理"))
        .isEqualTo("UNDER_REVIEW");
    assertThat(claimAndComplete(Api.as("officer"), number, REVIEW, "approve", "符合条件"))
        .isEqualTo("AWAITING_DECISION");
    assertThat(claimAndComplete(Api.as("director"), number, DECIDE, "approve", "准予许可"))
        .isEqualTo("APPROVED");
  }

  private static String plan(Object... extra) {
    Map<String, Object> body =
        new java.util.LinkedHashMap<>(
            Api.object(
                "name",
                "集成测试联合抽查 " + area,
                "departments",
                List.of("MARKET", "HEALTH"),
                "areaPrefix",
                area,
                "sampleCount",
                2,
                "periodFrom",
                "2026-01-01",
                "periodTo",
                "2026-06-30"));
    body.putAll(Api.object(extra));
    return Api.json(body);
  }

  private static long drawnPlan(String seed) {
    Response created = assertStatus(SUPERVISOR.post("/api/inspection-plans", plan()), 201);
    long id = created.json().path("id").asLong();
    assertStatus(SUPERVISOR.post("/api/inspection-plans/" + id + "/pools"), 200);
    assertStatus(
        SUPERVISOR.post(
            "/api/inspection-plans/" + id + "/draw", Api.json(Api.object("seed", seed))),
        200);
    return id;
  }

  @Test
  void planFixDrawReplayToTheSameBytes() {
    Response created = assertStatus(SUPERVISOR.post("/api/inspection-plans", plan()), 201);
    assertThat(created.header("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains("/api/inspection-plans/"));
    JsonNode draft = created.json();
    long id = draft.path("id").asLong();
    assertThat(draft.path("state").asText()).isEqualTo("draft");
    assertThat(draft.path("joint").asBoolean()).isTrue();
    String base = "/api/inspection-plans/" + id;

    // nothing to draw before the pools are fixed; no draw document before the draw
    assertJsonError(SUPERVISOR.post(base + "/draw", Api.json(Api.object("seed", "x"))), 409);
    assertJsonError(ANONYMOUS.get(base + "/draw"), 404);

    JsonNode fixed = assertStatus(SUPERVISOR.post(base + "/pools"), 200).json();
    assertThat(fixed.path("state").asText()).isEqualTo("fixed");
    assertThat(fixed.path("subjectPoolSize").asInt()).isEqualTo(3);
    assertThat(fixed.path("inspectorPoolSize").asInt()).isGreaterThanOrEqualTo(4);
    assertThat(fixed.path("sampleSize").asInt()).isEqualTo(2);
    // the hashes are public before the draw
    JsonNode published = assertStatus(ANONYMOUS.get(base), 200).json();
    assertThat(published.path("subjectPoolHash").asText()).hasSize(64);
    assertThat(published.path("inspectorPoolHash").asText()).hasSize(64);
    assertJsonError(SUPERVISOR.post(base + "/pools"), 409);

    assertThat(
            assertJsonError(SUPERVISOR.post(base + "/draw", Api.json(Api.object("seed", " "))), 400)
                .path("problems")
                .get(0)
                .path("field")
                .asText())
        .isEqualTo("seed");
    String seed = "2026-12-04 上证综合指数收盘 3365.12";
    JsonNode drawn =
        assertStatus(SUPERVISOR.post(base + "/draw", Api.json(Api.object("seed", seed))), 200)
            .json();
    assertThat(drawn.path("state").asText()).isEqualTo("drawn");
    assertJsonError(SUPERVISOR.post(base + "/draw", Api.json(Api.object("seed", seed))), 409);

    Response document = assertStatus(ANONYMOUS.get(base + "/draw"), 200);
    JsonNode draw = document.json();
    assertThat(draw.path("seed").asText()).isEqualTo(seed);
    assertThat(draw.path("planId").asLong()).isEqualTo(id);
    assertThat(draw.path("algorithm").asText()).startsWith("oneseal-draw-v1");
    assertThat(draw.path("subjectPoolHash").asText())
        .isEqualTo(published.path("subjectPoolHash").asText());
    assertThat(draw.path("inspectorPoolHash").asText())
        .isEqualTo(published.path("inspectorPoolHash").asText());
    assertThat(draw.path("selection")).hasSize(2);
    Map<String, String> unitOf = new java.util.HashMap<>();
    draw.path("inspectorPool")
        .forEach(
            x ->
                unitOf.put(
                    x.path("id").asText(),
                    x.path("department").asText() + "/" + x.path("section").asText()));
    Set<String> drawnSubjects = new HashSet<>();
    for (JsonNode s : draw.path("selection")) {
      assertThat(CODES).contains(s.path("subject").asText());
      drawnSubjects.add(s.path("subject").asText());
      JsonNode two = s.path("inspectors");
      assertThat(two).hasSize(2);
      assertThat(unitOf.get(two.get(0).asText())).isNotEqualTo(unitOf.get(two.get(1).asText()));
    }
    assertThat(drawnSubjects).hasSize(2);

    // anyone replays the published document as it is: the very same bytes
    Response replayed = assertStatus(ANONYMOUS.post("/api/draws/replay", document.body()), 200);
    assertThat(replayed.body()).isEqualTo(document.body());

    // one changed pool entry: another hash; a claimed selection is never believed
    ObjectNode changed = (ObjectNode) draw.deepCopy();
    ((ObjectNode) changed.withArray("subjectPool").get(0)).put("status", "REVOKED");
    ((ObjectNode) changed.withArray("selection").get(0)).put("subject", "forged");
    JsonNode recomputed =
        assertStatus(ANONYMOUS.post("/api/draws/replay", changed.toString()), 200).json();
    assertThat(recomputed.path("subjectPoolHash").asText())
        .isNotEqualTo(draw.path("subjectPoolHash").asText());
    assertThat(recomputed.path("selection").toString()).doesNotContain("forged");

    // another seed: the replay computes another draw
    ObjectNode reseeded = (ObjectNode) draw.deepCopy();
    reseeded.put("seed", seed + " (altered)");
    JsonNode other =
        assertStatus(ANONYMOUS.post("/api/draws/replay", reseeded.toString()), 200).json();
    assertThat(other.path("selectionHash").asText())
        .isNotEqualTo(draw.path("selectionHash").asText());

    // the acts are on the audit trail's record: the plan's page lists it publicly
    assertThat(ANONYMOUS.get("/api/inspection-plans?size=100").body()).contains("\"id\":" + id);
  }

  @Test
  void theDrawnInspectorsRecordTheSupervisionPublishesAndLatePublicationShows() {
    long id = drawnPlan("results " + UUID.randomUUID());
    String base = "/api/inspection-plans/" + id;
    JsonNode draw = ANONYMOUS.get(base + "/draw").json();
    JsonNode first = draw.path("selection").get(0);
    String subject = first.path("subject").asText();
    Api inspector = Api.as(first.path("inspectors").get(0).asText());
    Api partner = Api.as(first.path("inspectors").get(1).asText());
    String outsiderName =
        List.of("inspector1", "inspector2", "inspector3", "inspector4").stream()
            .filter(n -> !n.equals(inspector.username()) && !n.equals(partner.username()))
            .findFirst()
            .orElseThrow();
    // whoever was not drawn for the subject meets it as non-existent
    String result =
        Api.json(
            Api.object(
                "outcome", "rectify",
                "findings", "消毒记录不全，责令补齐",
                "rectifyUntil", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30).toString()));
    assertJsonError(Api.as(outsiderName).post(base + "/results/" + subject, result), 404);
    assertJsonError(SUPERVISOR.post(base + "/results/" + subject, result), 403);
    assertJsonError(Api.as("officer").post(base + "/results/" + subject, result), 403);
    assertJsonError(ANONYMOUS.post(base + "/results/" + subject, result), 401);

    // bad input: every problem at once, each with its field
    JsonNode bad =
        assertJsonError(
            inspector.post(
                base + "/results/" + subject,
                Api.json(Api.object("outcome", "fine", "findings", " "))),
            400);
    assertThat(bad.path("problems").toString()).contains("outcome", "findings");
    JsonNode noPeriod =
        assertJsonError(
            inspector.post(
                base + "/results/" + subject,
                Api.json(Api.object("outcome", "rectify", "findings", "需整改"))),
            400);
    assertThat(noPeriod.path("problems").get(0).path("field").asText()).isEqualTo("rectifyUntil");
    // a photo is checked by its content like every upload
    JsonNode notAPhoto =
        assertJsonError(
            inspector.post(
                base + "/results/" + subject,
                Api.json(
                    Api.object(
                        "outcome", "no_problem",
                        "findings", "未发现问题",
                        "photos",
                            List.of(
                                Api.object(
                                    "fileName",
                                    "现场.png",
                                    "contentBase64",
                                    Base64.getEncoder()
                                        .encodeToString("<html>x</html>".getBytes())))))),
            400);
    assertThat(notAPhoto.path("code").asText()).isEqualTo("error.upload.typeNotAllowed");

    JsonNode recorded =
        assertStatus(inspector.post(base + "/results/" + subject, result), 200).json();
    assertThat(recorded.path("status").asText()).isEqualTo("recorded");
    assertThat(recorded.path("publishDue").asText()).isNotBlank();
    // the public sees that it awaits publication, not what was found
    JsonNode before = row(ANONYMOUS, base, subject);
    assertThat(before.path("status").asText()).isEqualTo("recorded");
    assertThat(before.has("findings") && !before.path("findings").isNull()).isFalse();
    assertThat(before.has("outcome") && !before.path("outcome").isNull()).isFalse();
    // the assigned inspectors see it in their list
    assertThat(partner.get("/api/inspections/assignments?size=100").body()).contains(subject);
    assertJsonError(SUPERVISOR.get("/api/inspections/assignments"), 403);

    JsonNode publishedRow =
        assertStatus(SUPERVISOR.post(base + "/results/" + subject + "/publish"), 200).json();
    assertThat(publishedRow.path("status").asText()).isEqualTo("published");
    assertJsonError(SUPERVISOR.post(base + "/results/" + subject + "/publish"), 409);
    assertJsonError(inspector.post(base + "/results/" + subject + "/publish"), 403);
    assertJsonError(partner.post(base + "/results/" + subject, result), 409);
    JsonNode after = row(ANONYMOUS, base, subject);
    assertThat(after.path("outcome").asText()).isEqualTo("rectify");
    assertThat(after.path("findings").asText()).contains("消毒记录不全");

    // the second subject's result, left unpublished past its 20 working days, shows as overdue
    JsonNode second = draw.path("selection").get(1);
    String subject2 = second.path("subject").asText();
    Api inspector2 = Api.as(second.path("inspectors").get(1).asText());
    JsonNode recorded2 =
        assertStatus(
                inspector2.post(
                    base + "/results/" + subject2,
                    Api.json(Api.object("outcome", "no_problem", "findings", "未发现问题"))),
                200)
            .json();
    assertThat(row(ANONYMOUS, base, subject2).path("publicationOverdue").asBoolean()).isFalse();
    LocalDate due = LocalDate.parse(recorded2.path("publishDue").asText());
    try {
      TestClock.at(due.plusDays(2) + "T10:00:00+08:00");
      assertThat(row(ANONYMOUS, base, subject2).path("publicationOverdue").asBoolean()).isTrue();
    } finally {
      TestClock.reset();
    }
  }

  @Test
  void badPlansAreRefusedWithEveryProblemAtOnce() {
    JsonNode refused =
        assertJsonError(
            SUPERVISOR.post(
                "/api/inspection-plans",
                plan(
                    "departments", List.of("NO_SUCH"),
                    "samplePercent", 10,
                    "areaPrefix", "x1",
                    "periodFrom", "2026-06-30",
                    "periodTo", "2026-01-01")),
            400);
    Set<String> fields = new HashSet<>();
    refused.path("problems").forEach(p -> fields.add(p.path("field").asText()));
    assertThat(fields).contains("departments", "sampleCount", "areaPrefix", "periodTo");
    assertJsonError(SUPERVISOR.post("/api/inspection-plans", "{\"sampleCount\": 1.5}"), 400);
    assertJsonError(ANONYMOUS.get("/api/inspection-plans/999999999"), 404);
    assertJsonError(ANONYMOUS.get("/api/inspection-plans?size=500"), 400);
    // a replay of a document with a duplicated id or a sample larger than the pool
    JsonNode draw = ANONYMOUS.get("/api/inspection-plans/" + drawnPlan("dup") + "/draw").json();
    ObjectNode duplicated = (ObjectNode) draw.deepCopy();
    duplicated.withArray("subjectPool").add(draw.path("subjectPool").get(0).deepCopy());
    assertJsonError(ANONYMOUS.post("/api/draws/replay", duplicated.toString()), 400);
    ObjectNode tooMany = (ObjectNode) draw.deepCopy();
    tooMany.put("sampleSize", 99);
    assertJsonError(ANONYMOUS.post("/api/draws/replay", tooMany.toString()), 400);
    assertJsonError(ANONYMOUS.post("/api/draws/replay", "{\"planId\": \"1\"}"), 400);
  }

  @Test
  void theSystemAdministratorRegistersAnInspectorWhoThenEntersThePool() {
    Api sysadmin = Api.as("sysadmin");
    String username = "insp" + UUID.randomUUID().toString().substring(0, 8);
    assertStatus(
        sysadmin.post(
            "/api/admin/users",
            Api.json(
                Api.object(
                    "username",
                    username,
                    "displayName",
                    "测试执法人员",
                    "password",
                    "一个足够长的初始密码请本人修改",
                    "roles",
                    List.of("inspector"),
                    "staffNumber",
                    "T-" + username))),
        201);
    String path = "/api/admin/inspectors/" + username;
    Map<String, Object> good =
        Api.object(
            "department", "TRANSPORT", "section", "交通运输综合执法一队", "conflicts", List.of(CONFLICT));

    // only the system administrator registers; every problem at once, nothing registered
    assertJsonError(SUPERVISOR.put(path, Api.json(good)), 403);
    JsonNode refused =
        assertJsonError(
            sysadmin.put(
                path,
                Api.json(
                    Api.object(
                        "department",
                        "NOPE",
                        "section",
                        " ",
                        "conflicts",
                        List.of("91350100M000100Y44")))),
            400);
    assertThat(refused.path("problems").findValuesAsText("field"))
        .contains("department", "section", "conflicts");
    assertThat(sysadmin.all("/api/admin/inspectors").toString()).doesNotContain(username);
    assertJsonError(sysadmin.put("/api/admin/inspectors/nobody.here", Api.json(good)), 404);
    assertJsonError(sysadmin.put("/api/admin/inspectors/officer", Api.json(good)), 409);

    // a plan of the department has no inspector to draw from before, one after
    String transportPlan =
        plan("departments", List.of("TRANSPORT"), "name", "交通运输执法抽查 " + username);
    JsonNode registered = assertStatus(sysadmin.put(path, Api.json(good)), 200).json();
    assertThat(registered.path("department").asText()).isEqualTo("TRANSPORT");
    assertThat(registered.path("conflicts").toString()).contains(CONFLICT);
    assertThat(sysadmin.all("/api/admin/inspectors").toString()).contains(username);
    long id =
        assertStatus(SUPERVISOR.post("/api/inspection-plans", transportPlan), 201)
            .json()
            .path("id")
            .asLong();
    JsonNode fixed =
        assertStatus(SUPERVISOR.post("/api/inspection-plans/" + id + "/pools"), 200).json();
    assertThat(fixed.path("inspectorPoolSize").asInt()).isEqualTo(1);

    // registering again changes the registration, it does not add one
    JsonNode moved =
        assertStatus(
                sysadmin.put(
                    path, Api.json(Api.object("department", "TRANSPORT", "section", "交通运输综合执法二队"))),
                200)
            .json();
    assertThat(moved.path("section").asText()).isEqualTo("交通运输综合执法二队");
    assertThat(moved.path("conflicts")).isEmpty();
    assertThat(
            java.util.stream.StreamSupport.stream(
                    sysadmin.all("/api/admin/inspectors").spliterator(), false)
                .filter(r -> username.equals(r.path("username").asText()))
                .count())
        .isEqualTo(1);
  }

  /** A valid credit code an inspector may declare a conflict with. */
  private static final String CONFLICT = "91350100M000100Y43";

  private static JsonNode row(Api who, String base, String subject) {
    for (JsonNode r : who.get(base + "/results?size=100").items()) {
      if (subject.equals(r.path("subjectId").asText())) {
        return r;
      }
    }
    throw new AssertionError("no result row for " + subject);
  }
}
