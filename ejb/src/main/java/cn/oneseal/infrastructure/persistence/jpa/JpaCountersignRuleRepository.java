package cn.oneseal.infrastructure.persistence.jpa;

import cn.oneseal.domain.model.catalog.CountersignRule;
import cn.oneseal.domain.model.catalog.CountersignRuleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaCountersignRuleRepository implements CountersignRuleRepository {

  @PersistenceContext(unitName = "oneseal")
  private EntityManager em;

  @Override
  public int officersFor(String itemCode) {
    return Optional.ofNullable(em.find(CountersignRule.class, itemCode))
        .map(CountersignRule::getOfficers)
        .orElse(0);
  }
}
