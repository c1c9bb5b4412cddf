package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertJsonError;
import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.OneSealServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Notifications over the API: only the signed-in person's own, for any role. The server mails
 * through the test's SMTP sink ({@link OneSealServer#mailbox()}); the delivered-mail assertions
 * belong with the task operations that notify (assign, urge, transfer, cards). The admin is the
 * "fresh" person here: no task operation ever notifies them, whatever other ITs ran before.
 */
@ExtendWith(OneSealServer.class)
class NotificationMailIT {

  private static final String FRESH = "admin";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "GET /api/notifications",
        "GET /api/notifications/count",
        "POST /api/notifications/read-all",
        "POST /api/notifications/1/read"
      })
  void anonymousCallersMustSignIn(String call) {
    String[] parts = call.split(" ");
    Api nobody = Api.anonymous();
    Api.Response response = parts[0].equals("GET") ? nobody.get(parts[1]) : nobody.post(parts[1]);

    assertJsonError(response, 401);
    assertThat(response.header("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
  }

  @Test
  void aFreshPersonHasNoNotifications() {
    Api admin = Api.as(FRESH);

    assertThat(assertStatus(admin.get("/api/notifications"), 200).items()).isEmpty();
    assertThat(assertStatus(admin.get("/api/notifications?unread=true"), 200).items()).isEmpty();
    JsonNode count = assertStatus(admin.get("/api/notifications/count"), 200).json();
    assertThat(count.get("unread").asLong()).isZero();
  }

  @Test
  void markingEverythingReadWithNothingUnreadChangesNothing() {
    Api admin = Api.as(FRESH);

    assertStatus(admin.post("/api/notifications/read-all"), 204);
    assertThat(admin.get("/api/notifications/count").json().get("unread").asLong()).isZero();
  }

  /**
   * A notification that is not the caller's is "not found", exactly like one that does not exist:
   * the answer must not tell which. (With a real notification of another person once the task
   * operations notify, see the class comment.)
   */
  @ParameterizedTest
  @ValueSource(strings = {"zhangsan", "clerk", "supervisor", "admin"})
  void markingANotificationThatIsNotYoursIsNotFound(String username) {
    JsonNode error =
        assertJsonError(
            Api.as(username).post("/api/notifications/" + Long.MAX_VALUE + "/read"), 404);

    assertThat(error.get("code").asText()).isEqualTo("error.notification.notFound");
  }

  @Test
  void aNotificationIdThatIsNotANumberIsNotFound() {
    assertStatus(Api.as(FRESH).post("/api/notifications/abc/read"), 404);
  }
}
