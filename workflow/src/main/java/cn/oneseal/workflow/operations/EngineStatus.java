package cn.oneseal.workflow.operations;

import cn.oneseal.workflow.engine.TimedJobExecutor;
import cn.oneseal.workflow.engine.TimedJobExecutor.Timings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import java.time.Duration;
import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;

/**
 * What operations asks of the process engine — for the readiness probe and the metrics: is the
 * engine registered, does it answer a query, does its job executor run, and how many jobs failed.
 * Each answer is one cheap count query in a transaction of its own.
 */
@Stateless
@PermitAll
public class EngineStatus {

  /** The engine as the readiness probe reports it. */
  public record EngineState(boolean registered, String name, long processDefinitions) {}

  /**
   * The job executor as the readiness probe reports it: whether it runs, the node name it locks
   * jobs in and for how long (docs/cluster.md), the counts of due and failed jobs and of open
   * incidents, and what it measured of its batches: the lock time must outlast the longest hold.
   */
  public record JobExecutorState(
      boolean active,
      String lockOwner,
      long lockTimeMillis,
      long dueJobs,
      long failedJobs,
      long openIncidents,
      Timings timings) {}

  /** Nothing measured: no engine, or a job executor other than ours. */
  static final Timings NO_TIMINGS = new Timings(0, 0, Duration.ZERO, Duration.ZERO, Duration.ZERO);

  public EngineState engine() {
    ProcessEngine engine = registeredEngine();
    if (engine == null) {
      return new EngineState(false, null, 0);
    }
    long definitions =
        engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().count();
    return new EngineState(true, engine.getName(), definitions);
  }

  public JobExecutorState jobExecutor() {
    ProcessEngine engine = registeredEngine();
    if (engine == null) {
      return new JobExecutorState(false, null, 0, 0, 0, 0, NO_TIMINGS);
    }
    JobExecutor executor =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    return new JobExecutorState(
        executor != null && executor.isActive(),
        executor == null ? null : executor.getLockOwner(),
        executor == null ? 0 : executor.getLockTimeInMillis(),
        engine.getManagementService().createJobQuery().executable().count(),
        failedJobs(engine),
        openIncidents(engine),
        timings(executor));
  }

  /** What the job executor measured of its batches (no query). */
  public Timings jobTimings() {
    ProcessEngine engine = registeredEngine();
    return engine == null
        ? NO_TIMINGS
        : timings(
            ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getJobExecutor());
  }

  private static Timings timings(JobExecutor executor) {
    return executor instanceof TimedJobExecutor timed ? timed.timings() : NO_TIMINGS;
  }

  /** Jobs whose retries ran out: each one stops its case until an administrator retries it. */
  public long failedJobs() {
    ProcessEngine engine = registeredEngine();
    return engine == null ? 0 : failedJobs(engine);
  }

  /** Open incidents of all processes (a failed job raises one). */
  public long openIncidents() {
    ProcessEngine engine = registeredEngine();
    return engine == null ? 0 : openIncidents(engine);
  }

  private static long failedJobs(ProcessEngine engine) {
    return engine.getManagementService().createJobQuery().noRetriesLeft().count();
  }

  private static long openIncidents(ProcessEngine engine) {
    return engine.getRuntimeService().createIncidentQuery().count();
  }

  private static ProcessEngine registeredEngine() {
    return RuntimeContainerDelegate.INSTANCE
        .get()
        .getProcessEngineService()
        .getDefaultProcessEngine();
  }
}
