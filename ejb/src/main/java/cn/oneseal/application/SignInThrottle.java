package cn.oneseal.application;

import cn.oneseal.infrastructure.config.OneSealConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Slows password guessing down before any account is locked, so that a stranger guessing at the
 * director's account cannot lock the director out:
 *
 * <ul>
 *   <li><b>per source address</b>: an address that made {@link Policy#addressLimit} unsuccessful
 *       attempts (wrong passwords, unknown names, attempts refused as too early or locked) within
 *       {@link Policy#window} is refused for every account until the oldest of them leaves the
 *       window, without its attempts being judged or counted against any account;
 *   <li><b>per account name</b>: after the n-th failure in a row the name is not judged again
 *       before {@link Policy#delayAfter} has passed (1 s, 2 s, 4 s … up to a maximum); an earlier
 *       attempt is refused, even with the right password, so that waiting is the only way on;
 *   <li>only {@link Policy#lockThreshold} failures of one name within one window lock it. The
 *       threshold is above the address limit, so one address alone can never lock an account.
 * </ul>
 *
 * Names are tracked whether or not an account has them: an unknown name is slowed down and (in
 * memory) locked exactly as a real one, so that the answers do not tell which names exist.
 *
 * <p>The state lives in this node's memory: a restart forgets the counts (not the locks of real
 * accounts, which are stored), and several nodes would count separately — a cluster needs a shared
 * store (a later issue). At most {@link #MAX_TRACKED} names and addresses are kept each; beyond
 * that the stale ones are forgotten first, then arbitrary ones.
 */
@ApplicationScoped
public class SignInThrottle {

  static final int MAX_TRACKED = 100_000;

  /**
   * The settings.
   *
   * @param addressLimit unsuccessful attempts of one address within {@code window} after which it
   *     is refused
   * @param window the span over which addresses' attempts and names' failures are counted
   * @param firstDelay the wait after a name's first failure; doubles with every further one
   * @param maxDelay the longest wait between two judged attempts of one name
   * @param lockThreshold failures of one name within {@code window} that lock it
   * @param lockDuration how long a lock lasts
   */
  public record Policy(
      int addressLimit,
      Duration window,
      Duration firstDelay,
      Duration maxDelay,
      int lockThreshold,
      Duration lockDuration) {

    public static Policy of(OneSealConfig config) {
      return new Policy(
          config.signInAddressLimit(),
          config.signInWindow(),
          config.signInDelay(),
          config.signInDelayMax(),
          config.lockoutThreshold(),
          config.lockoutDuration());
    }

    /** The wait after {@code failures} failures in a row. */
    public Duration delayAfter(int failures) {
      if (failures <= 0) {
        return Duration.ZERO;
      }
      Duration delay = firstDelay;
      for (int i = 1; i < failures && delay.compareTo(maxDelay) < 0; i++) {
        delay = delay.multipliedBy(2);
      }
      return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
  }

  /** What is known of one name: its failures in the current window, and a lock if unknown. */
  private static final class NameState {
    int failures;
    Instant windowStart;
    Instant lastFailure;
    Instant lockedUntil;
  }

  private final Map<String, Deque<Instant>> addresses = new HashMap<>();
  private final Map<String, NameState> names = new HashMap<>();

  @Inject private OneSealConfig config;

  private Policy fixedPolicy;

  protected SignInThrottle() {}

  /** A throttle with fixed settings (unit tests). */
  SignInThrottle(Policy policy) {
    this.fixedPolicy = policy;
  }

  public Policy policy() {
    return fixedPolicy != null ? fixedPolicy : Policy.of(config);
  }

  /**
   * Until when an attempt of {@code name} from {@code source} is refused before its password is
   * looked at: the address has used up its attempts, or the name's wait since its last failure has
   * not passed (then the attempt counts against the address).
   */
  public synchronized Optional<Instant> refusedUntil(String source, String name, Instant now) {
    Policy policy = policy();
    Optional<Instant> address = addressRefusedUntil(source, now, policy);
    if (address.isPresent()) {
      return address;
    }
    NameState state = names.get(key(name));
    if (state != null && state.failures > 0) {
      Instant until = state.lastFailure.plus(policy.delayAfter(state.failures));
      if (now.isBefore(until)) {
        count(source, now);
        return Optional.of(until);
      }
    }
    return Optional.empty();
  }

  /** An attempt refused for another reason (a locked account): it counts against the address. */
  public synchronized void refused(String source, Instant now) {
    count(source, now);
  }

  /**
   * A wrong password, or a name no account has: counts against the address and the name.
   *
   * @return the name's failures within the current window, this one included
   */
  public synchronized int failed(String source, String name, Instant now) {
    Policy policy = policy();
    count(source, now);
    NameState state = names.computeIfAbsent(key(name), k -> new NameState());
    if (state.windowStart == null || !now.isBefore(state.windowStart.plus(policy.window()))) {
      state.windowStart = now;
      state.failures = 0;
    }
    state.failures++;
    state.lastFailure = now;
    prune(now, policy);
    return state.failures;
  }

  /** The name signed in: its failures are forgotten (an address's are not). */
  public synchronized void succeeded(String name) {
    names.remove(key(name));
  }

  /**
   * The name reached the lock threshold. A real account stores its lock; for a name no account has
   * ({@code remember}) the lock is kept here, so that it answers as a real one would.
   */
  public synchronized void locked(String name, Instant until, boolean remember) {
    if (remember) {
      NameState state = names.computeIfAbsent(key(name), k -> new NameState());
      state.failures = 0;
      state.windowStart = null;
      state.lockedUntil = until;
    } else {
      names.remove(key(name));
    }
  }

  /** Until when a name without an account is locked, as {@link #locked} remembered. */
  public synchronized Optional<Instant> lockedUntil(String name, Instant now) {
    NameState state = names.get(key(name));
    return state == null || state.lockedUntil == null || !now.isBefore(state.lockedUntil)
        ? Optional.empty()
        : Optional.of(state.lockedUntil);
  }

  private Optional<Instant> addressRefusedUntil(String source, Instant now, Policy policy) {
    Deque<Instant> attempts = addresses.get(source);
    if (attempts == null) {
      return Optional.empty();
    }
    dropExpired(attempts, now, policy.window());
    return attempts.size() >= policy.addressLimit()
        ? Optional.of(attempts.peekFirst().plus(policy.window()))
        : Optional.empty();
  }

  private void count(String source, Instant now) {
    Policy policy = policy();
    Deque<Instant> attempts = addresses.computeIfAbsent(source, k -> new ArrayDeque<>());
    dropExpired(attempts, now, policy.window());
    attempts.addLast(now);
    // only the latest ones matter; a long burst must not grow the queue
    while (attempts.size() > Math.max(1, policy.addressLimit())) {
      attempts.removeFirst();
    }
    prune(now, policy);
  }

  private static void dropExpired(Deque<Instant> attempts, Instant now, Duration window) {
    while (!attempts.isEmpty() && !now.isBefore(attempts.peekFirst().plus(window))) {
      attempts.removeFirst();
    }
  }

  /** Keeps memory bounded under a spray of names or addresses: stale entries go first. */
  private void prune(Instant now, Policy policy) {
    if (addresses.size() > MAX_TRACKED) {
      addresses.values().forEach(attempts -> dropExpired(attempts, now, policy.window()));
      addresses.values().removeIf(Deque::isEmpty);
      trim(addresses);
    }
    if (names.size() > MAX_TRACKED) {
      Duration stale =
          policy.window().compareTo(policy.maxDelay()) > 0 ? policy.window() : policy.maxDelay();
      names
          .values()
          .removeIf(
              s ->
                  (s.lockedUntil == null || !now.isBefore(s.lockedUntil))
                      && (s.lastFailure == null || !now.isBefore(s.lastFailure.plus(stale))));
      trim(names);
    }
  }

  private static void trim(Map<String, ?> map) {
    Iterator<String> keys = map.keySet().iterator();
    while (map.size() > MAX_TRACKED * 9 / 10 && keys.hasNext()) {
      keys.next();
      keys.remove();
    }
  }

  /** Names longer than any account's are cut, so that a key never holds megabytes. */
  private static String key(String name) {
    String n = name == null ? "" : name;
    return n.length() > 64 ? n.substring(0, 65) : n;
  }
}
