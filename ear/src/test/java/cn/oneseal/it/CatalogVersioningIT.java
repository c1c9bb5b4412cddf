package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertJsonError;
import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static cn.oneseal.it.support.Casework.application;
import static cn.oneseal.it.support.Casework.submit;
import static cn.oneseal.it.support.Casework.submitWithKey;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Api.Response;
import cn.oneseal.it.support.OneSealServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An edit of the catalogue writes a new version; it never rewrites what an applicant was told. An
 * application keeps the version it was filed under, a version effective tomorrow leaves today's in
 * force, and a retired item takes no new applications while the old ones stay readable. Each test
 * creates its own item (ZZ-90xx): the seeded ones are shared by every test class.
 */
@ExtendWith(OneSealServer.class)
class CatalogVersioningIT {

  /** Days begin in the bureau's time zone, whatever the zone of the machine running the tests. */
  static final ZoneId BUREAU_ZONE = ZoneId.of("Asia/Shanghai");

  private final Api admin = Api.as("admin");
  private final Api zhangsan = Api.as("zhangsan");
  private final Api anyone = Api.anonymous();

  static LocalDate today() {
    return LocalDate.now(BUREAU_ZONE);
  }

  /**
   * A complete, valid draft of an item as {@code POST /api/items} takes it, with {@code materials}
   * materials; tests change single fields to make it invalid.
   */
  static Map<String, Object> draft(
      String code, String name, LocalDate effectiveFrom, int materials) {
    List<Object> list = new ArrayList<>();
    for (int i = 1; i <= materials; i++) {
      list.add(material("material-" + i, "申请材料" + i));
    }
    return Api.object(
        "code", code,
        "effectiveFrom", effectiveFrom.toString(),
        "changeNote", "集成测试 integration test",
        "name", name,
        "nameEn", "Integration test item " + code,
        "departmentCode", "HEALTH",
        "sectionCode", "SOCIAL_AFFAIRS",
        "themeCode", "SOCIAL_AFFAIRS",
        "kind", "PROMISED",
        "legalBasis", "《中华人民共和国行政许可法》第十二条",
        "legalBasisEn", "Administrative Licensing Law, Art. 12",
        "conditions", "申请人具备相应的条件。",
        "conditionsEn", "The applicant meets the conditions.",
        "statutoryDays", 20,
        "promisedDays", 5,
        "fee", "不收费",
        "feeEn", "Free of charge",
        "resultDocument", "准予行政许可决定书",
        "resultDocumentEn", "Decision granting the licence",
        "resultValidity", "长期有效",
        "resultValidityEn", "Indefinite",
        "consultationPhone", "0351-1234567",
        "complaintPhone", "12345",
        "processKey", "generalLicensing",
        "materials", list,
        "specialSteps", List.of());
  }

  static Map<String, Object> material(String code, String name) {
    return Api.object(
        "code",
        code,
        "name",
        name,
        "nameEn",
        "Material " + code,
        "form",
        "COPY",
        "copies",
        1,
        "required",
        true);
  }

  static JsonNode create(Api admin, Map<String, Object> draft) {
    Response created = assertStatus(admin.post("/api/items", Api.json(draft)), 201);
    JsonNode item = created.json();
    assertThat(item.path("code").asText()).as("%s", created).isEqualTo(draft.get("code"));
    assertThat(item.path("version").asInt()).as("%s", created).isEqualTo(1);
    assertThat(created.header("Location"))
        .as("%s", created)
        .hasValueSatisfying(l -> assertThat(l).endsWith("/items/" + draft.get("code")));
    return item;
  }

  static List<JsonNode> versions(Api who, String code) {
    return StreamSupport.stream(who.all("/api/items/" + code + "/versions").spliterator(), false)
        .toList();
  }

  private boolean listed(String code) {
    return StreamSupport.stream(anyone.all("/api/items").spliterator(), false)
        .anyMatch(i -> code.equals(i.path("code").asText()));
  }

  @Test
  void anApplicationKeepsTheVersionItWasFiledUnder() {
    String code = "ZZ-9001";
    JsonNode v1 = create(admin, draft(code, "集成测试版本事项（第一版）", today(), 2));
    assertThat(v1.path("effectiveFrom").asText()).isEqualTo(today().toString());
    assertThat(listed(code)).as("a new item is published at once").isTrue();

    String number = submit(zhangsan, code);
    JsonNode filed = application(zhangsan, number);
    assertThat(filed.path("itemCode").asText()).isEqualTo(code);
    assertThat(filed.path("itemVersion").asInt()).isEqualTo(1);

    Map<String, Object> second = draft(code, "集成测试版本事项（第二版）", today(), 3);
    second.put("changeNote", "增加一项申请材料");
    Response revised =
        assertStatus(admin.post("/api/items/" + code + "/versions", Api.json(second)), 201);
    assertThat(revised.json().path("version").asInt()).as("%s", revised).isEqualTo(2);
    assertThat(revised.json().path("name").asText()).isEqualTo("集成测试版本事项（第二版）");

    JsonNode current = assertStatus(anyone.get("/api/items/" + code), 200).json();
    assertThat(current.path("version").asInt()).isEqualTo(2);
    assertThat(current.path("name").asText()).isEqualTo("集成测试版本事项（第二版）");
    assertThat(current.path("materials").size()).isEqualTo(3);

    JsonNode old = application(zhangsan, number);
    assertThat(old.path("itemVersion").asInt()).as("the application's version").isEqualTo(1);
    assertThat(old.path("itemName").asText()).isEqualTo("集成测试版本事项（第一版）");

    JsonNode first = assertStatus(anyone.get("/api/items/" + code + "?version=1"), 200).json();
    assertThat(first.path("version").asInt()).isEqualTo(1);
    assertThat(first.path("name").asText()).isEqualTo("集成测试版本事项（第一版）");
    assertThat(first.path("materials").size()).isEqualTo(2);

    List<JsonNode> history = versions(anyone, code);
    assertThat(history).extracting(v -> v.path("version").asInt()).containsExactly(2, 1);
    assertThat(history).extracting(v -> v.path("inForce").asBoolean()).containsExactly(true, false);
    assertThat(history.get(0).path("name").asText()).isEqualTo("集成测试版本事项（第二版）");
    assertThat(history.get(0).path("changeNote").asText()).isEqualTo("增加一项申请材料");
    assertThat(history.get(0).path("createdBy").asText()).isEqualTo("admin");
    assertThat(history.get(1).path("name").asText()).isEqualTo("集成测试版本事项（第一版）");

    String later = submit(zhangsan, code);
    assertThat(application(zhangsan, later).path("itemVersion").asInt())
        .as("a new application is filed under the version in force")
        .isEqualTo(2);
    assertThat(application(zhangsan, later).path("itemName").asText()).isEqualTo("集成测试版本事项（第二版）");
    assertThat(
            assertJsonError(anyone.get("/api/items/" + code + "?version=3"), 404)
                .path("code")
                .asText())
        .isEqualTo("error.item.versionNotFound");
  }

  @Test
  void aVersionEffectiveTomorrowDoesNotReplaceTheOneInForceToday() {
    String code = "ZZ-9002";
    LocalDate tomorrow = today().plusDays(1);
    create(admin, draft(code, "集成测试待生效事项（现行）", today(), 1));

    Map<String, Object> next = draft(code, "集成测试待生效事项（明日起）", tomorrow, 2);
    Response scheduled =
        assertStatus(admin.post("/api/items/" + code + "/versions", Api.json(next)), 201);
    assertThat(scheduled.json().path("version").asInt()).as("%s", scheduled).isEqualTo(2);
    assertThat(scheduled.json().path("effectiveFrom").asText()).isEqualTo(tomorrow.toString());

    JsonNode current = assertStatus(anyone.get("/api/items/" + code), 200).json();
    assertThat(current.path("version").asInt()).isEqualTo(1);
    assertThat(current.path("name").asText()).isEqualTo("集成测试待生效事项（现行）");
    JsonNode inList =
        StreamSupport.stream(anyone.all("/api/items?q=" + code).spliterator(), false)
            .filter(i -> code.equals(i.path("code").asText()))
            .findFirst()
            .orElseThrow(() -> new AssertionError(code + " is not in the public list"));
    assertThat(inList.path("version").asInt()).isEqualTo(1);

    List<JsonNode> history = versions(anyone, code);
    assertThat(history).extracting(v -> v.path("version").asInt()).containsExactly(2, 1);
    assertThat(history).extracting(v -> v.path("inForce").asBoolean()).containsExactly(false, true);
    assertThat(history.get(0).path("effectiveFrom").asText()).isEqualTo(tomorrow.toString());

    String number = submit(zhangsan, code);
    assertThat(application(zhangsan, number).path("itemVersion").asInt()).isEqualTo(1);

    JsonNode refused =
        assertJsonError(
            admin.post(
                "/api/items/" + code + "/versions",
                Api.json(draft(code, "集成测试待生效事项（插队）", today(), 1))),
            400);
    assertThat(refused.path("code").asText())
        .as("a version may not take effect before the one before it")
        .isEqualTo("error.item.effectiveBeforePrevious");
    assertThat(versions(anyone, code)).hasSize(2);
  }

  @Test
  void aRetiredItemTakesNoNewApplicationsButOldOnesStayReadable() {
    String code = "ZZ-9003";
    create(admin, draft(code, "集成测试停用事项", today(), 1));
    String number = submit(zhangsan, code);

    Response retired =
        assertStatus(
            admin.post(
                "/api/items/" + code + "/retire", Api.json(Api.object("reason", "集成测试：事项已取消"))),
            200);
    assertThat(retired.json().path("active").asBoolean()).as("%s", retired).isFalse();

    assertThat(listed(code)).as("a retired item leaves the public catalogue").isFalse();
    assertThat(anyone.all("/api/items?q=" + code)).isEmpty();
    JsonNode refused =
        assertJsonError(submitWithKey(zhangsan, code, UUID.randomUUID().toString()), 400);
    assertThat(refused.path("code").asText()).isEqualTo("error.item.unknown");

    JsonNode old = application(zhangsan, number);
    assertThat(old.path("itemCode").asText()).isEqualTo(code);
    assertThat(old.path("itemVersion").asInt()).isEqualTo(1);
    assertThat(old.path("itemName").asText()).isEqualTo("集成测试停用事项");
    JsonNode guide = assertStatus(anyone.get("/api/items/" + code + "?version=1"), 200).json();
    assertThat(guide.path("active").asBoolean()).isFalse();
    assertThat(guide.path("name").asText()).isEqualTo("集成测试停用事项");

    assertThat(
            assertJsonError(
                    admin.post(
                        "/api/items/" + code + "/retire", Api.json(Api.object("reason", "again"))),
                    409)
                .path("code")
                .asText())
        .isEqualTo("error.item.alreadyRetired");
    assertThat(
            assertJsonError(
                    admin.post(
                        "/api/items/" + code + "/versions",
                        Api.json(draft(code, "集成测试停用事项（复活）", today(), 1))),
                    409)
                .path("code")
                .asText())
        .isEqualTo("error.item.alreadyRetired");
    assertThat(versions(anyone, code)).hasSize(1);
  }
}
