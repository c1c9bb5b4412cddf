package cn.oneseal.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one clock the services read, so that tests can replace or move it. */
@ApplicationScoped
public class ClockProducer {

  private final AdjustableClock clock = new AdjustableClock(Clock.systemUTC());

  @Produces
  @ApplicationScoped
  Clock clock() {
    return clock;
  }

  /** The same clock, for the administrator's clock control (tests of the legal clock). */
  public AdjustableClock adjustable() {
    return clock;
  }
}
