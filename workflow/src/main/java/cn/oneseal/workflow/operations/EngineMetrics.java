package cn.oneseal.workflow.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The engine's failures as metrics (Prometheus: {@code oneseal_engine_jobs_failed}, {@code
 * oneseal_engine_incidents_open}): gauges read from the engine at each scrape, so that an alert
 * fires when a job's retries ran out — a push, a licence issuance, a mail — and the case waits for
 * an administrator; and when a batch of jobs was held nearly as long as its lock ({@code
 * oneseal_engine_jobs_hold_longest_seconds}, docs/cluster.md). Removed again when the application
 * is undeployed.
 *
 * <p>Registered through {@link MeterRegistry#gauge(String, Iterable, Object,
 * java.util.function.ToDoubleFunction)}: WildFly 39 hands deployments a registry that forwards only
 * these short forms to its exported registries, while meters built with {@code
 * Gauge.builder(…).register(registry)} stay in a private registry that no endpoint shows.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("ProcessEngineBootstrap")
public class EngineMetrics {

  static final String FAILED_JOBS = "oneseal.engine.jobs.failed";
  static final String OPEN_INCIDENTS = "oneseal.engine.incidents.open";
  static final String LONGEST_HOLD = "oneseal.engine.jobs.hold.longest.seconds";
  static final String REJECTED_BATCHES = "oneseal.engine.jobs.rejected";

  @Inject MeterRegistry registry;

  /** Held here: a registry keeps only a weak reference to a gauge's object. */
  @Inject EngineStatus status;

  @PostConstruct
  void register() {
    registry.gauge(FAILED_JOBS, Tags.empty(), status, s -> s.failedJobs());
    registry.gauge(OPEN_INCIDENTS, Tags.empty(), status, s -> s.openIncidents());
    registry.gauge(
        LONGEST_HOLD, Tags.empty(), status, s -> s.jobTimings().longestHold().toMillis() / 1000.0);
    registry.gauge(REJECTED_BATCHES, Tags.empty(), status, s -> s.jobTimings().rejections());
  }

  @PreDestroy
  void unregister() {
    for (String name : List.of(FAILED_JOBS, OPEN_INCIDENTS, LONGEST_HOLD, REJECTED_BATCHES)) {
      registry.find(name).meters().forEach(registry::remove);
    }
  }
}
