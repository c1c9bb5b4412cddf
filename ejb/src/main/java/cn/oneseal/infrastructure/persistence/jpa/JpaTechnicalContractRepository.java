package cn.oneseal.infrastructure.persistence.jpa;

import cn.oneseal.domain.model.innovation.ContractType;
import cn.oneseal.domain.model.innovation.TechnicalContract;
import cn.oneseal.domain.model.innovation.TechnicalContractRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaTechnicalContractRepository implements TechnicalContractRepository {

  @PersistenceContext(unitName = "oneseal")
  private EntityManager em;

  @Override
  public void add(TechnicalContract contract) {
    em.persist(contract);
    em.flush();
  }

  @Override
  public Optional<TechnicalContract> ofApplication(String applicationNumber) {
    return em.createQuery(
            "select c from TechnicalContract c where c.applicationNumber = :n",
            TechnicalContract.class)
        .setParameter("n", applicationNumber)
        .getResultStream()
        .findFirst();
  }

  @Override
  public int nextSequence(int year) {
    int updated =
        em.createNativeQuery(
                "update technical_contract_counter set last_value = last_value + 1"
                    + " where registration_year = ?1")
            .setParameter(1, year)
            .executeUpdate();
    if (updated == 0) {
      em.createNativeQuery(
              "insert into technical_contract_counter (registration_year, last_value) values (?1, 1)")
          .setParameter(1, year)
          .executeUpdate();
    }
    Number value =
        (Number)
            em.createNativeQuery(
                    "select last_value from technical_contract_counter where registration_year = ?1")
                .setParameter(1, year)
                .getSingleResult();
    return value.intValue();
  }

  @Override
  public List<TypeTotal> registeredBetween(Instant from, Instant to) {
    return em
        .createQuery(
            "select c.contractType, count(c), sum(c.amountFen), sum(c.technicalIncomeFen)"
                + " from TechnicalContract c"
                + " where c.registeredAt >= :from and c.registeredAt < :to"
                + " group by c.contractType",
            Object[].class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList()
        .stream()
        .map(
            r ->
                new TypeTotal(
                    (ContractType) r[0],
                    ((Number) r[1]).longValue(),
                    ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue()))
        .toList();
  }
}
