package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertJsonError;
import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static cn.oneseal.it.support.ApiAssertions.assertStatusIn;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Api.Response;
import cn.oneseal.it.support.Casework;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.PageSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in under attack: guessing is slowed down per source address and per account before any lock,
 * so that a stranger cannot lock the director out; an unknown name is answered exactly as a wrong
 * password; another site cannot sign anyone in or out, nor write through the API with credentials a
 * browser remembered.
 *
 * <p>The test server's throttle is short ({@link OneSealServer#SIGNIN_WINDOW} and friends), and the
 * test plays the reverse proxy ({@link OneSealServer#TRUSTED_PROXIES}), so that {@code
 * X-Forwarded-For} lets it act from many addresses. Each test uses its own documentation addresses
 * (RFC 5737), and every account that failed here signs in successfully before the test ends, which
 * clears its count for the other tests.
 */
@ExtendWith(OneSealServer.class)
class SignInHardeningIT {

  private static final String FORWARDED_FOR = "X-Forwarded-For";
  private static final String SIGNED_IN_ONLY = "/api/notifications/count";
  private static final String EVIL = "https://evil.example";

  /** Longer than any wait between two judged attempts of one account on the test server. */
  private static final Duration PAST_THE_DELAY =
      OneSealServer.SIGNIN_DELAY_MAX.plus(Duration.ofMillis(150));

  @Test
  void aBurstOfWrongPasswordsFromOneAddressIsThrottledAndTheDirectorStillSignsInFromElsewhere() {
    String stranger = "203.0.113.10";
    List<Response> burst = new ArrayList<>();
    for (int i = 0; i < 3 * OneSealServer.SIGNIN_ADDRESS_LIMIT; i++) {
      burst.add(Api.as("director", "guess-" + i).get(SIGNED_IN_ONLY, FORWARDED_FOR, stranger));
    }
    assertJsonError(burst.get(0), 401);
    long judged = burst.stream().filter(r -> r.status() == 401).count();
    assertThat(judged)
        .as("wrong passwords actually checked in the burst: the rest were refused unchecked")
        .isLessThanOrEqualTo(OneSealServer.SIGNIN_ADDRESS_LIMIT);
    for (Response refused : burst.subList((int) judged, burst.size())) {
      assertThat(assertJsonError(refused, 429).path("code").asText())
          .isEqualTo("error.login.throttled");
      assertThat(retryAfter(refused)).isBetween(1L, OneSealServer.SIGNIN_WINDOW.toSeconds());
    }

    // the address is refused for every account, even with the right password
    Response zhangsanThere = Api.as("zhangsan").get(SIGNED_IN_ONLY, FORWARDED_FOR, stranger);
    assertThat(assertJsonError(zhangsanThere, 429).path("code").asText())
        .isEqualTo("error.login.throttled");
    assertThat(retryAfter(zhangsanThere))
        .as("the address waits for its window, not for an account's short delay")
        .isGreaterThan(OneSealServer.SIGNIN_DELAY_MAX.toSeconds() + 1);

    // the director is not locked: from the office, at most one short wait, then signed in
    Response director = signInWaitingAtMostOnce(Api.as("director"), "198.51.100.20");
    assertStatus(director, 200);
    assertStatus(Api.as("zhangsan").get(SIGNED_IN_ONLY, FORWARDED_FOR, "198.51.100.21"), 200);
  }

  @Test
  void onlyFailuresFromSeveralAddressesLockAnAccountAndAnUnknownNameIsLockedAlike() {
    String ghost = "ghost-" + UUID.randomUUID().toString().substring(0, 8);
    for (int round = 1; round <= OneSealServer.LOCKOUT_THRESHOLD; round++) {
      Response wrong =
          Api.as("wangwu", "guess-" + round)
              .get(SIGNED_IN_ONLY, FORWARDED_FOR, "203.0.113." + (30 + round));
      Response unknown =
          Api.as(ghost, "guess-" + round)
              .get(SIGNED_IN_ONLY, FORWARDED_FOR, "203.0.113." + (50 + round));
      assertJsonError(wrong, 401);
      assertJsonError(unknown, 401);
      assertThat(unknown.json()).as("round %d", round).isEqualTo(wrong.json());
      Casework.pause(PAST_THE_DELAY);
    }

    Response locked = Api.as("wangwu").get(SIGNED_IN_ONLY, FORWARDED_FOR, "198.51.100.30");
    Response ghostLocked =
        Api.as(ghost, Api.DEMO_PASSWORD).get(SIGNED_IN_ONLY, FORWARDED_FOR, "198.51.100.31");
    JsonNode error = assertJsonError(locked, 429);
    assertThat(error.path("code").asText()).isEqualTo("error.login.locked");
    assertThat(retryAfter(locked)).as("the lock lasts 15 minutes").isBetween(60L, 15 * 60L);
    assertJsonError(ghostLocked, 429);
    assertThat(ghostLocked.json()).isEqualTo(error);
    assertThat(retryAfter(ghostLocked)).isEqualTo(retryAfter(locked));
  }

  @Test
  void aWrongPasswordAndAnUnknownNameGetTheSameAnswersInComparableTime() {
    String ghost = "ghost-" + UUID.randomUUID().toString().substring(0, 8);
    // each name at once again, from another address: slowed down alike, even the right password
    Response wrong = Api.as("lisi", "guess").get(SIGNED_IN_ONLY, FORWARDED_FOR, "203.0.113.70");
    Response early = Api.as("lisi").get(SIGNED_IN_ONLY, FORWARDED_FOR, "198.51.100.70");
    Response unknown = Api.as(ghost, "guess").get(SIGNED_IN_ONLY, FORWARDED_FOR, "203.0.113.71");
    Response ghostEarly =
        Api.as(ghost, "guess").get(SIGNED_IN_ONLY, FORWARDED_FOR, "198.51.100.71");
    assertThat(assertJsonError(wrong, 401).path("code").asText()).isEqualTo("error.login.invalid");
    assertThat(unknown.status()).isEqualTo(401);
    assertThat(unknown.json()).isEqualTo(wrong.json());
    assertThat(unknown.header("WWW-Authenticate")).isEqualTo(wrong.header("WWW-Authenticate"));
    assertThat(assertJsonError(early, 429).path("code").asText())
        .isEqualTo("error.login.throttled");
    assertThat(retryAfter(early)).isBetween(1L, OneSealServer.SIGNIN_DELAY_MAX.toSeconds() + 1);
    assertJsonError(ghostEarly, 429);
    assertThat(ghostEarly.json().path("code")).isEqualTo(early.json().path("code"));
    assertThat(retryAfter(ghostEarly)).isEqualTo(retryAfter(early));
    Casework.pause(PAST_THE_DELAY);
    assertStatus(Api.as("lisi").get(SIGNED_IN_ONLY, FORWARDED_FOR, "198.51.100.70"), 200);

    // the time to refuse: an unknown name is hashed like a known one
    List<Long> wrongMillis = new ArrayList<>();
    List<Long> unknownMillis = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String wrongFrom = address(80, i);
      String unknownFrom = address(90, i);
      String otherGhost = ghost + i;
      wrongMillis.add(
          timed(() -> Api.as("lisi", "guess").get(SIGNED_IN_ONLY, FORWARDED_FOR, wrongFrom)));
      unknownMillis.add(
          timed(() -> Api.as(otherGhost, "guess").get(SIGNED_IN_ONLY, FORWARDED_FOR, unknownFrom)));
      Casework.pause(PAST_THE_DELAY);
    }
    long wrongMedian = median(wrongMillis);
    long unknownMedian = median(unknownMillis);
    // what must not differ is the password hash and the writes (both commit their failure count
    // and security-log entry; a known account's also its own row): an unhashed refusal answers in
    // ≈ 2 ms against ≈ 15 for a wrong password with the IT server's 10,000 rounds
    assertThat(unknownMedian)
        .as("ms to refuse an unknown name %s vs a wrong password %s", unknownMillis, wrongMillis)
        .isBetween(wrongMedian / 3, wrongMedian * 2 + 20);
    // the unknown name's failures are on the security log, from where they came, but the name
    // typed is not (it may be a password typed into the wrong field)
    // (the log is newest first by the server's clock, which other tests move: every page of the
    // unknown names' entries is read)
    ArrayNode unknownNames = Api.as("auditor").all("/api/admin/security-log?account=%3F");
    assertThat(unknownNames)
        .anySatisfy(
            e -> {
              assertThat(e.path("kind").asText()).isEqualTo("signin.failed");
              assertThat(e.path("actor").asText()).isEqualTo("?");
              assertThat(e.path("source").asText()).isEqualTo(address(90, 4));
            });
    for (int i = 0; i < 5; i++) {
      assertThat(
              assertStatus(
                      Api.as("auditor").get("/api/admin/security-log?account=" + ghost + i), 200)
                  .json()
                  .path("total")
                  .asLong())
          .as("entries under the unknown name typed")
          .isZero();
    }
    assertStatus(Api.as("lisi").get(SIGNED_IN_ONLY, FORWARDED_FOR, "198.51.100.70"), 200);

    // the login page: the same words for both, and "too many attempts" is a 429 that says how long
    PageSession page = new PageSession();
    String unknownOnPage = page.signIn(ghost, "guess", FORWARDED_FOR, "203.0.113.101").message();
    String wrongOnPage = page.signIn("lisi", "guess", FORWARDED_FOR, "203.0.113.100").message();
    PageSession.Answer tooEarly =
        page.signIn("lisi", Api.DEMO_PASSWORD, FORWARDED_FOR, "198.51.100.100");
    assertThat(wrongOnPage).isEqualTo("用户名或密码不正确。").isEqualTo(unknownOnPage);
    assertThat(tooEarly.status()).as(tooEarly.body()).isEqualTo(429);
    assertThat(tooEarly.header("Retry-After")).isNotNull();
    assertThat(tooEarly.message()).contains("登录尝试过于频繁").contains("秒");
    Casework.pause(PAST_THE_DELAY);
    assertThat(page.signIn("lisi", Api.DEMO_PASSWORD, FORWARDED_FOR, "198.51.100.100").status())
        .isIn(302, 303);
  }

  @Test
  void aSignInPostedByAnotherSiteIsRefused() {
    for (String[] crossSite :
        List.of(new String[] {"Origin", EVIL}, new String[] {"Sec-Fetch-Site", "cross-site"})) {
      PageSession page = new PageSession();
      PageSession.Answer refused = page.signIn("zhangsan", Api.DEMO_PASSWORD, crossSite);
      assertThat(refused.status()).as("%s: %s", crossSite[0], refused.body()).isEqualTo(403);
      assertThat(page.get("/citizen/applications.xhtml").status())
          .as("not signed in after a cross-site sign-in")
          .isIn(302, 303);
    }
    // the same form from the site itself signs in
    PageSession page = new PageSession();
    assertThat(
            page.signIn(
                    "zhangsan",
                    Api.DEMO_PASSWORD,
                    "Origin",
                    OneSealServer.BASE_URL,
                    "Sec-Fetch-Site",
                    "same-origin")
                .status())
        .isIn(302, 303);
    assertThat(page.get("/citizen/applications.xhtml").status()).isEqualTo(200);
  }

  @Test
  void aSignOutPostedByAnotherSiteOrWithoutTheSessionsTokenIsRefused() {
    PageSession page = new PageSession();
    assertThat(page.signIn("zhangsan", Api.DEMO_PASSWORD).status()).isIn(302, 303);
    String home = page.get("/index.xhtml").body();
    Map<String, String> logout = PageSession.logoutFields(home);
    String action = PageSession.formAction("logoutForm", home);
    assertThat(logout).containsKey("oneseal.csrf");
    assertThat(logout.get("oneseal.csrf")).hasSizeGreaterThanOrEqualTo(32);

    assertThat(page.post(action, logout, "Origin", EVIL).status()).isEqualTo(403);
    assertThat(page.post(action, logout, "Sec-Fetch-Site", "cross-site").status()).isEqualTo(403);
    Map<String, String> withoutToken = new LinkedHashMap<>(logout);
    withoutToken.remove("oneseal.csrf");
    assertThat(page.post(action, withoutToken).status()).isEqualTo(403);
    Map<String, String> forgedToken = new LinkedHashMap<>(logout);
    forgedToken.put("oneseal.csrf", "0".repeat(48));
    assertThat(page.post(action, forgedToken).status()).isEqualTo(403);
    assertThat(page.get("/citizen/applications.xhtml").status())
        .as("still signed in after refused sign-outs")
        .isEqualTo(200);

    PageSession.Answer signedOut = page.post(action, logout, "Sec-Fetch-Site", "same-origin");
    assertThat(signedOut.status()).as(signedOut.body()).isIn(302, 303);
    assertThat(page.get("/citizen/applications.xhtml").status()).isIn(302, 303);
  }

  @Test
  void theApiRefusesAWriteABrowserSendsForAnotherSiteAndASessionCookieDoesNotAuthenticateWrites() {
    Api zhangsan = Api.as("zhangsan");
    Response crossSite = zhangsan.post("/api/notifications/read-all", "{}", "Origin", EVIL);
    assertThat(assertJsonError(crossSite, 403).path("code").asText())
        .isEqualTo("error.request.crossSite");
    assertJsonError(
        zhangsan.post("/api/notifications/read-all", "{}", "Sec-Fetch-Site", "cross-site"), 403);
    assertStatusIn(
        zhangsan.post("/api/notifications/read-all", "{}", "Sec-Fetch-Site", "same-origin"),
        Set.of(200, 204));
    assertStatusIn(zhangsan.post("/api/notifications/read-all", "{}"), Set.of(200, 204));

    // a page session reads through the API but never writes through it
    PageSession page = new PageSession();
    assertThat(page.signIn("zhangsan", Api.DEMO_PASSWORD).status()).isIn(302, 303);
    assertThat(page.get("/api/notifications/count").status()).isEqualTo(200);
    PageSession.Answer write =
        page.post("/api/notifications/read-all", Map.of(), "Sec-Fetch-Site", "same-origin");
    assertThat(write.status()).as(write.body()).isEqualTo(401);
  }

  private static Response signInWaitingAtMostOnce(Api api, String address) {
    Response first = api.get(SIGNED_IN_ONLY, FORWARDED_FOR, address);
    if (first.status() != 429) {
      return first;
    }
    assertThat(first.json().path("code").asText()).isEqualTo("error.login.throttled");
    long wait = retryAfter(first);
    assertThat(wait).isLessThanOrEqualTo(OneSealServer.SIGNIN_DELAY_MAX.toSeconds() + 1);
    Casework.pause(Duration.ofSeconds(wait));
    return api.get(SIGNED_IN_ONLY, FORWARDED_FOR, address);
  }

  private static long retryAfter(Response response) {
    return Long.parseLong(
        response
            .header("Retry-After")
            .orElseThrow(() -> new AssertionError("no Retry-After: " + response)));
  }

  private static String address(int base, int i) {
    return "203.0.113." + (base + i);
  }

  private static long timed(java.util.function.Supplier<Response> call) {
    long start = System.nanoTime();
    Response response = call.get();
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(response.status()).as("%s", response).isEqualTo(401);
    return millis;
  }

  private static long median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return (sorted.get((sorted.size() - 1) / 2) + sorted.get(sorted.size() / 2)) / 2;
  }
}
