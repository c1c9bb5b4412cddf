package cn.oneseal.application;

import cn.oneseal.application.dto.AuditLine;
import cn.oneseal.application.dto.SealRegisterLine;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.model.audit.AuditEntry;
import cn.oneseal.domain.model.document.SealRegisterEntry;
import cn.oneseal.domain.shared.DomainException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The seal register (用印登记簿) and the refused attempts at sealed acts, for those who answer for the
 * seal: supervisors and the director.
 */
@Stateless
@PermitAll
public class SealRegisterService {

  @PersistenceContext(unitName = "oneseal")
  private EntityManager em;

  private static final Map<String, String> ORDER =
      Map.of("sealedAt", "r.sealedAt", "applicationNumber", "r.applicationNumber");

  /** What {@link #entries} accepts as {@link Paging#sort()}. */
  public static final Set<String> SORTABLE = ORDER.keySet();

  /** What {@link #refusals} accepts as {@link Paging#sort()}. */
  public static final Set<String> REFUSALS_SORTABLE = Set.of("occurredAt");

  /**
   * One page of the uses of the seal, latest first unless sorted otherwise; of one application when
   * {@code number} is given.
   */
  public ResultPage<SealRegisterLine> entries(Actor actor, String number, Paging paging) {
    requireOversight(actor);
    boolean one = number != null && !number.isBlank();
    String where = one ? " where r.applicationNumber = :n" : "";
    String direction = paging.sorted() && !paging.descending() ? " asc" : " desc";
    String order =
        paging.sorted()
            ? ORDER.get(paging.sort()) + direction + ", r.id" + direction
            : "r.sealedAt desc, r.id desc";
    TypedQuery<Long> count =
        em.createQuery("select count(r) from SealRegisterEntry r" + where, Long.class);
    TypedQuery<SealRegisterEntry> query =
        em.createQuery(
            "select r from SealRegisterEntry r" + where + " order by " + order,
            SealRegisterEntry.class);
    if (one) {
      count.setParameter("n", number.strip());
      query.setParameter("n", number.strip());
    }
    List<SealRegisterLine> rows =
        query
            .setFirstResult(paging.offset())
            .setMaxResults(paging.size())
            .getResultStream()
            .map(
                r ->
                    new SealRegisterLine(
                        r.getId(),
                        r.getDocumentId(),
                        r.getApplicationNumber(),
                        r.getKind(),
                        r.getSealedBy(),
                        r.getSealedAt(),
                        r.getSha256(),
                        r.getCertificateSerial()))
            .toList();
    return new ResultPage<>(rows, count.getSingleResult());
  }

  /** One page of the refused attempts at acts the seal would stamp, latest first by default. */
  public ResultPage<AuditLine> refusals(Actor actor, Paging paging) {
    requireOversight(actor);
    String direction = paging.sorted() && !paging.descending() ? " asc" : " desc";
    long total =
        em.createQuery("select count(a) from AuditEntry a where a.action = :action", Long.class)
            .setParameter("action", SealRefusals.ACTION)
            .getSingleResult();
    List<AuditLine> rows =
        em.createQuery(
                "select a from AuditEntry a where a.action = :action order by a.occurredAt"
                    + direction
                    + ", a.id"
                    + direction,
                AuditEntry.class)
            .setParameter("action", SealRefusals.ACTION)
            .setFirstResult(paging.offset())
            .setMaxResults(paging.size())
            .getResultStream()
            .map(AuditLine::of)
            .toList();
    return new ResultPage<>(rows, total);
  }

  private static void requireOversight(Actor actor) {
    if (!actor.has(Role.SUPERVISOR) && !actor.has(Role.DIRECTOR)) {
      throw DomainException.forbidden("error.forbidden.role", Role.SUPERVISOR.id());
    }
  }
}
