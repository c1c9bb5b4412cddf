package cn.oneseal.infrastructure.persistence.jpa;

import cn.oneseal.domain.model.evaluation.EvaluationRepository;
import cn.oneseal.domain.model.evaluation.ServiceEvaluation;
import cn.oneseal.domain.model.evaluation.ServiceEvaluation.FollowUp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaEvaluationRepository implements EvaluationRepository {

  @PersistenceContext(unitName = "oneseal")
  private EntityManager em;

  @Override
  public void add(ServiceEvaluation evaluation) {
    em.persist(evaluation);
    em.flush();
  }

  @Override
  public Optional<ServiceEvaluation> ofCase(String applicationNumber) {
    return em.createQuery(
            "select e from ServiceEvaluation e where e.applicationNumber = :number",
            ServiceEvaluation.class)
        .setParameter("number", applicationNumber)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<ServiceEvaluation> byId(long id) {
    return Optional.ofNullable(em.find(ServiceEvaluation.class, id));
  }

  @Override
  public Optional<ServiceEvaluation> byFollowUpTask(String taskId) {
    return em.createQuery(
            "select e from ServiceEvaluation e where e.followUpTask = :task",
            ServiceEvaluation.class)
        .setParameter("task", taskId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ServiceEvaluation> followUps(FollowUp status, int offset, int limit) {
    return em.createQuery(
            "select e from ServiceEvaluation e where e.followUp <> :none"
                + " and (:status is null or e.followUp = :status)"
                + " order by e.followUpDue asc, e.id asc",
            ServiceEvaluation.class)
        .setParameter("none", FollowUp.NONE)
        .setParameter("status", status)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long countFollowUps(FollowUp status) {
    return em.createQuery(
            "select count(e) from ServiceEvaluation e where e.followUp <> :none"
                + " and (:status is null or e.followUp = :status)",
            Long.class)
        .setParameter("none", FollowUp.NONE)
        .setParameter("status", status)
        .getSingleResult();
  }

  @Override
  public List<ServiceEvaluation> ratedBetween(Instant from, Instant to) {
    return em.createQuery(
            "select distinct e from ServiceEvaluation e left join fetch e.handlers"
                + " where e.ratedAt >= :from and e.ratedAt < :to order by e.id",
            ServiceEvaluation.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }
}
