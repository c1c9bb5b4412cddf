package cn.oneseal.workflow.operations;

import cn.oneseal.workflow.operations.EngineStatus.EngineState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness: the process engine is registered and answers a query (its deployed process models).
 * Without it no application can be submitted or worked on.
 */
@Readiness
@ApplicationScoped
public class EngineReadiness implements HealthCheck {

  static final String NAME = "oneseal-process-engine";

  @Inject EngineStatus status;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
    try {
      EngineState engine = status.engine();
      if (!engine.registered()) {
        return response.down().withData("registered", false).build();
      }
      return response
          .status(engine.processDefinitions() > 0)
          .withData("registered", true)
          .withData("engine", engine.name())
          .withData("processDefinitions", engine.processDefinitions())
          .build();
    } catch (RuntimeException e) {
      return response.down().withData("error", e.getClass().getSimpleName()).build();
    }
  }
}
