package cn.oneseal.application;

import cn.oneseal.domain.model.registration.IntegratedList;
import cn.oneseal.domain.shared.DomainException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The versioned list of certificates folded into the business licence (多证合一). */
@Stateless
@PermitAll
public class IntegratedCertificateService {

  @PersistenceContext(unitName = "oneseal")
  private EntityManager em;

  @Inject private Clock clock;

  /** The list in force on the given day (today when {@code null}). */
  public IntegratedList inForceOn(LocalDate day) {
    LocalDate on = day == null ? LocalDate.now(clock.withZone(CatalogService.BUREAU_ZONE)) : day;
    return IntegratedList.inForceOn(versions(), on)
        .orElseThrow(() -> DomainException.notFound("error.integratedList.none", on));
  }

  public List<IntegratedList> versions() {
    return em.createQuery(
            "select v from IntegratedList v order by v.versionNo", IntegratedList.class)
        .getResultList();
  }
}
