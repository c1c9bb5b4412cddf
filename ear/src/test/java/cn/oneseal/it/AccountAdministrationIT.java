package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertJsonError;
import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.PageSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Accounts as an operations team runs them, on the deployed server: the system administrator
 * creates a staff account, the security administrator changes its roles, locks and unlocks it, the
 * system administrator deactivates it — each administrator refused the others' work (三权分立) — and
 * the audit administrator, alone, reads all of it in the security log. Citizens register themselves
 * with a checked identity number; a set-up installation refuses a second first administrator.
 */
@ExtendWith(OneSealServer.class)
class AccountAdministrationIT {

  private static final String PASSWORD = "a long initial passphrase";

  private final Api sysadmin = Api.as("sysadmin");
  private final Api secadmin = Api.as("secadmin");
  private final Api auditor = Api.as("auditor");

  private static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8);
  }

  /**
   * The status of a request signed with these credentials, from an address of its own (the test
   * client is a trusted proxy), so that the refusals here count against no other test's address.
   */
  private static int signInStatus(String username, String password) {
    String address = "198.51.100." + (1 + (int) (Math.random() * 250));
    return Api.as(username, password)
        .get("/api/notifications", "X-Forwarded-For", address)
        .status();
  }

  private String createOfficer(String username) {
    JsonNode created =
        assertStatus(
                sysadmin.post(
                    "/api/admin/users",
                    Api.json(
                        Api.object(
                            "username",
                            username,
                            "displayName",
                            "测试审查员",
                            "password",
                            PASSWORD,
                            "roles",
                            List.of("officer"),
                            "section",
                            "MARKET_ACCESS",
                            "email",
                            username + "@oneseal.example",
                            "mobile",
                            "13800138000",
                            "staffNumber",
                            "T-" + username))),
                201)
            .json();
    assertThat(created.path("roles").toString()).isEqualTo("[\"officer\"]");
    assertThat(created.path("passwordChangeRequired").asBoolean()).isTrue();
    assertThat(created.toString()).doesNotContain(PASSWORD).doesNotContain("passwordHash");
    return username;
  }

  @Test
  void eachAdministratorDoesTheirOwnPartAndIsRefusedTheOthers() {
    String user = createOfficer(unique("officer"));

    // the system administrator neither changes roles nor reads the security log nor reads cases
    assertJsonError(
        sysadmin.put("/api/admin/users/" + user + "/roles", "{\"roles\":[\"director\"]}"), 403);
    assertJsonError(sysadmin.get("/api/admin/security-log"), 403);
    assertJsonError(sysadmin.get("/api/applications"), 403);
    // the security administrator creates no account and deactivates none
    assertJsonError(
        secadmin.post(
            "/api/admin/users",
            Api.json(
                Api.object(
                    "username",
                    unique("x"),
                    "displayName",
                    "x",
                    "password",
                    PASSWORD,
                    "roles",
                    List.of("clerk")))),
        403);
    assertJsonError(secadmin.post("/api/admin/users/" + user + "/deactivation"), 403);
    // the audit administrator reads no account and changes nothing
    assertJsonError(auditor.get("/api/admin/users"), 403);
    assertJsonError(auditor.post("/api/admin/users/" + user + "/unlock"), 403);

    // roles: the security administrator's, within the separation of duties
    JsonNode changed =
        assertStatus(
                secadmin.put(
                    "/api/admin/users/" + user + "/roles", "{\"roles\":[\"officer\",\"chief\"]}"),
                200)
            .json();
    assertThat(changed.path("roles").toString()).isEqualTo("[\"chief\",\"officer\"]");
    JsonNode refused =
        assertJsonError(
            secadmin.put(
                "/api/admin/users/" + user + "/roles", "{\"roles\":[\"admin\",\"auditor\"]}"),
            400);
    assertThat(refused.path("problems").get(0).path("code").asText())
        .isEqualTo("error.account.separationOfDuties");
    assertThat(
            assertStatus(sysadmin.get("/api/admin/users/" + user), 200)
                .json()
                .path("roles")
                .toString())
        .isEqualTo("[\"chief\",\"officer\"]");
    // nobody administers their own account
    assertThat(
            assertJsonError(
                    secadmin.put(
                        "/api/admin/users/secadmin/roles",
                        "{\"roles\":[\"secadmin\",\"supervisor\"]}"),
                    403)
                .path("code")
                .asText())
        .isEqualTo("error.account.own");

    // lock and unlock: the security administrator's; a locked account cannot sign in
    Instant until = Instant.now().plus(2, ChronoUnit.HOURS);
    assertStatus(
        secadmin.post("/api/admin/users/" + user + "/lock", "{\"until\":\"" + until + "\"}"), 200);
    assertThat(signInStatus(user, PASSWORD)).isEqualTo(429);
    assertStatus(secadmin.post("/api/admin/users/" + user + "/unlock"), 200);
    assertThat(signInStatus(user, PASSWORD)).isNotIn(401, 429);

    // deactivation: the system administrator's; the account stays, nobody signs in with it
    JsonNode deactivated =
        assertStatus(sysadmin.post("/api/admin/users/" + user + "/deactivation"), 200).json();
    assertThat(deactivated.path("active").asBoolean()).isFalse();
    assertThat(signInStatus(user, PASSWORD)).isEqualTo(401);
    assertJsonError(sysadmin.post("/api/admin/users/" + user + "/deactivation"), 409);
    assertStatus(sysadmin.post("/api/admin/users/" + user + "/reactivation"), 200);

    // the audit administrator reads every one of these acts, with who did it
    JsonNode log =
        assertStatus(auditor.get("/api/admin/security-log?account=" + user + "&size=100"), 200)
            .json();
    List<String> kinds =
        StreamSupport.stream(log.path("items").spliterator(), false)
            .map(e -> e.path("kind").asText() + " by " + e.path("actor").asText())
            .toList();
    assertThat(kinds)
        .contains(
            "account.created by sysadmin",
            "account.rolesChanged by secadmin",
            "account.locked by secadmin",
            "account.unlocked by secadmin",
            "account.deactivated by sysadmin",
            "account.reactivated by sysadmin",
            "signin.succeeded by " + user);
    assertThat(log.path("total").asLong()).isGreaterThanOrEqualTo(7);
  }

  @Test
  void aNewStaffAccountIsCheckedWholeAndNothingIsCreatedOnAnyProblem() {
    String existing = createOfficer(unique("officer"));
    JsonNode refused =
        assertJsonError(
            sysadmin.post(
                "/api/admin/users",
                Api.json(
                    Api.object(
                        "username", existing,
                        "displayName", " ",
                        "password", "short",
                        "roles", List.of("admin", "officer"),
                        "section", "NO_SUCH_SECTION",
                        "email", "not-an-address",
                        "mobile", "12345",
                        "staffNumber", "T-" + existing))),
            400);
    Set<String> fields =
        Set.copyOf(
            StreamSupport.stream(refused.path("problems").spliterator(), false)
                .map(p -> p.path("field").asText())
                .toList());
    assertThat(fields)
        .contains(
            "username",
            "displayName",
            "password",
            "roles",
            "section",
            "email",
            "mobile",
            "staffNumber");
    assertJsonError(
        sysadmin.post(
            "/api/admin/users",
            Api.json(
                Api.object(
                    "username",
                    unique("citizen"),
                    "displayName",
                    "x",
                    "password",
                    PASSWORD,
                    "roles",
                    List.of("citizen")))),
        400);
  }

  @Test
  void aPasswordResetByTheSecurityAdministratorMustBeChangedByItsHolder() {
    String user = createOfficer(unique("officer"));
    assertJsonError(
        secadmin.post("/api/admin/users/" + user + "/password-reset", "{\"password\":\"abc\"}"),
        400);
    JsonNode reset =
        assertStatus(
                secadmin.post(
                    "/api/admin/users/" + user + "/password-reset",
                    "{\"password\":\"another temporary passphrase\"}"),
                200)
            .json();
    assertThat(reset.path("passwordChangeRequired").asBoolean()).isTrue();
    assertThat(signInStatus(user, "another temporary passphrase")).isNotIn(401, 429);
    assertThat(signInStatus(user, PASSWORD)).isEqualTo(401);
  }

  @Test
  void aCitizenRegistersWithACheckedIdentityNumberStoredMasked() {
    String username = unique("citizen");
    String number = IdentityNumbers.valid("110105", "19800515", "123");
    JsonNode created =
        assertStatus(
                Api.anonymous()
                    .post(
                        "/api/accounts",
                        Api.json(
                            Api.object(
                                "username", username,
                                "displayName", "赵六",
                                "password", "我的密码是一句很好记的话语呢",
                                "identityKind", "RESIDENT_ID",
                                "identityNumber", number,
                                "mobile", "13900139000"))),
                201)
            .json();
    assertThat(created.path("roles").toString()).isEqualTo("[\"citizen\"]");
    assertThat(created.path("identityMasked").asText())
        .startsWith(number.substring(0, 1))
        .contains("*")
        .isNotEqualTo(number);
    assertThat(created.toString()).doesNotContain(number);
    // she signs in at once and files as any citizen
    assertStatus(Api.as(username, "我的密码是一句很好记的话语呢").get("/api/applications"), 200);

    // a wrong check digit, a taken name, and a foreigner without nationality: every problem at once
    String wrongCheck = number.substring(0, 17) + (number.charAt(17) == '0' ? "1" : "0");
    JsonNode refused =
        assertJsonError(
            Api.anonymous()
                .post(
                    "/api/accounts",
                    Api.json(
                        Api.object(
                            "username", username,
                            "displayName", "赵六",
                            "password", "我的密码是一句很好记的话语呢",
                            "identityNumber", wrongCheck,
                            "mobile", "13900139000"))),
            400);
    assertThat(refused.toString())
        .contains("error.identityNumber.check", "error.account.usernameTaken")
        .doesNotContain(wrongCheck);
    JsonNode passport =
        assertStatus(
                Api.anonymous()
                    .post(
                        "/api/accounts",
                        Api.json(
                            Api.object(
                                "username", unique("foreign"),
                                "displayName", "Jane Roe",
                                "password", "a passphrase of my own",
                                "identityKind", "PASSPORT",
                                "identityNumber", "X12345678",
                                "nationality", "usa",
                                "mobile", "+14155550100"))),
                201)
            .json();
    assertThat(passport.path("identityKind").asText()).isEqualTo("PASSPORT");
    assertThat(passport.path("identityMasked").asText()).isEqualTo("X1****78");
  }

  @Test
  void aSetUpInstallationRefusesAnotherFirstAdministrator() {
    assertJsonError(
        Api.anonymous()
            .post(
                "/api/setup",
                "{\"token\":\"GUESS\",\"username\":\"intruder\",\"displayName\":\"x\",\"password\":\"a long passphrase here\"}"),
        409);
    PageSession.Answer page = new PageSession().get("/setup.xhtml");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("setupClosed").doesNotContain("setupForm");
  }

  @Test
  void eachAdministratorsPagesAreTheirsAlone() {
    assertThat(PageSession.signedIn("sysadmin").get("/admin/users.xhtml").status()).isEqualTo(200);
    assertThat(PageSession.signedIn("secadmin").get("/admin/user.xhtml?username=clerk").body())
        .contains("securityForm")
        .doesNotContain("detailsForm");
    assertThat(PageSession.signedIn("auditor").get("/admin/users.xhtml").status()).isEqualTo(403);
    assertThat(PageSession.signedIn("auditor").get("/admin/security-log.xhtml").status())
        .isEqualTo(200);
    assertThat(PageSession.signedIn("sysadmin").get("/admin/security-log.xhtml").status())
        .isEqualTo(403);
    assertThat(PageSession.signedIn("secadmin").get("/admin/items.xhtml").status()).isEqualTo(403);
  }

  /** GB 11643 numbers for tests: area, birth date, sequence, and the computed check character. */
  static final class IdentityNumbers {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    static String valid(String area, String birthDate, String sequence) {
      String body = area + birthDate + sequence;
      int sum = 0;
      for (int i = 0; i < 17; i++) {
        sum += (body.charAt(i) - '0') * WEIGHTS[i];
      }
      return body + CHECK.charAt(sum % 11);
    }
  }
}
