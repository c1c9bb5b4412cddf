package cn.oneseal.web.operations;

import cn.oneseal.health.ReadinessProbes;
import cn.oneseal.workflow.operations.EngineStatus;
import cn.oneseal.workflow.operations.EngineStatus.EngineState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Readiness probe (registered by {@link ReadinessRegistration}): the process engine is registered
 * and answers a query (its deployed process models). Without it no application can be submitted or
 * worked on.
 */
@ApplicationScoped
public class EngineReadiness implements HealthCheck {

  static final String NAME = ReadinessProbes.PROCESS_ENGINE;

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
