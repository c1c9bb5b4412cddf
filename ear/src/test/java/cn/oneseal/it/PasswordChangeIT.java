package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertJsonError;
import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static cn.oneseal.it.support.SignInPages.location;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.PageSession;
import cn.oneseal.it.support.PageSession.Answer;
import cn.oneseal.it.support.SignInPages;
import cn.oneseal.it.support.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Changing one's password: a password someone else set must be changed before anything else (on the
 * pages and through the API, Basic or token), the new one must meet the policy and not be one of
 * the last five, and every problem is reported at once. The password gate comes before the
 * enrolment of a second factor.
 */
@ExtendWith(OneSealServer.class)
class PasswordChangeIT {

  private static final String NEW_PASSWORD = "Zebra-Quartz-71";

  @Test
  void anAccountWhosePasswordWasSetMustChangeItBeforeAnythingElse() {
    TestDatabase.createAccount("pw.citizen", "CITIZEN", true);
    PageSession session = new PageSession();
    assertThat(location(session.signIn("pw.citizen", Api.DEMO_PASSWORD)))
        .isEqualTo("/account/password.xhtml");
    assertThat(location(session.get("/citizen/applications.xhtml")))
        .isEqualTo("/account/password.xhtml");
    assertThat(location(session.get("/index.xhtml"))).isEqualTo("/account/password.xhtml");
    assertThat(session.get("/account/password.xhtml").body()).contains("passwordRequired");

    Api basic = Api.as("pw.citizen");
    assertThat(assertJsonError(basic.get("/api/applications"), 403).path("code").asText())
        .isEqualTo("error.password.changeRequired");
    assertThat(
            assertJsonError(
                    basic.post(
                        "/api/account/tokens",
                        "{\"name\":\"x\",\"scopes\":[\"read\"],\"expiresInDays\":1}"),
                    403)
                .path("code")
                .asText())
        .isEqualTo("error.password.changeRequired");

    Answer mismatch =
        SignInPages.changePassword(session, Api.DEMO_PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x");
    assertThat(mismatch.status()).isEqualTo(200);
    assertThat(mismatch.body()).contains("两次输入的新密码不一致");

    Answer changed =
        SignInPages.changePassword(session, Api.DEMO_PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
    assertThat(location(changed)).isEqualTo("/citizen/applications.xhtml");
    assertThat(session.get("/citizen/applications.xhtml").status()).isEqualTo(200);
    assertStatus(Api.as("pw.citizen", NEW_PASSWORD).get("/api/applications"), 200);
  }

  @Test
  void theApiChangesThePasswordAndReportsEveryProblemAtOnce() {
    TestDatabase.createAccount("pw.api", "CITIZEN", false);
    Api caller = Api.as("pw.api");
    JsonNode both =
        assertJsonError(
            caller.put(
                "/api/account/password",
                "{\"currentPassword\":\"not-it\",\"newPassword\":\"short\"}",
                "Accept-Language",
                "en"),
            400);
    assertThat(fields(both)).containsExactlyInAnyOrder("currentPassword", "newPassword");
    assertThat(both.path("message").asText()).doesNotStartWith("error.");

    JsonNode named =
        assertJsonError(
            caller.put(
                "/api/account/password",
                "{\"currentPassword\":\"demo123\",\"newPassword\":\"my-pw.api-secret\"}"),
            400);
    assertThat(codes(named)).contains("error.password.containsUsername");

    assertStatus(
        caller.put(
            "/api/account/password",
            "{\"currentPassword\":\"demo123\",\"newPassword\":\"" + NEW_PASSWORD + "\"}"),
        204);
    Api renewed = Api.as("pw.api", NEW_PASSWORD);
    assertStatus(
        renewed.put(
            "/api/account/password",
            "{\"currentPassword\":\"" + NEW_PASSWORD + "\",\"newPassword\":\"Other-Walrus-82\"}"),
        204);
    JsonNode reused =
        assertJsonError(
            Api.as("pw.api", "Other-Walrus-82")
                .put(
                    "/api/account/password",
                    "{\"currentPassword\":\"Other-Walrus-82\",\"newPassword\":\""
                        + NEW_PASSWORD
                        + "\"}"),
            400);
    assertThat(codes(reused)).containsExactly("error.password.reused");
    assertThat(fields(reused)).containsExactly("newPassword");
  }

  @Test
  void thePasswordGateComesBeforeTheEnrolmentOfASecondFactor() {
    TestDatabase.createAccount("pw.officer", "OFFICER", true);
    PageSession session = new PageSession();
    assertThat(location(session.signIn("pw.officer", Api.DEMO_PASSWORD)))
        .isEqualTo("/account/password.xhtml");
    assertThat(location(session.get("/account/two-factor.xhtml")))
        .isEqualTo("/account/password.xhtml");
    Answer changed =
        SignInPages.changePassword(session, Api.DEMO_PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
    assertThat(location(changed)).isEqualTo("/account/two-factor.xhtml");
    assertThat(location(session.get("/staff/inbox.xhtml"))).isEqualTo("/account/two-factor.xhtml");
    SignInPages.enrol(session);
    assertThat(session.get("/staff/inbox.xhtml").status()).isEqualTo(200);
  }

  @Test
  void theAccountPagesAreForSignedInPeopleOfEveryRole() {
    for (String page :
        List.of("/account/password.xhtml", "/account/two-factor.xhtml", "/account/tokens.xhtml")) {
      assertThat(Api.anonymous().get(page).header("Location"))
          .as(page)
          .hasValueSatisfying(l -> assertThat(l).contains("/login.xhtml"));
      for (String who : List.of("zhangsan", "clerk", "supervisor", "admin", "secadmin")) {
        assertThat(PageSession.signedIn(who).get(page).status())
            .as("%s as %s", page, who)
            .isEqualTo(200);
      }
    }
  }

  private static List<String> fields(JsonNode error) {
    List<String> fields = new ArrayList<>();
    error.path("problems").forEach(p -> fields.add(p.path("field").asText()));
    return fields;
  }

  private static List<String> codes(JsonNode error) {
    List<String> codes = new ArrayList<>();
    error.path("problems").forEach(p -> codes.add(p.path("code").asText()));
    return codes;
  }
}
