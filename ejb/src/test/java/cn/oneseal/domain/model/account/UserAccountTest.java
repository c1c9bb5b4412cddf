package cn.oneseal.domain.model.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class UserAccountTest {

  private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
  private static final Duration LOCK = Duration.ofMinutes(15);

  private final UserAccount account =
      new UserAccount("wangwu", "王五", "hash", EnumSet.of(Role.CITIZEN), NOW);

  @Test
  void aLockHoldsUntilItsEnd() {
    account.recordFailedLogin();
    account.lockUntil(NOW.plus(LOCK));
    assertThat(account.isLockedAt(NOW)).isTrue();
    assertThat(account.isLockedAt(NOW.plus(LOCK).minusSeconds(1))).isTrue();
    assertThat(account.isLockedAt(NOW.plus(LOCK))).isFalse();
    assertThat(account.getFailedLogins()).isZero();
  }

  @Test
  void aSuccessfulSignInResetsTheCountAndTheLock() {
    for (int i = 0; i < 4; i++) {
      account.recordFailedLogin();
    }
    assertThat(account.getFailedLogins()).isEqualTo(4);
    account.recordSuccessfulLogin();
    account.recordFailedLogin();
    assertThat(account.isLockedAt(NOW)).isFalse();
    assertThat(account.getFailedLogins()).isEqualTo(1);
  }

  @Test
  void theActorCarriesNameAndRoles() {
    Actor actor = account.toActor();
    assertThat(actor.username()).isEqualTo("wangwu");
    assertThat(actor.roleIds()).containsExactly("citizen");
    assertThat(actor.readsOthersCases()).isFalse();
    assertThat(Actor.of("s", Role.SUPERVISOR).readsOthersCases()).isTrue();
    assertThat(Actor.of("s", Role.SUPERVISOR).isStaff()).isFalse();
  }
}
