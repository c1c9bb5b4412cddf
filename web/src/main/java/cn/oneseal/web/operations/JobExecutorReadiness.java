package cn.oneseal.web.operations;

import cn.oneseal.health.ReadinessProbes;
import cn.oneseal.workflow.operations.EngineStatus;
import cn.oneseal.workflow.operations.EngineStatus.JobExecutorState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Readiness probe (registered by {@link ReadinessRegistration}): the engine's job executor runs —
 * without it no timer fires (deemed acceptance, the legal clock's watch), no licence is issued and
 * no department is pushed. The counts of due and failed jobs and of open incidents come along as
 * data; failed jobs do not make the node unready (they are the administrators' incident list), a
 * stopped executor does. The executor's lock owner is this node's name among the nodes of a cluster
 * (docs/cluster.md); the longest hold (a batch's wait in the queue and its run) must stay below the
 * lock time.
 */
@ApplicationScoped
public class JobExecutorReadiness implements HealthCheck {

  static final String NAME = ReadinessProbes.JOB_EXECUTOR;

  @Inject EngineStatus status;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
    try {
      JobExecutorState executor = status.jobExecutor();
      return response
          .status(executor.active())
          .withData("active", executor.active())
          .withData("lockOwner", executor.lockOwner() == null ? "" : executor.lockOwner())
          .withData("lockTimeSeconds", executor.lockTimeMillis() / 1000)
          .withData("dueJobs", executor.dueJobs())
          .withData("failedJobs", executor.failedJobs())
          .withData("openIncidents", executor.openIncidents())
          .withData("batches", executor.timings().batches())
          .withData("rejectedBatches", executor.timings().rejections())
          .withData("longestQueueWaitMillis", executor.timings().longestQueueWait().toMillis())
          .withData("longestHoldMillis", executor.timings().longestHold().toMillis())
          .build();
    } catch (RuntimeException e) {
      return response.down().withData("error", e.getClass().getSimpleName()).build();
    }
  }
}
