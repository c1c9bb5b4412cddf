package cn.oneseal.web.view.inspection;

import cn.oneseal.application.CatalogService;
import cn.oneseal.application.SpotCheckService;
import cn.oneseal.application.dto.DrawDocument;
import cn.oneseal.application.dto.InspectionAssignmentView;
import cn.oneseal.application.dto.InspectionPlanView;
import cn.oneseal.application.dto.ItemGuide.CodeName;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.view.shared.FacesSupport;
import cn.oneseal.web.view.shared.ReportsProblems;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One plan's public page: scope, departments, the pools' hashes (published before the draw), the
 * seed, the draw with its pools and recusal pairs, and the results with their publication; for the
 * supervision the acts of the plan's next state (fix the pools, draw, publish a result).
 */
@Named
@ViewScoped
public class SpotCheckPlanView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SpotCheckService spotChecks;

  @Inject private CurrentActor currentActor;

  @Inject private CatalogService catalog;

  private Long id;

  private InspectionPlanView plan;

  private DrawDocument draw;

  private List<InspectionAssignmentView> results = List.of();

  private String seed;

  public void load() {
    if (id == null) {
      FacesSupport.status(404);
      return;
    }
    FacesSupport.attemptLoading(this::reload);
  }

  private void reload() {
    plan = spotChecks.plan(id);
    draw = "drawn".equals(plan.state()) ? spotChecks.drawDocument(id) : null;
    results = spotChecks.results(currentActor.optional().orElse(null), id);
  }

  @ReportsProblems
  public void fixPools() {
    spotChecks.fixPools(currentActor.require(), id);
    reload();
    FacesSupport.infoFrom("cn.oneseal.web.i18n.inspection", "plan.poolsFixed");
  }

  @ReportsProblems
  public void draw() {
    spotChecks.draw(currentActor.require(), id, seed);
    seed = null;
    reload();
    FacesSupport.infoFrom("cn.oneseal.web.i18n.inspection", "plan.drawnNow");
  }

  /** Publishes the result of the subject named by the request parameter {@code subject}. */
  @ReportsProblems
  public void publish() {
    String subject = FacesSupport.param("subject");
    if (subject == null) {
      throw DomainException.notFound("error.inspection.assignmentNotFound", id, "");
    }
    spotChecks.publish(currentActor.require(), id, subject);
    reload();
    FacesSupport.infoFrom("cn.oneseal.web.i18n.inspection", "plan.published", subject);
  }

  /** The departments' names in the reader's language, joined. */
  public String departmentNames(List<String> codes) {
    Map<String, String> names =
        catalog.departments().stream()
            .collect(Collectors.toMap(CodeName::code, d -> d.name(FacesSupport.locale())));
    return codes.stream().map(c -> names.getOrDefault(c, c)).collect(Collectors.joining("、"));
  }

  public boolean isSupervisor() {
    return currentActor.has("supervisor");
  }

  public boolean isLoaded() {
    return plan != null;
  }

  /** The pool's subject names by id, for the selection's rows. */
  public Map<String, String> getSubjectNames() {
    return draw == null
        ? Map.of()
        : draw.subjectPool().stream()
            .collect(
                Collectors.toMap(DrawDocument.PoolSubject::id, DrawDocument.PoolSubject::name));
  }

  /** The inspectors' names and units by id. */
  public Map<String, String> getInspectorNames() {
    return draw == null
        ? Map.of()
        : draw.inspectorPool().stream()
            .collect(
                Collectors.toMap(
                    DrawDocument.PoolInspector::id,
                    x -> x.name() + "（" + x.department() + " · " + x.section() + "）"));
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public InspectionPlanView getPlan() {
    return plan;
  }

  public DrawDocument getDraw() {
    return draw;
  }

  public List<InspectionAssignmentView> getResults() {
    return results;
  }

  public String getSeed() {
    return seed;
  }

  public void setSeed(String seed) {
    this.seed = seed;
  }
}
