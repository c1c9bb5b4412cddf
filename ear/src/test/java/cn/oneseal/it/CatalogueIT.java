package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertJsonError;
import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Api.Response;
import cn.oneseal.it.support.OneSealServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public catalogue (办事指南) as anyone reads it: every item is standardised (name, legal basis,
 * materials, limits), the catalogue covers the departments whose powers the bureau took over, and
 * each filter returns exactly the matching items. Expectations are computed from the full list read
 * just before, because other test classes add items of their own to the same catalogue.
 */
@ExtendWith(OneSealServer.class)
class CatalogueIT {

  private final Api anyone = Api.anonymous();

  private List<JsonNode> catalogue() {
    return StreamSupport.stream(anyone.all("/api/items").spliterator(), false).toList();
  }

  private List<JsonNode> filtered(String query) {
    return StreamSupport.stream(anyone.all("/api/items?" + query).spliterator(), false).toList();
  }

  private static Set<String> codes(List<JsonNode> items) {
    Set<String> codes = new LinkedHashSet<>();
    items.forEach(i -> codes.add(i.path("code").asText()));
    return codes;
  }

  private static Set<String> codesWhere(List<JsonNode> items, Predicate<JsonNode> test) {
    return codes(items.stream().filter(test).toList());
  }

  private static Set<String> distinct(List<JsonNode> items, Function<JsonNode, String> field) {
    Set<String> values = new TreeSet<>();
    items.forEach(i -> values.add(field.apply(i)));
    return values;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void theCatalogueCoversManyDepartmentsAndEveryItemIsStandardised() {
    List<JsonNode> items = catalogue();

    assertThat(items).as("items in the public catalogue").hasSizeGreaterThanOrEqualTo(24);
    assertThat(distinct(items, i -> i.path("departmentCode").asText()))
        .as("departments whose powers the bureau exercises")
        .hasSizeGreaterThanOrEqualTo(8);
    List<String> order = new ArrayList<>(codes(items));
    assertThat(order).as("ordered by code").isSorted();
    for (JsonNode item : items) {
      String code = item.path("code").asText();
      assertThat(code).as("code").matches("[A-Z]{2,4}-\\d{4}");
      assertThat(item.path("active").asBoolean()).as("%s is active", code).isTrue();
      assertThat(item.path("version").asInt()).as("%s version", code).isPositive();
      assertThat(item.path("effectiveFrom").asText()).as("%s effectiveFrom", code).isNotBlank();
      assertThat(item.path("name").asText()).as("%s name", code).isNotBlank();
      assertThat(item.path("nameEn").asText()).as("%s nameEn", code).isNotBlank();
      assertThat(item.path("department").asText()).as("%s department", code).isNotBlank();
      assertThat(item.path("section").asText()).as("%s section", code).isNotBlank();
      assertThat(item.path("legalBasis").asText()).as("%s legal basis", code).isNotBlank();
      assertThat(item.path("legalBasisEn").asText()).as("%s legal basis en", code).isNotBlank();
      assertThat(item.path("kind").asText()).as("%s kind", code).isIn("ON_THE_SPOT", "PROMISED");
      int statutory = item.path("statutoryDays").asInt();
      int promised = item.path("promisedDays").asInt();
      assertThat(statutory).as("%s statutory days", code).isPositive();
      assertThat(promised).as("%s promised days", code).isBetween(0, statutory);
      assertThat(item.path("materials").size()).as("%s materials", code).isPositive();
      for (JsonNode m : item.path("materials")) {
        assertThat(m.path("code").asText()).as("%s material code", code).isNotBlank();
        assertThat(m.path("name").asText()).as("%s material name", code).isNotBlank();
      }
    }
  }

  @Test
  void filteringByDepartmentReturnsExactlyThatDepartmentsItems() {
    List<JsonNode> items = catalogue();
    Set<String> departments = distinct(items, i -> i.path("departmentCode").asText());
    assertThat(departments).hasSizeGreaterThan(1);
    for (String department : departments) {
      List<JsonNode> found = filtered("department=" + encode(department));
      assertThat(codes(found))
          .as("department=%s", department)
          .isNotEmpty()
          .isEqualTo(codesWhere(items, i -> department.equals(i.path("departmentCode").asText())))
          .hasSizeLessThan(items.size());
      found.forEach(
          i -> assertThat(i.path("departmentCode").asText()).as("%s", i).isEqualTo(department));
    }
  }

  @Test
  void filteringBySectionReturnsExactlyThatSectionsItems() {
    List<JsonNode> items = catalogue();
    Set<String> sections = distinct(items, i -> i.path("sectionCode").asText());
    assertThat(sections).hasSizeGreaterThan(1);
    for (String section : sections) {
      List<JsonNode> found = filtered("section=" + encode(section));
      assertThat(codes(found))
          .as("section=%s", section)
          .isNotEmpty()
          .isEqualTo(codesWhere(items, i -> section.equals(i.path("sectionCode").asText())));
      found.forEach(i -> assertThat(i.path("sectionCode").asText()).as("%s", i).isEqualTo(section));
    }
  }

  @Test
  void filteringByThemeReturnsExactlyThatThemesItems() {
    List<JsonNode> items = catalogue();
    Set<String> themes = distinct(items, i -> i.path("themeCode").asText());
    assertThat(themes).hasSizeGreaterThan(1);
    for (String theme : themes) {
      List<JsonNode> found = filtered("theme=" + encode(theme));
      assertThat(codes(found))
          .as("theme=%s", theme)
          .isNotEmpty()
          .isEqualTo(codesWhere(items, i -> theme.equals(i.path("themeCode").asText())));
      found.forEach(i -> assertThat(i.path("themeCode").asText()).as("%s", i).isEqualTo(theme));
    }
  }

  @Test
  void filteringByKindSplitsTheCatalogue() {
    List<JsonNode> items = catalogue();
    Set<String> all = new TreeSet<>();
    for (String kind : List.of("PROMISED", "ON_THE_SPOT")) {
      List<JsonNode> found = filtered("kind=" + kind);
      assertThat(codes(found))
          .as("kind=%s", kind)
          .isEqualTo(codesWhere(items, i -> kind.equals(i.path("kind").asText())));
      found.forEach(i -> assertThat(i.path("kind").asText()).as("%s", i).isEqualTo(kind));
      all.addAll(codes(found));
    }
    assertThat(codes(filtered("kind=PROMISED"))).as("promised items (承诺件)").isNotEmpty();
    assertThat(all).as("the two kinds together").isEqualTo(new TreeSet<>(codes(items)));
  }

  @Test
  void filtersCombineAndAnUnknownValueFindsNothing() {
    List<JsonNode> items = catalogue();
    JsonNode sample = items.get(items.size() / 2);
    String department = sample.path("departmentCode").asText();
    String kind = sample.path("kind").asText();

    List<JsonNode> found = filtered("department=" + encode(department) + "&kind=" + kind);

    assertThat(codes(found))
        .contains(sample.path("code").asText())
        .isEqualTo(
            codesWhere(
                items,
                i ->
                    department.equals(i.path("departmentCode").asText())
                        && kind.equals(i.path("kind").asText())));
    assertThat(filtered("department=NO_SUCH_DEPARTMENT")).isEmpty();
    assertThat(filtered("theme=NO_SUCH_THEME")).isEmpty();
  }

  @Test
  void searchingByPartOfTheChineseNameFindsTheItemsThatContainIt() {
    List<JsonNode> items = catalogue();
    JsonNode sample = items.get(0);
    String name = sample.path("name").asText();
    String part = name.length() > 3 ? name.substring(1, 3) : name;

    List<JsonNode> found = filtered("q=" + encode(part));

    assertThat(codes(found))
        .as("q=%s", part)
        .contains(sample.path("code").asText())
        .isEqualTo(
            codesWhere(
                items,
                i ->
                    i.path("name").asText().contains(part)
                        || i.path("code").asText().contains(part)
                        || i.path("nameEn").asText().contains(part)));
    found.forEach(i -> assertThat(i.path("name").asText()).as("%s", i).contains(part));
    assertThat(filtered("q=" + encode("没有这样的事项名称"))).isEmpty();
  }

  @Test
  void searchingByCodeFindsTheItemWhateverTheCase() {
    List<JsonNode> items = catalogue();
    JsonNode sample = items.get(items.size() - 1);
    String code = sample.path("code").asText();

    assertThat(codes(filtered("q=" + encode(code)))).containsExactly(code);
    assertThat(codes(filtered("q=" + encode(code.toLowerCase(Locale.ROOT))))).containsExactly(code);
    String prefix = code.substring(0, code.indexOf('-') + 1);
    assertThat(codes(filtered("q=" + encode(prefix))))
        .contains(code)
        .isEqualTo(codesWhere(items, i -> i.path("code").asText().startsWith(prefix)));
  }

  @Test
  void anItemReadsAsItsVersionInForceAndAnUnknownCodeIsNotFound() {
    JsonNode listed = catalogue().get(0);
    String code = listed.path("code").asText();

    JsonNode item = assertStatus(anyone.get("/api/items/" + code), 200).json();

    assertThat(item.path("code").asText()).isEqualTo(code);
    assertThat(item.path("version").asInt()).isEqualTo(listed.path("version").asInt());
    assertThat(item.path("name").asText()).isEqualTo(listed.path("name").asText());
    assertThat(item.path("materials").size()).isEqualTo(listed.path("materials").size());

    JsonNode error = assertJsonError(anyone.get("/api/items/XX-0000"), 404);
    assertThat(error.path("code").asText()).isEqualTo("error.item.unknown");
    assertThat(error.path("message").asText()).contains("XX-0000");
    assertThat(
            assertJsonError(anyone.get("/api/items/XX-0000/versions"), 404).path("code").asText())
        .isEqualTo("error.item.unknown");
    assertThat(
            assertJsonError(anyone.get("/api/items/" + code + "?version=999"), 404)
                .path("code")
                .asText())
        .isEqualTo("error.item.versionNotFound");
  }

  @Test
  void versionsListTheHistoryNewestFirstWithOneVersionInForce() {
    JsonNode listed = catalogue().get(0);
    String code = listed.path("code").asText();

    Response response = assertStatus(anyone.get("/api/items/" + code + "/versions"), 200);
    List<JsonNode> versions = StreamSupport.stream(response.items().spliterator(), false).toList();

    assertThat(versions).as("%s", response).isNotEmpty();
    List<Integer> numbers = versions.stream().map(v -> v.path("version").asInt()).toList();
    assertThat(numbers).as("newest first").isSortedAccordingTo((a, b) -> b - a);
    assertThat(numbers.get(numbers.size() - 1)).as("the first version").isEqualTo(1);
    assertThat(versions.stream().filter(v -> v.path("inForce").asBoolean()))
        .as("exactly one version in force")
        .hasSize(1)
        .first()
        .satisfies(
            v -> {
              assertThat(v.path("version").asInt()).isEqualTo(listed.path("version").asInt());
              assertThat(v.path("name").asText()).isEqualTo(listed.path("name").asText());
            });
    versions.forEach(
        v -> {
          assertThat(v.path("effectiveFrom").asText()).as("%s", v).isNotBlank();
          assertThat(v.path("createdBy").asText()).as("%s", v).isNotBlank();
        });
  }

  @Test
  void theFlowchartIsTheBpmnModelThatRunsTheItem() {
    String code = catalogue().get(0).path("code").asText();

    Response flowchart = assertStatus(anyone.get("/api/items/" + code + "/flowchart"), 200);

    assertThat(flowchart.header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).contains("xml"));
    assertThat(flowchart.body())
        .as("%s", flowchart)
        .containsPattern("<(bpmn2?:)?definitions\\b")
        .contains("acceptApplication")
        .contains("</");
    assertThat(
            assertJsonError(anyone.get("/api/items/XX-0000/flowchart"), 404).path("code").asText())
        .isEqualTo("error.item.unknown");
  }
}
