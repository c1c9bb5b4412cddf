package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertJsonError;
import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static cn.oneseal.it.support.Casework.submit;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.OneSealServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The working-day calendar on the deployed server: the State Council's 2026 schedule as seeded, an
 * administrator's edit of a year (refused whole when any day is wrong) and the legal clock
 * following the edit at once. The edited year is 2031, which no other test uses, and it is emptied
 * again at the end.
 */
@ExtendWith(OneSealServer.class)
class CalendarIT {

  private final Api admin = Api.as("admin");

  @Test
  void theSeeded2026ScheduleIsPublic() {
    JsonNode year = assertStatus(Api.anonymous().get("/api/calendar/2026"), 200).json();
    assertThat(year.path("confirmed").asBoolean()).isTrue();
    assertThat(year.path("workingDays").asInt()).isEqualTo(248);
    List<String> days =
        StreamSupport.stream(year.path("days").spliterator(), false)
            .map(d -> d.path("date").asText() + " " + d.path("kind").asText())
            .toList();
    assertThat(days)
        .contains(
            "2026-02-14 workday",
            "2026-02-17 holiday",
            "2026-10-01 holiday",
            "2026-10-07 holiday",
            "2026-10-10 workday");
    assertJsonError(Api.anonymous().get("/api/calendar/1999"), 400);
  }

  @Test
  void anAdministratorsEditIsCheckedWholeAndTheClockFollowsIt() {
    Map<String, Object> holiday =
        Api.object("date", "2031-03-03", "kind", "holiday", "nameZh", "测试假日", "nameEn", "Test day");
    // a make-up working day on a weekday and a day outside the year: refused, nothing saved
    JsonNode refused =
        assertJsonError(
            admin.put(
                "/api/calendar/2031",
                Api.json(
                    Api.object(
                        "confirmed",
                        true,
                        "source",
                        "test",
                        "days",
                        List.of(
                            holiday,
                            Api.object(
                                "date",
                                "2031-03-04",
                                "kind",
                                "workday",
                                "nameZh",
                                "调休",
                                "nameEn",
                                "Make-up"),
                            Api.object(
                                "date",
                                "2032-01-01",
                                "kind",
                                "holiday",
                                "nameZh",
                                "元旦",
                                "nameEn",
                                "New Year"))))),
            400);
    assertThat(refused.path("problems")).hasSizeGreaterThanOrEqualTo(2);
    assertThat(assertStatus(admin.get("/api/calendar/2031"), 200).json().path("days").isEmpty())
        .isTrue();
    assertJsonError(Api.as("director").put("/api/calendar/2031", "{\"days\":[]}"), 403);
    assertJsonError(Api.anonymous().put("/api/calendar/2031", "{\"days\":[]}"), 401);

    try {
      JsonNode saved =
          assertStatus(
                  admin.put(
                      "/api/calendar/2031",
                      Api.json(
                          Api.object(
                              "confirmed", false, "source", "test", "days", List.of(holiday)))),
                  200)
              .json();
      assertThat(saved.path("days")).hasSize(1);

      // filed on Friday 28 Feb 2031: the window's 5 working days skip Monday 3 March now
      assertStatus(
          admin.put("/api/system/clock", Api.json(Api.object("now", "2031-02-28T10:00:00+08:00"))),
          200);
      String number = submit(Api.as("zhangsan"), "SC-0001");
      JsonNode clock =
          assertStatus(Api.as("zhangsan").get("/api/applications/" + number + "/clock"), 200)
              .json();
      assertThat(clock.path("windowDeadline").asText()).isEqualTo("2031-03-10");
    } finally {
      assertStatus(admin.put("/api/system/clock", "{}"), 200);
      assertStatus(
          admin.put(
              "/api/calendar/2031",
              Api.json(Api.object("confirmed", false, "source", "test", "days", List.of()))),
          200);
    }
  }
}
