package cn.oneseal.it;

import static cn.oneseal.it.CatalogVersioningIT.create;
import static cn.oneseal.it.CatalogVersioningIT.draft;
import static cn.oneseal.it.CatalogVersioningIT.material;
import static cn.oneseal.it.CatalogVersioningIT.today;
import static cn.oneseal.it.CatalogVersioningIT.versions;
import static cn.oneseal.it.support.ApiAssertions.assertJsonError;
import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Api.Response;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.PageSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Only an administrator changes the catalogue, and only with content the catalogue may publish:
 * every other role is refused and changes nothing; invalid content is refused with the rule it
 * broke and writes no version. The administration pages are behind the sign-in. The item the
 * refusals aim at (ZZ-9101) is created once; each check re-reads it to prove it unchanged.
 */
@ExtendWith(OneSealServer.class)
class CatalogAdministrationIT {

  static final String TARGET = "ZZ-9101";
  static final String TARGET_NAME = "集成测试管理权限事项";

  /** Codes for items that must never come into being (ZZ-915x …). */
  private static final AtomicInteger NEVER_CREATED = new AtomicInteger(9150);

  private final Api admin = Api.as("admin");
  private final Api anyone = Api.anonymous();

  @BeforeAll
  static void createTheTarget() {
    create(Api.as("admin"), draft(TARGET, TARGET_NAME, today(), 2));
  }

  private static String neverCreatedCode() {
    return "ZZ-" + NEVER_CREATED.getAndIncrement();
  }

  /** The target still has exactly its first version, in force and unchanged. */
  private void assertTargetUnchanged() {
    JsonNode item = assertStatus(anyone.get("/api/items/" + TARGET), 200).json();
    assertThat(item.path("version").asInt()).as("%s", item).isEqualTo(1);
    assertThat(item.path("active").asBoolean()).as("%s", item).isTrue();
    assertThat(item.path("name").asText()).isEqualTo(TARGET_NAME);
    assertThat(item.path("materials").size()).isEqualTo(2);
    assertThat(versions(anyone, TARGET)).hasSize(1);
  }

  private void assertNotCreated(String code) {
    JsonNode error = assertJsonError(anyone.get("/api/items/" + code), 404);
    assertThat(error.path("code").asText()).isEqualTo("error.item.unknown");
  }

  // ---------------------------------------------------------------- authorization

  static Stream<Arguments> refusedRoles() {
    return Stream.of(
        Arguments.of("anonymous", 401, "error.unauthenticated"),
        Arguments.of("zhangsan", 403, "error.forbidden.role"),
        Arguments.of("clerk", 403, "error.forbidden.role"),
        Arguments.of("officer", 403, "error.forbidden.role"),
        Arguments.of("director", 403, "error.forbidden.role"),
        Arguments.of("supervisor", 403, "error.forbidden.role"));
  }

  private static Api api(String role) {
    return "anonymous".equals(role) ? Api.anonymous() : Api.as(role);
  }

  @ParameterizedTest(name = "{0} may not create an item")
  @MethodSource("refusedRoles")
  void onlyAnAdministratorCreatesItems(String role, int status, String code) {
    String newCode = neverCreatedCode();

    JsonNode error =
        assertJsonError(
            api(role).post("/api/items", Api.json(draft(newCode, "越权新增的事项", today(), 1))), status);

    assertThat(error.path("code").asText()).isEqualTo(code);
    assertNotCreated(newCode);
  }

  @ParameterizedTest(name = "{0} may not write a version")
  @MethodSource("refusedRoles")
  void onlyAnAdministratorWritesVersions(String role, int status, String code) {
    JsonNode error =
        assertJsonError(
            api(role)
                .post(
                    "/api/items/" + TARGET + "/versions",
                    Api.json(draft(TARGET, "越权修改的名称", today(), 3))),
            status);

    assertThat(error.path("code").asText()).isEqualTo(code);
    assertTargetUnchanged();
  }

  @ParameterizedTest(name = "{0} may not retire an item")
  @MethodSource("refusedRoles")
  void onlyAnAdministratorRetiresItems(String role, int status, String code) {
    JsonNode error =
        assertJsonError(
            api(role)
                .post("/api/items/" + TARGET + "/retire", Api.json(Api.object("reason", "越权停用"))),
            status);

    assertThat(error.path("code").asText()).isEqualTo(code);
    assertTargetUnchanged();
    JsonNode list = anyone.all("/api/items?q=" + TARGET);
    assertThat(list).extracting(i -> i.path("code").asText()).containsExactly(TARGET);
  }

  // ---------------------------------------------------------------- validation

  /** A draft of the target's next version with one change, and the refusal it must meet. */
  static Stream<Arguments> invalidRevisions() {
    return Stream.of(
        invalid(
            "promised limit beyond the statutory one",
            d -> {
              d.put("statutoryDays", 5);
              d.put("promisedDays", 10);
            },
            "error.item.promisedDays"),
        invalid("no materials", d -> d.put("materials", List.of()), "error.item.materialsRequired"),
        invalid(
            "unknown department code",
            d -> d.put("departmentCode", "NO_SUCH_DEPARTMENT"),
            "error.item.unknownCode"),
        invalid(
            "unknown section code",
            d -> d.put("sectionCode", "NO_SUCH_SECTION"),
            "error.item.unknownCode"),
        invalid(
            "effective yesterday",
            d -> d.put("effectiveFrom", today().minusDays(1).toString()),
            "error.item.effectiveInPast"),
        invalid("no Chinese name", d -> d.put("name", " "), "error.item.fieldRequired"),
        invalid("no legal basis", d -> d.remove("legalBasis"), "error.item.fieldRequired"),
        invalid("statutory limit 0", d -> d.put("statutoryDays", 0), "error.item.statutoryDays"),
        invalid(
            "on-the-spot item with a promised limit",
            d -> d.put("kind", "ON_THE_SPOT"),
            "error.item.onTheSpot"),
        invalid(
            "optional material without its condition",
            d -> {
              Map<String, Object> optional = material("optional", "可选材料");
              optional.put("required", false);
              d.put("materials", List.of(material("form", "申请表"), optional));
            },
            "error.item.materialCondition"),
        invalid(
            "a process model that does not exist",
            d -> d.put("processKey", "noSuchProcess"),
            "error.item.processUnknown"),
        invalid(
            "the mail outbox's process, which runs no case",
            d -> d.put("processKey", "notificationMail"),
            "error.item.processUnknown"),
        invalid(
            "a name longer than its column",
            d -> d.put("name", "名".repeat(257)),
            "error.field.tooLong"),
        invalid(
            "the same material code twice",
            d -> d.put("materials", List.of(material("same", "材料甲"), material("same", "材料乙"))),
            "error.item.materialDuplicate"));
  }

  private static Arguments invalid(
      String what, Consumer<Map<String, Object>> change, String expectedCode) {
    return Arguments.of(what, change, expectedCode);
  }

  @ParameterizedTest(name = "a version with {0} is refused")
  @MethodSource("invalidRevisions")
  void invalidContentWritesNoVersion(
      String what, Consumer<Map<String, Object>> change, String expectedCode) {
    Map<String, Object> revision = draft(TARGET, "不应生效的名称", today(), 2);
    change.accept(revision);

    JsonNode error =
        assertJsonError(admin.post("/api/items/" + TARGET + "/versions", Api.json(revision)), 400);

    assertThat(error.path("code").asText()).as(what).isEqualTo(expectedCode);
    assertTargetUnchanged();
  }

  @ParameterizedTest(name = "a new item with {0} is refused")
  @MethodSource("invalidRevisions")
  void invalidContentCreatesNoItem(
      String what, Consumer<Map<String, Object>> change, String expectedCode) {
    String code = neverCreatedCode();
    Map<String, Object> item = draft(code, "不应创建的事项", today(), 2);
    change.accept(item);

    JsonNode error = assertJsonError(admin.post("/api/items", Api.json(item)), 400);

    assertThat(error.path("code").asText()).as(what).isEqualTo(expectedCode);
    assertNotCreated(code);
  }

  @ParameterizedTest(name = "code \"{0}\" is refused")
  @ValueSource(
      strings = {"Z-9101", "zz-9102", "ZZ-91", "ZZ-91033", "ZZZZZ-9104", "ZZ9105", "ZZ-９１０６"})
  void aBadlyFormedCodeIsRefused(String code) {
    JsonNode error =
        assertJsonError(
            admin.post("/api/items", Api.json(draft(code, "编码格式错误的事项", today(), 1))), 400);

    assertThat(error.path("code").asText()).isEqualTo("error.item.code");
    assertThat(error.path("message").asText()).contains(code);
  }

  @Test
  void aCodeInUseIsRefusedAndTheItemKeepsItsContent() {
    JsonNode error =
        assertJsonError(
            admin.post("/api/items", Api.json(draft(TARGET, "重复编码的事项", today(), 1))), 409);

    assertThat(error.path("code").asText()).isEqualTo("error.item.codeTaken");
    assertThat(error.path("message").asText()).contains(TARGET);
    assertTargetUnchanged();
  }

  @Test
  void anUnknownItemHasNoVersionsToWriteAndCannotBeRetired() {
    assertThat(
            assertJsonError(
                    admin.post(
                        "/api/items/ZZ-9199/versions",
                        Api.json(draft("ZZ-9199", "不存在的事项", today(), 1))),
                    404)
                .path("code")
                .asText())
        .isEqualTo("error.item.unknown");
    assertThat(
            assertJsonError(
                    admin.post("/api/items/ZZ-9199/retire", Api.json(Api.object("reason", "不存在"))),
                    404)
                .path("code")
                .asText())
        .isEqualTo("error.item.unknown");
    assertNotCreated("ZZ-9199");
  }

  @Test
  void refusalsAreExplainedInTheAskedLanguage() {
    Map<String, Object> revision = draft(TARGET, "不应生效的名称", today(), 2);
    revision.put("materials", List.of());

    Response english =
        admin.post(
            "/api/items/" + TARGET + "/versions", Api.json(revision), "Accept-Language", "en");
    Response chinese =
        admin.post(
            "/api/items/" + TARGET + "/versions", Api.json(revision), "Accept-Language", "zh-CN");

    assertThat(assertJsonError(english, 400).path("message").asText())
        .containsPattern("[A-Za-z]{4}");
    assertThat(assertJsonError(chinese, 400).path("message").asText())
        .containsPattern("\\p{IsHan}");
    assertTargetUnchanged();
  }

  // ---------------------------------------------------------------- pages

  @Test
  void theAdministrationPagesAskAnonymousVisitorsToSignIn() {
    for (String page : List.of("/admin/items.xhtml", "/admin/item.xhtml?code=" + TARGET)) {
      Response response = anyone.get(page);

      assertThat(response.status()).as("%s", response).isIn(302, 303);
      assertThat(response.header("Location"))
          .as("%s", response)
          .hasValueSatisfying(l -> assertThat(l).contains("/login.xhtml").contains("next="));
    }
  }

  @Test
  void aCitizenSignedInIsForbiddenTheAdministrationPages() {
    PageSession citizen = PageSession.signedIn("zhangsan");

    PageSession.Answer page = citizen.get("/admin/items.xhtml");

    assertThat(page.status()).as("%s", page.body()).isEqualTo(403);
    assertThat(page.body()).doesNotContain("itemsTable").doesNotContain(TARGET);
  }

  @Test
  void theAdministratorSeesEveryItemAndTheEditorOfOne() {
    PageSession administrator = PageSession.signedIn("admin");

    PageSession.Answer list = administrator.get("/admin/items.xhtml");
    assertThat(list.status()).as("%s", list.body()).isEqualTo(200);
    assertThat(list.body())
        .contains("itemsForm:itemsTable")
        .contains("newItemButton")
        .contains("navAdmin")
        .contains(TARGET)
        .contains(TARGET_NAME)
        .contains("WJ-0001");

    PageSession.Answer editor = administrator.get("/admin/item.xhtml?code=" + TARGET);
    assertThat(editor.status()).as("%s", editor.body()).isEqualTo(200);
    assertThat(editor.body())
        .contains("itemForm:nameZh")
        .contains(TARGET_NAME)
        .contains("itemForm:materialsTable")
        .contains("versionsTable")
        .contains("auditTable")
        .contains("previewLink");
    assertThat(editor.body())
        .as("no stack trace on the page")
        .doesNotContain("Caused by")
        .doesNotContainPattern("\\bat (java|jakarta|org|com|cn)\\.[\\w.$]+\\(");

    PageSession.Answer unknown = administrator.get("/admin/item.xhtml?code=ZZ-9198");
    assertThat(unknown.status()).as("%s", unknown.body()).isEqualTo(404);
    assertThat(unknown.body()).contains("itemUnavailable").doesNotContain("itemForm:nameZh");
  }
}
