package cn.oneseal.application;

import cn.oneseal.infrastructure.config.OneSealConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.logging.Logger;

/**
 * The audit chain's jobs on this node: every {@code ONESEAL_AUDIT_CHAIN_INTERVAL} (PT5S) it chains
 * what requests wrote and signs the head when {@code ONESEAL_AUDIT_SIGN_INTERVAL} (PT10M) has
 * passed; every night at 02:30 it purges entries past {@code ONESEAL_AUDIT_RETENTION}. Timers are
 * not persistent: a missed run is simply made up by the next. Every node runs them; the chain
 * head's lock lets one at a time through.
 *
 * <p>At start it checks the retention: a period shorter than the six months the rules demand is
 * refused with a SEVERE log line, and six months apply instead — keeping entries longer is always
 * lawful, deleting them early never is.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditChainJob {

  private static final Logger LOG = Logger.getLogger(AuditChainJob.class.getName());

  @Resource private TimerService timers;

  @Inject private AuditChainService chain;

  @Inject private OneSealConfig config;

  @Inject private Clock clock;

  @PostConstruct
  void start() {
    var retention = config.auditRetention(clock.instant().atZone(ZoneOffset.UTC).toLocalDate());
    retention
        .refused()
        .ifPresent(
            refused ->
                LOG.severe(
                    "ONESEAL_AUDIT_RETENTION="
                        + refused
                        + " is refused: audit entries must be kept at least six months; "
                        + retention.period()
                        + " applies instead"));
    Duration interval = config.auditChainInterval();
    timers.createIntervalTimer(
        interval.toMillis(), interval.toMillis(), new TimerConfig("audit-chain", false));
  }

  @Timeout
  void chainAndSign() {
    chain.chainNow();
    chain.signHeadIfDue();
  }

  @Schedule(hour = "2", minute = "30", persistent = false, info = "audit-purge")
  void purge() {
    chain.purge();
  }
}
