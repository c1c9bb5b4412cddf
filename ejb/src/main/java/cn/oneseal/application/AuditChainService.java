package cn.oneseal.application;

import cn.oneseal.application.dto.AuditVerification;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.model.audit.AuditAnchor;
import cn.oneseal.domain.model.audit.AuditChainHead;
import cn.oneseal.domain.model.audit.AuditChainRepository;
import cn.oneseal.domain.model.audit.AuditEntry;
import cn.oneseal.domain.model.audit.AuditHashes;
import cn.oneseal.domain.model.audit.ChainWalk;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.infrastructure.config.OneSealConfig;
import cn.oneseal.infrastructure.seal.SystemKeyService;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The tamper-evident audit trail (docs/audit.md): chains the entries requests wrote, signs the
 * chain's head with the system key, verifies the chain, and purges entries past their retention.
 * Each change runs in short transactions of its own ({@link AuditChainer}); the walk of the
 * verification reads page by page outside any transaction, so neither holds the chain long.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditChainService {

  private static final Logger LOG = Logger.getLogger(AuditChainService.class.getName());

  /** Entries read per page of the verification. */
  static final int PAGE = 1000;

  @Inject private AuditChainer chainer;

  @Inject private AuditChainRepository repository;

  @Inject private SystemKeyService systemKey;

  @Inject private OneSealConfig config;

  @Inject private Clock clock;

  /**
   * Chains every entry written so far, in batches, in the order they were written.
   *
   * @return how many entries were chained
   */
  public long chainNow() {
    long chained = 0;
    int batch;
    do {
      batch = chainer.chainBatch();
      chained += batch;
    } while (batch == AuditChainer.BATCH);
    return chained;
  }

  /** Signs the chain head if it moved and the latest signature is older than the interval. */
  public void signHeadIfDue() {
    signHead(clock.instant().minus(config.auditSignInterval()));
  }

  /**
   * Signs the chain head if it moved since the latest signed head — and only if the entries since
   * then link up to it unbroken, so that a signature never vouches for a tail (or a chain head row)
   * edited in the database.
   *
   * @param olderThan sign only if the latest head anchor was signed before this instant; {@code
   *     null}: whenever the head moved
   */
  void signHead(Instant olderThan) {
    AuditChainHead head = repository.head();
    Optional<AuditAnchor> latest = repository.latestHead();
    if (head.getLastSeq() == 0
        || latest.isPresent() && latest.get().getChainSeq() >= head.getLastSeq()
        || olderThan != null
            && latest.isPresent()
            && latest.get().getSignedAt().isAfter(olderThan)) {
      return;
    }
    // walk from the later of the latest signed head and the start of the kept chain
    Optional<AuditAnchor> start = repository.latestStart();
    long fromSeq = 0;
    String fromHash = AuditHashes.GENESIS;
    if (latest.isPresent()) {
      fromSeq = latest.get().getChainSeq();
      fromHash = latest.get().getEntryHash();
    }
    if (start.isPresent() && start.get().getChainSeq() - 1 > fromSeq) {
      fromSeq = start.get().getChainSeq() - 1;
      fromHash = start.get().getEntryHash();
    }
    ChainWalk walk = ChainWalk.after(fromSeq, fromHash);
    feed(walk, fromSeq + 1, head.getLastSeq());
    ChainWalk.Finding finding = walk.finish(head.getLastSeq(), seq -> Optional.empty());
    if (!finding.intact() || !walk.lastHash().equals(head.getLastHash())) {
      LOG.severe(
          () ->
              "the audit chain head "
                  + head.getLastSeq()
                  + " is not signed: the entries since the last signed head do not link up to it ("
                  + (finding.intact() ? "chain head row" : finding.problem())
                  + " at chain position "
                  + finding.brokenSeq()
                  + ")");
      return;
    }
    chainer.signHead(head.getLastSeq(), head.getLastHash());
  }

  /**
   * Feeds the chained entries from {@code fromSeq} up to {@code lastSeq} to the walk, page by page.
   */
  private void feed(ChainWalk walk, long fromSeq, long lastSeq) {
    long afterSeq = fromSeq - 1;
    long afterId = Long.MAX_VALUE;
    List<AuditEntry> page;
    do {
      page = repository.chainedAfter(afterSeq, afterId, lastSeq, PAGE);
      for (AuditEntry entry : page) {
        walk.accept(entry);
        afterSeq = entry.getChainSeq();
        afterId = entry.getId();
      }
    } while (page.size() == PAGE && walk.intactSoFar());
  }

  /**
   * Verifies the chain, for a supervisor or the audit administrator: chains what is pending, signs
   * the head if it moved, then walks the chain from where the kept part begins.
   *
   * @throws DomainException forbidden for anyone else
   */
  public AuditVerification verify(Actor reader) {
    if (!reader.has(Role.SUPERVISOR) && !reader.has(Role.AUDIT_ADMIN)) {
      throw DomainException.forbidden("error.forbidden.role", Role.SUPERVISOR.id());
    }
    chainNow();
    signHead(null);
    return walk();
  }

  /** The walk itself, over the chain as it is now. */
  AuditVerification walk() {
    Instant startedAt = clock.instant();
    AuditChainHead head = repository.head();
    Optional<AuditAnchor> start = repository.latestStart();
    long startSeq = start.map(AuditAnchor::getChainSeq).orElse(1L);
    ChainWalk walk =
        new ChainWalk(start.orElse(null), repository.headAnchorsFrom(startSeq), this::signed);
    feed(walk, startSeq, head.getLastSeq());
    ChainWalk.Finding finding = walk.finish(head.getLastSeq(), repository::entryHashAt);
    if (!finding.intact()) {
      LOG.warning(
          () ->
              "the audit chain is broken: "
                  + finding.problem()
                  + " at chain position "
                  + finding.brokenSeq()
                  + ", entry "
                  + finding.firstBrokenEntry());
    }
    Optional<AuditAnchor> lastHead = repository.latestHead();
    return new AuditVerification(
        finding.intact(),
        finding.entries(),
        finding.firstBrokenEntry(),
        finding.brokenSeq(),
        finding.problem() == null ? null : finding.problem().name(),
        head.getLastSeq(),
        startSeq,
        repository.countUnchained(),
        lastHead.map(AuditAnchor::getChainSeq).orElse(null),
        lastHead.map(AuditAnchor::getEntryHash).orElse(null),
        lastHead.map(AuditAnchor::getSignedAt).orElse(null),
        lastHead.map(AuditAnchor::getSignature).orElse(null),
        systemKey.fingerprint(),
        startedAt);
  }

  /**
   * Deletes the chained entries older than the retention ({@code ONESEAL_AUDIT_RETENTION}), after a
   * signed {@code start} anchor where the kept part begins. A broken chain is not purged: what
   * shows the tampering is kept as evidence (and the refusal is logged).
   *
   * @return how many entries were deleted
   */
  public int purge() {
    chainNow();
    signHead(null);
    AuditVerification before = walk();
    if (!before.intact()) {
      LOG.severe(
          () ->
              "the audit trail is not purged: its chain is broken ("
                  + before.problem()
                  + " at entry "
                  + before.firstBrokenEntry()
                  + ")");
      return 0;
    }
    Instant now = clock.instant();
    var retention = config.auditRetention(now.atZone(ZoneOffset.UTC).toLocalDate());
    Instant cutoff = now.atZone(ZoneOffset.UTC).minus(retention.period()).toInstant();
    int deleted = chainer.purgeBefore(cutoff);
    if (deleted > 0) {
      LOG.info(
          () ->
              "purged "
                  + deleted
                  + " audit entries older than "
                  + cutoff
                  + " (retention "
                  + retention.period()
                  + ")");
    }
    return deleted;
  }

  private boolean signed(AuditAnchor anchor) {
    if (!anchor.getKeyFingerprint().equals(systemKey.fingerprint())) {
      LOG.log(
          Level.WARNING,
          "audit anchor {0} was signed by another key ({1}) than the system key in use",
          new Object[] {anchor.getId(), anchor.getKeyFingerprint()});
      return false;
    }
    byte[] signature;
    try {
      signature = Base64.getDecoder().decode(anchor.getSignature());
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
    return systemKey.verify(anchor.signedText(), signature);
  }
}
