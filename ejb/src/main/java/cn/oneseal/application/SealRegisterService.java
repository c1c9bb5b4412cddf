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

/**
 * The seal register (用印登记簿) and the refused attempts at sealed acts, for those who answer for the
 * seal: supervisors and the director.
 */
@Stateless
@PermitAll
public class SealRegisterService {

  @PersistenceContext(unitName = "oneseal")
  private EntityManager em;

  /** Every use of the seal, latest first; of one application when {@code number} is given. */
  public List<SealRegisterLine> entries(Actor actor, String number) {
    requireOversight(actor);
    boolean one = number != null && !number.isBlank();
    TypedQuery<SealRegisterEntry> query =
        em.createQuery(
            "select r from SealRegisterEntry r"
                + (one ? " where r.applicationNumber = :n" : "")
                + " order by r.sealedAt desc, r.id desc",
            SealRegisterEntry.class);
    if (one) {
      query.setParameter("n", number.strip());
    }
    return query
        .setMaxResults(500)
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
  }

  /** Refused attempts at acts the seal would stamp, latest first. */
  public List<AuditLine> refusals(Actor actor) {
    requireOversight(actor);
    return em.createQuery(
            "select a from AuditEntry a where a.action = :action order by a.occurredAt desc",
            AuditEntry.class)
        .setParameter("action", SealRefusals.ACTION)
        .setMaxResults(500)
        .getResultStream()
        .map(AuditLine::of)
        .toList();
  }

  private static void requireOversight(Actor actor) {
    if (!actor.has(Role.SUPERVISOR) && !actor.has(Role.DIRECTOR)) {
      throw DomainException.forbidden("error.forbidden.role", Role.SUPERVISOR.id());
    }
  }
}
