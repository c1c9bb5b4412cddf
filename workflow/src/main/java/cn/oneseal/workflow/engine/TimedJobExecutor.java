package cn.oneseal.workflow.engine;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Logger;
import org.camunda.bpm.engine.cdi.impl.ManagedJobExecutor;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;

/**
 * The engine's job executor on the server's managed executor {@code oneseal-jobs}, whose queue is
 * bounded (configure-server.cli): when it is full the engine's acquisition takes the rejected batch
 * back and submits it again after a pause, instead of piling jobs up behind a long one.
 *
 * <p>It measures what the lock time must outlast (docs/cluster.md): how long each batch of jobs
 * waited in the queue, and how long it ran. A batch whose wait and run together took more than half
 * the lock time is logged: a little longer and another node would have taken its jobs too.
 */
public class TimedJobExecutor extends ManagedJobExecutor {

  private static final Logger LOG = Logger.getLogger(TimedJobExecutor.class.getName());

  private final AtomicLong longestWaitNanos = new AtomicLong();
  private final AtomicLong longestBatchNanos = new AtomicLong();
  private final AtomicLong longestHoldNanos = new AtomicLong();
  private final LongAdder batches = new LongAdder();
  private final LongAdder rejections = new LongAdder();

  public TimedJobExecutor(ManagedExecutorService executor) {
    super(executor);
  }

  /** What the executor measured since the server started. */
  public record Timings(
      long batches,
      long rejections,
      Duration longestQueueWait,
      Duration longestBatch,
      Duration longestHold) {}

  public Timings timings() {
    return new Timings(
        batches.sum(),
        rejections.sum(),
        Duration.ofNanos(longestWaitNanos.get()),
        Duration.ofNanos(longestBatchNanos.get()),
        Duration.ofNanos(longestHoldNanos.get()));
  }

  @Override
  public Runnable getExecuteJobsRunnable(List<String> jobIds, ProcessEngineImpl processEngine) {
    Runnable jobs = super.getExecuteJobsRunnable(jobIds, processEngine);
    long queued = System.nanoTime();
    return () -> {
      long started = System.nanoTime();
      try {
        jobs.run();
      } finally {
        record(queued, started, System.nanoTime(), jobIds);
      }
    };
  }

  @Override
  public void logRejectedExecution(ProcessEngineImpl engine, int numJobs) {
    rejections.increment();
    super.logRejectedExecution(engine, numJobs);
  }

  private void record(long queued, long started, long ended, List<String> jobIds) {
    batches.increment();
    longestWaitNanos.accumulateAndGet(started - queued, Math::max);
    longestBatchNanos.accumulateAndGet(ended - started, Math::max);
    long held = ended - queued;
    longestHoldNanos.accumulateAndGet(held, Math::max);
    if (held > Duration.ofMillis(getLockTimeInMillis()).toNanos() / 2) {
      LOG.warning(
          () ->
              String.format(
                  "jobs %s waited %d ms in the queue and ran %d ms: more than half the lock time"
                      + " (%d s, ONESEAL_JOB_LOCK_TIME); see docs/cluster.md",
                  jobIds,
                  Duration.ofNanos(started - queued).toMillis(),
                  Duration.ofNanos(ended - started).toMillis(),
                  getLockTimeInMillis() / 1000));
    }
  }
}
