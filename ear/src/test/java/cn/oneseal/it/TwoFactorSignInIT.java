package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertJsonError;
import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static cn.oneseal.it.support.SignInPages.CLERK2;
import static cn.oneseal.it.support.SignInPages.CLERK2_SECRET;
import static cn.oneseal.it.support.SignInPages.code;
import static cn.oneseal.it.support.SignInPages.location;
import static cn.oneseal.it.support.SignInPages.submitCode;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.PageSession;
import cn.oneseal.it.support.PageSession.Answer;
import cn.oneseal.it.support.SignInPages;
import cn.oneseal.it.support.TestDatabase;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two-factor page sign-in (RFC 6238): an enrolled account is signed in only once its code is right
 * (nothing is reachable before), a code is accepted once, wrong codes end the pending sign-in, a
 * recovery code works once, and staff without a second factor enrol before anything else. The demo
 * account {@code clerk2} is enrolled with the README's published secret, so its codes are computed
 * here from the server's clock.
 */
@ExtendWith(OneSealServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoFactorSignInIT {

  private static final String SECOND_STEP = "/second-factor.xhtml";

  /** The code of clerk2 accepted first: it must not be accepted again. */
  private static String usedCode;

  @Test
  @Order(1)
  void theEnrolledAccountIsSignedInOnlyWithItsCode() {
    PageSession session = new PageSession();
    Answer password = session.signIn(CLERK2, Api.DEMO_PASSWORD);
    assertThat(location(password)).isEqualTo(SECOND_STEP);
    assertThat(location(session.get("/staff/inbox.xhtml")))
        .as("nothing is signed in before the code")
        .startsWith("/login.xhtml");

    Answer wrong = submitCode(session, code(CLERK2_SECRET, -5));
    assertThat(wrong.status()).isEqualTo(200);
    assertThat(wrong.message()).contains("验证码不正确");

    usedCode = code(CLERK2_SECRET, 0);
    Answer right = submitCode(session, usedCode);
    assertThat(location(right)).isEqualTo("/staff/inbox.xhtml");
    assertThat(session.get("/staff/inbox.xhtml").status()).isEqualTo(200);
  }

  @Test
  @Order(2)
  void aCodeIsNotAcceptedTwice() {
    PageSession session = new PageSession();
    assertThat(location(session.signIn(CLERK2, Api.DEMO_PASSWORD))).isEqualTo(SECOND_STEP);
    Answer replay = submitCode(session, usedCode);
    assertThat(replay.status()).isEqualTo(200);
    assertThat(replay.message()).contains("已使用过");

    Answer next = submitCode(session, code(CLERK2_SECRET, 1));
    assertThat(location(next)).isEqualTo("/staff/inbox.xhtml");
  }

  @Test
  @Order(3)
  void fiveWrongCodesEndThePendingSignIn() {
    PageSession session = new PageSession();
    assertThat(location(session.signIn(CLERK2, Api.DEMO_PASSWORD))).isEqualTo(SECOND_STEP);
    for (int i = 1; i <= 4; i++) {
      assertThat(submitCode(session, code(CLERK2_SECRET, -10 - i)).message()).contains("验证码不正确");
    }
    assertThat(submitCode(session, code(CLERK2_SECRET, -20)).message()).contains("次数过多");
    Answer after = session.get(SECOND_STEP);
    assertThat(after.body()).contains("noPending").doesNotContain("codeForm:code");
    assertThat(location(session.get("/staff/inbox.xhtml"))).startsWith("/login.xhtml");
  }

  @Test
  @Order(4)
  void staffWithoutASecondFactorEnrolBeforeAnythingElseAndRecoveryCodesWorkOnce() {
    TestDatabase.createAccount("tf.clerk", "CLERK", false);
    PageSession session = new PageSession();
    assertThat(location(session.signIn("tf.clerk", Api.DEMO_PASSWORD)))
        .isEqualTo("/account/two-factor.xhtml");
    assertThat(location(session.get("/staff/inbox.xhtml"))).isEqualTo("/account/two-factor.xhtml");
    assertThat(location(session.get("/index.xhtml"))).isEqualTo("/account/two-factor.xhtml");
    Answer gatedApi = session.get("/api/tasks");
    assertThat(gatedApi.status()).isEqualTo(403);
    assertThat(gatedApi.body()).contains("error.twoFactor.enrolmentRequired");
    // API clients sign in with Basic or tokens: no second factor there
    assertStatus(Api.as("tf.clerk").get("/api/tasks"), 200);

    SignInPages.Enrolled enrolled = SignInPages.enrol(session);
    assertThat(session.get("/staff/inbox.xhtml").status()).isEqualTo(200);
    assertThat(session.get("/account/two-factor.xhtml").body())
        .as("the recovery codes are shown only once")
        .doesNotContain(enrolled.recoveryCodes().get(0));

    PageSession withRecovery = new PageSession();
    assertThat(location(withRecovery.signIn("tf.clerk", Api.DEMO_PASSWORD))).isEqualTo(SECOND_STEP);
    String recovery = enrolled.recoveryCodes().get(0);
    assertThat(location(submitCode(withRecovery, recovery.toUpperCase())))
        .isEqualTo("/staff/inbox.xhtml");

    PageSession again = new PageSession();
    assertThat(location(again.signIn("tf.clerk", Api.DEMO_PASSWORD))).isEqualTo(SECOND_STEP);
    assertThat(submitCode(again, recovery).message()).contains("验证码不正确");
    assertThat(location(submitCode(again, enrolled.recoveryCodes().get(1))))
        .isEqualTo("/staff/inbox.xhtml");
  }

  @Test
  @Order(5)
  void theSecurityAdministratorResetsASecondFactorAndNobodyElseDoes() {
    TestDatabase.createAccount("tf.officer", "OFFICER", false);
    PageSession first = new PageSession();
    first.signIn("tf.officer", Api.DEMO_PASSWORD);
    SignInPages.enrol(first);

    String reset = "/api/admin/users/tf.officer/two-factor/reset";
    assertJsonError(Api.as("admin").post(reset), 403);
    assertJsonError(Api.as("director").post(reset), 403);
    assertJsonError(Api.as("secadmin").post("/api/admin/users/nobody.here/two-factor/reset"), 404);
    assertStatus(Api.as("secadmin").post(reset), 204);

    PageSession next = new PageSession();
    assertThat(location(next.signIn("tf.officer", Api.DEMO_PASSWORD)))
        .as("enrols again")
        .isEqualTo("/account/two-factor.xhtml");
  }

  @Test
  @Order(6)
  void demoAccountsOtherThanTheEnrolledOneSignInWithTheirPasswordWhileTheDemoRuns() {
    PageSession session = new PageSession();
    assertThat(location(session.signIn("officer", Api.DEMO_PASSWORD)))
        .isEqualTo("/staff/inbox.xhtml");
  }
}
