package cn.oneseal.infrastructure.persistence.jpa;

import cn.oneseal.domain.model.inspection.InspectionAssignment;
import cn.oneseal.domain.model.inspection.InspectionPhoto;
import cn.oneseal.domain.model.inspection.InspectionPlan;
import cn.oneseal.domain.model.inspection.InspectionRepository;
import cn.oneseal.domain.model.inspection.InspectorRegistration;
import cn.oneseal.domain.model.inspection.SpotCheckDraw;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

@ApplicationScoped
public class JpaInspectionRepository implements InspectionRepository {

  /** Only subjects in operation enter a pool (a deregistered or revoked licence is not checked). */
  private static final String IN_OPERATION = "VALID";

  @PersistenceContext(unitName = "oneseal")
  private EntityManager em;

  @Override
  public void add(InspectionPlan plan) {
    em.persist(plan);
    em.flush();
  }

  @Override
  public Optional<InspectionPlan> plan(long id) {
    return Optional.ofNullable(em.find(InspectionPlan.class, id));
  }

  @Override
  public List<InspectionPlan> plans(int offset, int limit) {
    return em.createQuery("select p from InspectionPlan p order by p.id desc", InspectionPlan.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long countPlans() {
    return em.createQuery("select count(p) from InspectionPlan p", Long.class).getSingleResult();
  }

  @Override
  public void add(InspectionAssignment assignment) {
    em.persist(assignment);
  }

  @Override
  public Optional<InspectionAssignment> assignment(long planId, String subjectId) {
    return em.createQuery(
            "select a from InspectionAssignment a where a.planId = :plan and a.subjectId = :subject",
            InspectionAssignment.class)
        .setParameter("plan", planId)
        .setParameter("subject", subjectId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<InspectionAssignment> assignments(long planId) {
    return em.createQuery(
            "select a from InspectionAssignment a where a.planId = :plan order by a.position",
            InspectionAssignment.class)
        .setParameter("plan", planId)
        .getResultList();
  }

  @Override
  public List<InspectionAssignment> assignmentsOf(String username) {
    return em.createQuery(
            "select a from InspectionAssignment a where a.inspector1 = :u or a.inspector2 = :u"
                + " order by a.planId desc, a.position",
            InspectionAssignment.class)
        .setParameter("u", username)
        .getResultList();
  }

  @Override
  public void add(InspectionPhoto photo) {
    em.persist(photo);
  }

  @Override
  public List<InspectionPhoto> photos(long assignmentId) {
    return em.createQuery(
            "select p from InspectionPhoto p where p.assignmentId = :a order by p.id",
            InspectionPhoto.class)
        .setParameter("a", assignmentId)
        .getResultList();
  }

  @Override
  public Optional<InspectionPhoto> photo(long id) {
    return Optional.ofNullable(em.find(InspectionPhoto.class, id));
  }

  @Override
  public void add(InspectorRegistration registration) {
    em.persist(registration);
  }

  @Override
  public Optional<InspectorRegistration> registration(String username) {
    return Optional.ofNullable(em.find(InspectorRegistration.class, username));
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<SpotCheckDraw.Inspector> inspectorsOf(List<String> departments) {
    if (departments.isEmpty()) {
      return List.of();
    }
    List<Object[]> rows =
        em.createNativeQuery(
                "select r.username, u.display_name, r.department_code, r.section_name"
                    + " from inspector_registration r join user_account u on u.username = r.username"
                    + " join user_account_role ur on ur.account_id = u.id and ur.role = 'INSPECTOR'"
                    + " where r.department_code in (:departments) and u.enabled = true"
                    + " and u.deactivated_at is null order by r.username")
            .setParameter("departments", departments)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new SpotCheckDraw.Inspector(
                    (String) r[0], (String) r[1], (String) r[2], (String) r[3]))
        .toList();
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<SpotCheckDraw.Subject> subjects(
      List<String> itemCodes, List<String> entityTypes, String areaPrefix) {
    Map<String, String[]> base = new TreeMap<>();
    Map<String, Set<String>> items = new HashMap<>();
    List<Object[]> licences =
        em.createNativeQuery(
                "select l.credit_code, l.full_name, l.entity_type, l.status, i.code"
                    + " from business_licence l join application a on a.number = l.application_number"
                    + " join approval_item i on i.id = a.item_id")
            .getResultList();
    for (Object[] r : licences) {
      base.put((String) r[0], new String[] {(String) r[1], (String) r[2], (String) r[3]});
      items.computeIfAbsent((String) r[0], k -> new TreeSet<>()).add((String) r[4]);
    }
    List<Object[]> approvals =
        em.createNativeQuery(
                "select c.field_value, n.field_value, i.code from application a"
                    + " join application_form_field c on c.application_id = a.id"
                    + " and c.field_name = 'creditCode'"
                    + " left join application_form_field n on n.application_id = a.id"
                    + " and n.field_name = 'applicantName'"
                    + " join approval_item i on i.id = a.item_id"
                    + " where a.status = 'APPROVED' order by a.id")
            .getResultList();
    for (Object[] r : approvals) {
      String code = (String) r[0];
      base.putIfAbsent(code, new String[] {r[1] == null ? "" : (String) r[1], "", IN_OPERATION});
      items.computeIfAbsent(code, k -> new TreeSet<>()).add((String) r[2]);
    }
    List<SpotCheckDraw.Subject> subjects = new ArrayList<>();
    base.forEach(
        (code, v) -> {
          String area = code.length() >= 8 ? code.substring(2, 8) : "";
          Set<String> of = items.getOrDefault(code, Set.of());
          boolean inScope =
              (itemCodes.isEmpty() && entityTypes.isEmpty())
                  || of.stream().anyMatch(itemCodes::contains)
                  || entityTypes.contains(v[1]);
          if (inScope
              && IN_OPERATION.equals(v[2])
              && (areaPrefix == null || area.startsWith(areaPrefix))) {
            subjects.add(new SpotCheckDraw.Subject(code, v[0], v[1], area, v[2], List.copyOf(of)));
          }
        });
    return subjects;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Map<String, Set<String>> actedOn(Set<String> subjectIds) {
    Map<String, Set<String>> acted = new HashMap<>();
    if (subjectIds.isEmpty()) {
      return acted;
    }
    String numbers =
        "select l.application_number as n, l.credit_code as s from business_licence l"
            + " where l.credit_code in (:ids)"
            + " union select a.number as n, f.field_value as s from application a"
            + " join application_form_field f on f.application_id = a.id"
            + " and f.field_name = 'creditCode' where f.field_value in (:ids)";
    List<Object[]> rows =
        em.createNativeQuery(
                "select c.s, h.actor from ("
                    + numbers
                    + ") c join application a on a.number = c.n"
                    + " join application_history h on h.application_id = a.id"
                    + " union select c.s, l.actor from ("
                    + numbers
                    + ") c join audit_log l on l.application_number = c.n and l.kind = 'act'")
            .setParameter("ids", new ArrayList<>(subjectIds))
            .getResultList();
    for (Object[] r : rows) {
      acted.computeIfAbsent((String) r[0], k -> new TreeSet<>()).add((String) r[1]);
    }
    return acted;
  }

  @Override
  public List<InspectorRegistration> registrations() {
    return em.createQuery(
            "select r from InspectorRegistration r order by r.username",
            InspectorRegistration.class)
        .getResultList();
  }
}
