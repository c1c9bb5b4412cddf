package cn.oneseal.application.publication;

import cn.oneseal.infrastructure.config.OneSealConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The publication job (双公示): every {@code ONESEAL_PUBLICATION_INTERVAL} (PT1M) it records the
 * approvals decided since its last run and publishes what is pending, each in its own transaction.
 * Like the audit chain's job, the timer is not persistent: a missed run is made up by the next, and
 * the law's 7 working days leave ample room. A job rather than publishing in the decision's own
 * transaction because a registration's holder (its name and credit code) is known only once its
 * licence is issued, after the decision; and a sanction recorded by a department's act is published
 * the same way.
 *
 * <p>Two nodes may run it at once: a case's publication has a unique source key, so the second
 * insert fails and is retried by the next run, and publishing twice changes nothing.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PublicationJob {

  private static final Logger LOG = Logger.getLogger(PublicationJob.class.getName());

  @Resource private TimerService timers;

  @Inject private PublicationService publications;

  @Inject private OneSealConfig config;

  private final AtomicBoolean running = new AtomicBoolean();

  @PostConstruct
  void start() {
    Duration interval = config.publicationInterval();
    timers.createIntervalTimer(
        interval.toMillis(), interval.toMillis(), new TimerConfig("publications", false));
  }

  @Timeout
  void run() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      publications.collectDecisions();
      publications.publishPending();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The publication job failed; the next run tries again", e);
    } finally {
      running.set(false);
    }
  }
}
