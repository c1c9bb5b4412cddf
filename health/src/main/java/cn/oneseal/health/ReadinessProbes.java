package cn.oneseal.health;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * The application's readiness probes by name, registered by the web module when it starts and
 * removed when it stops. WildFly's MicroProfile Health discovers checks of an EAR only in its
 * {@code lib/} jars (this one), whose beans cannot see the web module's: the checks here ask the
 * probes registered by name, and answer DOWN while a probe is missing (before the application
 * started, after it stopped).
 */
public final class ReadinessProbes {

  public static final String DATABASE = "oneseal-database";
  public static final String PROCESS_ENGINE = "oneseal-process-engine";
  public static final String JOB_EXECUTOR = "oneseal-job-executor";
  public static final String SEAL_KEYS = "oneseal-seal-keys";

  private static final Map<String, HealthCheck> PROBES = new ConcurrentHashMap<>();

  private ReadinessProbes() {}

  public static void register(String name, HealthCheck probe) {
    PROBES.put(Objects.requireNonNull(name), Objects.requireNonNull(probe));
  }

  public static void unregister(String name) {
    PROBES.remove(name);
  }

  /** The probe's answer under {@code name}; DOWN when it is not registered or fails. */
  static HealthCheckResponse call(String name) {
    HealthCheck probe = PROBES.get(name);
    if (probe == null) {
      return HealthCheckResponse.named(name)
          .down()
          .withData("error", "the application has not started")
          .build();
    }
    try {
      return probe.call();
    } catch (RuntimeException e) {
      return HealthCheckResponse.named(name)
          .down()
          .withData("error", e.getClass().getSimpleName())
          .build();
    }
  }
}
