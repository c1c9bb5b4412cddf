package cn.oneseal.infrastructure.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock, moved by an offset that only an installation with {@code ONESEAL_CLOCK_CONTROL}
 * lets an administrator set: the legal clock's acceptance tests run on a deployed server across
 * weeks of working days. With the offset zero it is the system clock.
 */
public final class AdjustableClock extends Clock {

  private final Clock base;
  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

  public AdjustableClock(Clock base) {
    this.base = base;
  }

  public void setOffset(Duration value) {
    offset.set(value);
  }

  public Duration offset() {
    return offset.get();
  }

  @Override
  public ZoneId getZone() {
    return base.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    AdjustableClock clock = new AdjustableClock(base.withZone(zone));
    clock.setOffset(offset());
    return clock;
  }

  @Override
  public Instant instant() {
    return base.instant().plus(offset.get());
  }
}
