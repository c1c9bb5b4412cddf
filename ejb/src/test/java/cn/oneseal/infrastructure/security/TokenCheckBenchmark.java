package cn.oneseal.infrastructure.security;

import cn.oneseal.domain.model.account.TokenText;
import java.util.Locale;

/**
 * What checking a credential costs, without the database: a personal access token (parse its text,
 * SHA-256 its secret, compare in constant time) against a password (PBKDF2 at the default 120 000
 * iterations). Not a test; run it by hand:
 *
 * <pre>
 * mvn -o -q -pl ejb test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=cn.oneseal.infrastructure.security.TokenCheckBenchmark
 * </pre>
 */
public final class TokenCheckBenchmark {

  private TokenCheckBenchmark() {}

  public static void main(String[] args) {
    String secret = TokenText.newSecret();
    String text = new TokenText(12345, secret).text();
    String stored = TokenText.hash(secret);
    String passwordHash = new PasswordHasher(120_000).hash("demo123-long-enough".toCharArray());

    int tokenRounds = 200_000;
    boolean all = true;
    for (int i = 0; i < tokenRounds; i++) { // warm-up
      all &= TokenText.parse(text).orElseThrow().matches(stored);
    }
    long start = System.nanoTime();
    for (int i = 0; i < tokenRounds; i++) {
      all &= TokenText.parse(text).orElseThrow().matches(stored);
    }
    double tokenMs = (System.nanoTime() - start) / 1e6 / tokenRounds;

    int passwordRounds = 20;
    PasswordHasher.matches("demo123-long-enough".toCharArray(), passwordHash); // warm-up
    start = System.nanoTime();
    for (int i = 0; i < passwordRounds; i++) {
      all &= PasswordHasher.matches("demo123-long-enough".toCharArray(), passwordHash);
    }
    double passwordMs = (System.nanoTime() - start) / 1e6 / passwordRounds;

    System.out.printf(
        Locale.ROOT,
        "token check: %.4f ms per call; password check (PBKDF2, 120000 iterations): %.1f ms per"
            + " call; %.0f times as costly; all matched: %s%n",
        tokenMs,
        passwordMs,
        passwordMs / tokenMs,
        all);
  }
}
