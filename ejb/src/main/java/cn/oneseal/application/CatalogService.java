package cn.oneseal.application;

import cn.oneseal.domain.model.catalog.ApprovalItem;
import cn.oneseal.domain.shared.DomainException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The public catalogue of approval items (审批事项目录). */
@Stateless
@PermitAll
public class CatalogService {

  @PersistenceContext(unitName = "oneseal")
  private EntityManager em;

  public List<ApprovalItem> activeItems() {
    return em.createQuery(
            "select i from ApprovalItem i where i.active = true order by i.code",
            ApprovalItem.class)
        .getResultList();
  }

  public Optional<ApprovalItem> find(String code) {
    if (code == null) {
      return Optional.empty();
    }
    return em.createQuery("select i from ApprovalItem i where i.code = :c", ApprovalItem.class)
        .setParameter("c", code)
        .getResultStream()
        .findFirst();
  }

  /** An item an applicant can apply for now. */
  public ApprovalItem requireActive(String code) {
    return find(code)
        .filter(ApprovalItem::isActive)
        .orElseThrow(() -> DomainException.invalid("error.item.unknown", String.valueOf(code)));
  }
}
