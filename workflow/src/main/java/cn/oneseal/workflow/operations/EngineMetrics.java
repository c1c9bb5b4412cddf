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
 * an administrator. Removed again when the application is undeployed.
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

  @Inject MeterRegistry registry;

  /** Held here: a registry keeps only a weak reference to a gauge's object. */
  @Inject EngineStatus status;

  @PostConstruct
  void register() {
    registry.gauge(FAILED_JOBS, Tags.empty(), status, s -> s.failedJobs());
    registry.gauge(OPEN_INCIDENTS, Tags.empty(), status, s -> s.openIncidents());
  }

  @PreDestroy
  void unregister() {
    for (String name : List.of(FAILED_JOBS, OPEN_INCIDENTS)) {
      registry.find(name).meters().forEach(registry::remove);
    }
  }
}
