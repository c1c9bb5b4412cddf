package cn.oneseal.it.support;

import org.junit.jupiter.api.Assumptions;

/**
 * What a test tier (the browser tests, the PostgreSQL execution) does when this machine lacks what
 * it needs. On a developer's machine the tier is skipped with a loud banner, so that the rest still
 * runs; under {@code CI=true} a skipped tier would let a green build hide untested code, so the
 * tests fail instead. {@code prepare-test-environment.sh} applies the same rule before the server
 * starts.
 */
final class TestTier {

  private TestTier() {}

  /** {@code CI=true} in the environment: set by {@code .ci/run} and by the usual CI services. */
  static boolean required() {
    return "true".equals(System.getenv("CI"));
  }

  /**
   * Skips (aborts) the calling test, or fails it under {@code CI=true}.
   *
   * @param missing what is missing and for which tier, with how to provide it
   */
  static void unavailable(String missing) {
    if (required()) {
      String failure =
          missing + " CI=true: every test tier must run, so this test FAILS instead of skipping.";
      OneSealServer.banner(failure);
      throw new IllegalStateException(failure);
    }
    String skip = missing + " The tier is SKIPPED (under CI=true it would fail).";
    OneSealServer.banner(skip);
    Assumptions.abort(skip);
  }
}
