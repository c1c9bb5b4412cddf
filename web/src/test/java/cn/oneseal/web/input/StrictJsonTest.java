package cn.oneseal.web.input;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.web.api.ApiRepresentations.CompleteRequest;
import cn.oneseal.web.api.ApiRepresentations.ExtensionRequest;
import cn.oneseal.web.api.ApiRepresentations.SubmitRequest;
import cn.oneseal.web.api.CalendarResource.YearRequest;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bodies that JSON-B would coerce or drop are refused, each problem under its own field. */
class StrictJsonTest {

  @Test
  void aWellTypedBodyPasses() {
    assertThat(
            problems(
                "{\"itemCode\":\"X\",\"form\":{\"a\":\"b\"},\"materials\":[{\"fileName\":\"a.pdf\"}]}",
                SubmitRequest.class))
        .isEmpty();
    assertThat(problems("{\"days\":10,\"reason\":null}", ExtensionRequest.class)).isEmpty();
  }

  @Test
  void aStringWhereABooleanBelongsIsNotCoerced() {
    assertThat(fields(problems("{\"confirmed\":\"true\"}", YearRequest.class)))
        .containsExactly("confirmed");
    assertThat(codes(problems("{\"confirmed\":\"true\"}", YearRequest.class)))
        .containsExactly("error.json.expectedBoolean");
  }

  @Test
  void aFractionOrAnOutOfRangeNumberIsNoInteger() {
    assertThat(codes(problems("{\"days\":1.5}", ExtensionRequest.class)))
        .containsExactly("error.json.expectedInteger");
    assertThat(codes(problems("{\"days\":\"10\"}", ExtensionRequest.class)))
        .containsExactly("error.json.expectedInteger");
    assertThat(codes(problems("{\"days\":99999999999}", ExtensionRequest.class)))
        .containsExactly("error.json.outOfRange");
    assertThat(problems("{\"days\":1e1}", ExtensionRequest.class)).isEmpty();
  }

  @Test
  void nullInsideAListIsNamedByItsPosition() {
    List<DomainException.Detail> problems =
        problems("{\"outcome\":\"approve\",\"missing\":[\"a\",null]}", CompleteRequest.class);
    assertThat(fields(problems)).containsExactly("missing[1]");
    assertThat(codes(problems)).containsExactly("error.json.nullInList");
  }

  @Test
  void nestedProblemsNameTheirPath() {
    List<DomainException.Detail> problems =
        problems(
            "{\"materials\":[{\"fileName\":\"a.pdf\"},{\"fileName\":7}],\"form\":{\"x\":[1]}}",
            SubmitRequest.class);
    assertThat(fields(problems)).containsExactly("materials[1].fileName", "form.x");
  }

  @Test
  void anUnknownPropertyIsRefusedInsteadOfDropped() {
    List<DomainException.Detail> problems =
        problems("{\"outcome\":\"approve\",\"opinon\":\"ok\"}", CompleteRequest.class);
    assertThat(fields(problems)).containsExactly("opinon");
    assertThat(codes(problems)).containsExactly("error.json.unknownField");
  }

  @Test
  void anUnknownEnumValueListsTheAllowedOnes() {
    List<DomainException.Detail> problems = problems("\"FUNDAY\"", DayOfWeek.class);
    assertThat(codes(problems)).containsExactly("error.json.oneOf");
    assertThat(problems.get(0).arguments()[1].toString()).contains("MONDAY");
  }

  @Test
  void theWrongShapeAtTheTopIsTheBody() {
    assertThat(fields(problems("[1,2]", SubmitRequest.class))).containsExactly("body");
    assertThat(codes(problems("\"x\"", SubmitRequest.class)))
        .containsExactly("error.json.expectedObject");
  }

  @Test
  void aDateMustBeADate() {
    assertThat(codes(problems("{\"days\":[{\"date\":5}]}", YearRequest.class)))
        .containsExactly("error.json.expectedText");
  }

  private static List<DomainException.Detail> problems(String json, Type type) {
    JsonValue value = Json.createReader(new StringReader(json)).readValue();
    return StrictJson.problems(value, type);
  }

  private static List<String> fields(List<DomainException.Detail> problems) {
    return problems.stream().map(DomainException.Detail::field).toList();
  }

  private static List<String> codes(List<DomainException.Detail> problems) {
    return problems.stream().map(DomainException.Detail::code).toList();
  }
}
