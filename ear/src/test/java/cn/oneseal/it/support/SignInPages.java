package cn.oneseal.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.domain.model.account.Totp;
import cn.oneseal.it.support.PageSession.Answer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages of signing in beyond the password, driven as a browser would post them: the second
 * step's code, the enrolment of an authenticator, the password change. Codes are computed from the
 * server's clock (which the tests may move).
 */
public final class SignInPages {

  /** The published secret of the demo account enrolled for two-factor sign-in (README). */
  public static final String CLERK2 = "clerk2";

  public static final String CLERK2_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
  private static final Pattern SECRET = Pattern.compile("id=\"secretText\"[^>]*>([A-Z2-7 ]+)<");
  private static final Pattern RECOVERY =
      Pattern.compile("class=\"os-recovery-code\">([a-z0-9-]+)<");

  private SignInPages() {}

  /** The server's time, as its clock reads (moved or not). */
  public static Instant serverNow() {
    return Instant.parse(Api.as("admin").get("/api/system/clock").json().path("now").asText());
  }

  /** The code of {@code secret} at the server's time, {@code stepsAhead} steps later. */
  public static String code(String secret, int stepsAhead) {
    return Totp.code(secret, Totp.stepAt(serverNow().getEpochSecond()) + stepsAhead);
  }

  /** Posts {@code code} on the second sign-in step. */
  public static Answer submitCode(PageSession session, String code) {
    Answer page = session.get("/second-factor.xhtml");
    assertThat(page.status()).as("second step page").isEqualTo(200);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("codeForm", "codeForm");
    fields.put("codeForm:code", code);
    fields.put("codeForm:verifyButton", "");
    fields.put("jakarta.faces.ViewState", viewState(page.body()));
    return session.post(PageSession.formAction("codeForm", page.body()), fields);
  }

  /** The Base32 secret the enrolment page offers. */
  public static String offeredSecret(Answer enrolmentPage) {
    Matcher m = SECRET.matcher(enrolmentPage.body());
    assertThat(m.find()).as("a secret on %s", enrolmentPage.body()).isTrue();
    return m.group(1).replace(" ", "");
  }

  /** Confirms the enrolment offered on {@code page} with {@code code}; the answer page. */
  public static Answer confirmEnrolment(PageSession session, Answer page, String code) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("twoFactorForm", "twoFactorForm");
    fields.put("twoFactorForm:code", code);
    fields.put("twoFactorForm:confirmButton", "");
    fields.put("jakarta.faces.ViewState", viewState(page.body()));
    return session.post(PageSession.formAction("twoFactorForm", page.body()), fields);
  }

  /** The recovery codes a page shows (once, after enrolment). */
  public static List<String> recoveryCodes(Answer page) {
    List<String> codes = new ArrayList<>();
    Matcher m = RECOVERY.matcher(page.body());
    while (m.find()) {
      codes.add(m.group(1));
    }
    return codes;
  }

  /** Enrols the session's person on the enrolment page; returns the secret and recovery codes. */
  public static Enrolled enrol(PageSession session) {
    Answer page = session.get("/account/two-factor.xhtml");
    assertThat(page.status()).as("enrolment page").isEqualTo(200);
    String secret = offeredSecret(page);
    Answer done = confirmEnrolment(session, page, code(secret, 0));
    List<String> codes = recoveryCodes(done);
    assertThat(codes).as("recovery codes shown once on %s", done.body()).hasSize(10);
    return new Enrolled(secret, codes);
  }

  public record Enrolled(String secret, List<String> recoveryCodes) {}

  /** Posts the password change form. */
  public static Answer changePassword(
      PageSession session, String current, String next, String confirmation) {
    Answer page = session.get("/account/password.xhtml");
    assertThat(page.status()).as("password page").isEqualTo(200);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("passwordForm", "passwordForm");
    fields.put("passwordForm:currentPassword", current);
    fields.put("passwordForm:newPassword", next);
    fields.put("passwordForm:confirmation", confirmation);
    fields.put("passwordForm:changeButton", "");
    fields.put("jakarta.faces.ViewState", viewState(page.body()));
    return session.post(PageSession.formAction("passwordForm", page.body()), fields);
  }

  /** Where a redirect answer points, without the host. */
  public static String location(Answer answer) {
    String location = answer.header("Location");
    assertThat(location).as("a redirect: %s", answer.body()).isNotNull();
    return location.replaceFirst("^https?://[^/]+", "").replaceFirst(";jsessionid=[^?]*", "");
  }

  private static String viewState(String html) {
    Matcher m = VIEW_STATE.matcher(html);
    assertThat(m.find()).as("view state in %s", html).isTrue();
    return m.group(1);
  }
}
