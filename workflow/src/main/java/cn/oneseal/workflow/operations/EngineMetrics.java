package cn.oneseal.workflow.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The engine's failures as metrics (Prometheus: {@code oneseal_engine_jobs_failed}, {@code
 * oneseal_engine_incidents_open}): gauges read from the engine at each scrape, so that an alert
 * fires when a job's retries ran out — a push, a licence issuance, a mail — and the case waits for
 * an administrator. Removed again when the application is undeployed.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("ProcessEngineBootstrap")
public class EngineMetrics {

  static final String FAILED_JOBS = "oneseal.engine.jobs.failed";
  static final String OPEN_INCIDENTS = "oneseal.engine.incidents.open";

  @Inject MeterRegistry registry;

  @Inject EngineStatus status;

  private final List<Meter> meters = new ArrayList<>();

  @PostConstruct
  void register() {
    gauge(FAILED_JOBS, "Engine jobs whose retries ran out", s -> s.failedJobs());
    gauge(OPEN_INCIDENTS, "Open incidents of all processes", s -> s.openIncidents());
  }

  private void gauge(String name, String description, ToDoubleFunction<EngineStatus> value) {
    meters.add(
        Gauge.builder(name, status, value)
            .description(description)
            .strongReference(true)
            .register(registry));
  }

  @PreDestroy
  void unregister() {
    meters.forEach(registry::remove);
    meters.clear();
  }
}
