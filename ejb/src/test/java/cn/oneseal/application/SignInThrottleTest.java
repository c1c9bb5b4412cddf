package cn.oneseal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  private static final Instant T0 = Instant.parse("2026-11-27T02:00:00Z");

  /** The defaults: 10 per address, 15 minutes, 1 s doubling to 30 s, 20 failures lock. */
  private static final SignInThrottle.Policy POLICY =
      new SignInThrottle.Policy(
          10,
          Duration.ofMinutes(15),
          Duration.ofSeconds(1),
          Duration.ofSeconds(30),
          20,
          Duration.ofMinutes(15));

  private final SignInThrottle throttle = new SignInThrottle(POLICY);

  @Test
  void theWaitDoublesWithEachFailureUpToTheMaximum() {
    assertThat(POLICY.delayAfter(0)).isZero();
    assertThat(POLICY.delayAfter(1)).hasSeconds(1);
    assertThat(POLICY.delayAfter(2)).hasSeconds(2);
    assertThat(POLICY.delayAfter(5)).hasSeconds(16);
    assertThat(POLICY.delayAfter(6)).hasSeconds(30);
    assertThat(POLICY.delayAfter(1000)).hasSeconds(30);
  }

  @Test
  void aNameIsNotJudgedAgainBeforeItsWaitHasPassed() {
    assertThat(throttle.refusedUntil("203.0.113.1", "director", T0)).isEmpty();
    throttle.failed("203.0.113.1", "director", T0);
    throttle.failed("203.0.113.1", "director", T0.plusSeconds(1));

    // from any address, even one that never failed: the wait is the account's
    assertThat(throttle.refusedUntil("198.51.100.9", "director", T0.plusSeconds(2)))
        .contains(T0.plusSeconds(3));
    assertThat(throttle.refusedUntil("198.51.100.9", "director", T0.plusSeconds(3))).isEmpty();
    // other names are not slowed
    assertThat(throttle.refusedUntil("203.0.113.1", "clerk", T0.plusSeconds(2))).isEmpty();

    throttle.succeeded("director");
    assertThat(throttle.refusedUntil("203.0.113.1", "director", T0.plusSeconds(2))).isEmpty();
  }

  @Test
  void anAddressThatUsedUpItsAttemptsIsRefusedForEveryNameUntilTheOldestLeavesTheWindow() {
    String address = "203.0.113.7";
    // a burst: the first failure, then attempts refused as too early, all count for the address
    throttle.failed(address, "director", T0);
    for (int i = 1; i < POLICY.addressLimit(); i++) {
      assertThat(throttle.refusedUntil(address, "director", T0.plusMillis(i))).isPresent();
    }
    Instant until = T0.plus(POLICY.window());
    assertThat(throttle.refusedUntil(address, "zhangsan", T0.plusSeconds(5))).contains(until);
    assertThat(throttle.refusedUntil(address, "zhangsan", until.minusMillis(1))).isPresent();
    assertThat(throttle.refusedUntil(address, "zhangsan", until.plusMillis(10))).isEmpty();

    // the account itself failed once: elsewhere it waits a second, nothing more
    assertThat(throttle.refusedUntil("198.51.100.9", "director", T0.plusSeconds(1))).isEmpty();
  }

  @Test
  void attemptsRefusedBecauseTheAddressIsThrottledDoNotExtendIt() {
    String address = "203.0.113.8";
    for (int i = 0; i < POLICY.addressLimit(); i++) {
      throttle.failed(address, "name" + i, T0);
    }
    for (int i = 0; i < 100; i++) {
      assertThat(throttle.refusedUntil(address, "x", T0.plusSeconds(i)))
          .contains(T0.plus(POLICY.window()));
    }
  }

  @Test
  void oneAddressAloneNeverReachesTheLockThresholdOfAName() {
    String address = "203.0.113.9";
    Instant now = T0;
    int most = 0;
    // a patient guesser: waits out every delay and every address refusal, for two hours
    while (now.isBefore(T0.plus(Duration.ofHours(2)))) {
      if (throttle.refusedUntil(address, "director", now).isEmpty()) {
        most = Math.max(most, throttle.failed(address, "director", now));
      }
      now = now.plusSeconds(1);
    }
    assertThat(most).isLessThanOrEqualTo(POLICY.addressLimit()).isLessThan(POLICY.lockThreshold());
  }

  @Test
  void failuresOfSeveralAddressesWithinTheWindowAddUpForTheName() {
    Instant now = T0;
    int failures = 0;
    for (int i = 0; i < POLICY.lockThreshold(); i++) {
      now = now.plus(POLICY.delayAfter(failures));
      failures = throttle.failed("203.0.113." + (i % 3), "director", now);
    }
    assertThat(failures).isEqualTo(POLICY.lockThreshold());
    assertThat(Duration.between(T0, now)).isLessThan(POLICY.window());

    // a failure after the window starts the count afresh
    assertThat(throttle.failed("203.0.113.50", "lisi", T0)).isEqualTo(1);
    assertThat(throttle.failed("203.0.113.51", "lisi", T0.plus(POLICY.window()))).isEqualTo(1);
  }

  @Test
  void aNameWithoutAccountIsLockedInMemoryLikeARealOne() {
    Instant until = T0.plus(POLICY.lockDuration());
    throttle.locked("nobody", until, true);
    assertThat(throttle.lockedUntil("nobody", T0)).contains(until);
    assertThat(throttle.lockedUntil("nobody", until)).isEmpty();
    // a real account's lock is stored with the account; the throttle forgets its failures
    throttle.failed("203.0.113.1", "wangwu", T0);
    throttle.locked("wangwu", until, false);
    assertThat(throttle.lockedUntil("wangwu", T0)).isEmpty();
    assertThat(throttle.refusedUntil("198.51.100.1", "wangwu", T0)).isEmpty();
  }

  @Test
  void namesLongerThanAnyAccountDoNotGrowTheKeys() {
    String huge = "a".repeat(100_000);
    throttle.failed("203.0.113.1", huge, T0);
    assertThat(throttle.refusedUntil("198.51.100.1", huge + "b", T0)).isPresent();
  }
}
