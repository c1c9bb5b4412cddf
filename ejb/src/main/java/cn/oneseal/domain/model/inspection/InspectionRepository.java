package cn.oneseal.domain.model.inspection;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Plans, their assignments and photos, the inspectors' registrations, and the pools' sources. */
public interface InspectionRepository {

  void add(InspectionPlan plan);

  Optional<InspectionPlan> plan(long id);

  /** Plans, latest first; {@code offset}/{@code limit} slice them. */
  List<InspectionPlan> plans(int offset, int limit);

  long countPlans();

  void add(InspectionAssignment assignment);

  Optional<InspectionAssignment> assignment(long planId, String subjectId);

  /** A plan's assignments in draw order. */
  List<InspectionAssignment> assignments(long planId);

  /** The assignments of an inspector, latest plan first. */
  List<InspectionAssignment> assignmentsOf(String username);

  void add(InspectionPhoto photo);

  List<InspectionPhoto> photos(long assignmentId);

  Optional<InspectionPhoto> photo(long id);

  void add(InspectorRegistration registration);

  Optional<InspectorRegistration> registration(String username);

  /** Every registration, by user name. */
  List<InspectorRegistration> registrations();

  /** The registered inspectors of these departments, with their display names. */
  List<SpotCheckDraw.Inspector> inspectorsOf(List<String> departments);

  /**
   * The subjects OneSeal registered or licensed: business licences and approved applications that
   * carry a credit code, narrowed by the scope (empty lists: no narrowing).
   */
  List<SpotCheckDraw.Subject> subjects(
      List<String> itemCodes, List<String> entityTypes, String areaPrefix);

  /** Who acted on any case of each subject (from the case history and the audit trail). */
  Map<String, Set<String>> actedOn(Set<String> subjectIds);
}
