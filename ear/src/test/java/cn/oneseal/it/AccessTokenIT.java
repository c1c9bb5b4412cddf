package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertJsonError;
import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Api.Response;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.SignInPages;
import cn.oneseal.it.support.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Personal access tokens: shown once at creation, used as {@code Authorization: Bearer}, limited to
 * reading by the {@code read} scope, refused once expired (the server's clock is moved), revoked or
 * when the owner is deactivated, and never guessed into (401 with a reason).
 */
@ExtendWith(OneSealServer.class)
class AccessTokenIT {

  private static final String TOKENS = "/api/account/tokens";

  private static JsonNode create(Api owner, String name, String scopes, int days) {
    Response created =
        owner.post(
            TOKENS,
            "{\"name\":\"" + name + "\",\"scopes\":" + scopes + ",\"expiresInDays\":" + days + "}");
    assertStatus(created, 201);
    assertThat(created.header("Location")).hasValueSatisfying(l -> assertThat(l).contains(TOKENS));
    return created.json();
  }

  /** The secret part of {@code os_<id>_<secret>} (Base64url: it may contain '_' itself). */
  private static String secretOf(String token) {
    return token.substring(token.indexOf('_', 3) + 1);
  }

  private static String code(Response refused) {
    return assertJsonError(refused, 401).path("code").asText();
  }

  @Test
  void aTokenIsShownOnceAndSignsItsOwnerIn() {
    Api zhangsan = Api.as("zhangsan");
    JsonNode created = create(zhangsan, "nightly export", "[\"read\",\"write\"]", 30);
    String token = created.path("token").asText();
    assertThat(token).startsWith("os_" + created.path("id").asLong() + "_");

    Response list = zhangsan.get(TOKENS);
    assertStatus(list, 200);
    assertThat(list.body()).doesNotContain(secretOf(token));
    assertThat(list.json().path("total").asLong()).isPositive();
    JsonNode listed = list.items().get(0);
    assertThat(listed.path("name").asText()).isEqualTo("nightly export");
    assertThat(listed.has("token")).isFalse();
    Response one = zhangsan.get(TOKENS + "/" + created.path("id").asLong());
    assertThat(one.body()).doesNotContain(secretOf(token));

    Api bearer = Api.bearer(token);
    assertStatus(bearer.get("/api/applications"), 200);
    assertStatus(bearer.post("/api/notifications/read-all"), 204);
    assertThat(
            zhangsan
                .get(TOKENS + "/" + created.path("id").asLong())
                .json()
                .path("lastUsedAt")
                .isNull())
        .as("last use recorded")
        .isFalse();
    assertStatus(Api.bearer(token).get("/api/tasks"), 403); // a citizen's token: a citizen's rights
  }

  @Test
  void aReadOnlyTokenOnlyReads() {
    // accounts of their own: SignInHardeningIT slows down and locks demo citizens' sign-in
    TestDatabase.createAccount("tok.reader", "CITIZEN", false);
    String token =
        create(Api.as("tok.reader"), "dashboard", "[\"read\"]", 7).path("token").asText();
    Api bearer = Api.bearer(token);
    assertStatus(bearer.get("/api/applications"), 200);
    JsonNode refused = assertJsonError(bearer.post("/api/notifications/read-all"), 403);
    assertThat(refused.path("code").asText()).isEqualTo("error.token.scope");
  }

  @Test
  void anExpiredTokenIsRefused() {
    String token = create(Api.as("zhangsan"), "one day", "[\"read\"]", 1).path("token").asText();
    assertStatus(Api.bearer(token).get("/api/applications"), 200);
    Instant later = SignInPages.serverNow().plus(Duration.ofDays(1)).plusSeconds(60);
    try {
      assertStatus(Api.as("admin").put("/api/system/clock", "{\"now\":\"" + later + "\"}"), 200);
      assertThat(code(Api.bearer(token).get("/api/applications"))).isEqualTo("error.token.expired");
    } finally {
      assertStatus(Api.as("admin").put("/api/system/clock", "{}"), 200);
    }
  }

  @Test
  void aRevokedTokenIsRefusedAndOnlyItsOwnerRevokesIt() {
    TestDatabase.createAccount("tok.revoker", "CITIZEN", false);
    Api revoker = Api.as("tok.revoker");
    JsonNode created = create(revoker, "to revoke", "[\"read\"]", 5);
    long id = created.path("id").asLong();
    assertJsonError(Api.as("zhangsan").delete(TOKENS + "/" + id), 404);
    assertJsonError(Api.as("zhangsan").get(TOKENS + "/" + id), 404);
    assertStatus(revoker.delete(TOKENS + "/" + id), 204);
    assertThat(code(Api.bearer(created.path("token").asText()).get("/api/applications")))
        .isEqualTo("error.token.revoked");
    assertThat(revoker.get(TOKENS + "/" + id).json().path("active").asBoolean()).isFalse();
  }

  @Test
  void theTokensOfADeactivatedAccountAreRefused() {
    TestDatabase.createAccount("tok.owner", "CITIZEN", false);
    String token =
        create(Api.as("tok.owner"), "soon gone", "[\"read\",\"write\"]", 30).path("token").asText();
    assertStatus(Api.bearer(token).get("/api/applications"), 200);
    TestDatabase.update(
        "update user_account set enabled = false, deactivated_at = created_at where username = ?",
        "tok.owner");
    assertThat(code(Api.bearer(token).get("/api/applications")))
        .isEqualTo("error.token.accountDisabled");
  }

  @Test
  void aBadTokenIsRefusedWithoutSayingMore() {
    JsonNode created = create(Api.as("zhangsan"), "probe", "[\"read\"]", 1);
    String real = created.path("token").asText();
    String wrongSecret = real.substring(0, real.indexOf('_', 3) + 1) + "A".repeat(43);
    for (String bad :
        List.of("nonsense", "os_1_short", "os_999999999_" + "A".repeat(43), wrongSecret)) {
      assertThat(code(Api.bearer(bad).get("/api/applications")))
          .as(bad)
          .isEqualTo("error.token.invalid");
    }
    assertThat(Api.bearer("nonsense").get("/api/items").status())
        .as("a public list does not need a caller")
        .isEqualTo(200);
  }

  @Test
  void aTokenRequestIsCheckedWholly() {
    JsonNode refused =
        assertJsonError(
            Api.as("zhangsan")
                .post(TOKENS, "{\"name\":\" \",\"scopes\":[\"admin\"],\"expiresInDays\":366}"),
            400);
    List<String> fields = new ArrayList<>();
    refused.path("problems").forEach(p -> fields.add(p.path("field").asText()));
    assertThat(fields).containsExactlyInAnyOrder("name", "scopes", "expiresInDays");
    assertJsonError(Api.as("zhangsan").post(TOKENS, "{\"name\":\"x\",\"scopes\":[\"read\"]}"), 400);
  }

  /**
   * Not an assertion of speed (the machine is shared): prints what a token and a password cost
   * through the whole server, for the record.
   */
  @Test
  void bothSignInAndWhatEachCostsIsPrinted() {
    String token = create(Api.as("zhangsan"), "timing", "[\"read\"]", 1).path("token").asText();
    Api bearer = Api.bearer(token);
    Api basic = Api.as("zhangsan");
    for (int i = 0; i < 5; i++) {
      assertStatus(bearer.get("/api/notifications/count"), 200);
      assertStatus(basic.get("/api/notifications/count"), 200);
    }
    int rounds = 30;
    long start = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      bearer.get("/api/notifications/count");
    }
    double tokenMs = (System.nanoTime() - start) / 1e6 / rounds;
    start = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      basic.get("/api/notifications/count");
    }
    double basicMs = (System.nanoTime() - start) / 1e6 / rounds;
    System.out.printf(
        Locale.ROOT,
        "AccessTokenIT (%s): GET /api/notifications/count %.1f ms with a token, %.1f ms with"
            + " Basic%n",
        OneSealServer.database(),
        tokenMs,
        basicMs);
    assertThat(tokenMs).isPositive();
  }
}
