package cn.oneseal.web.view.evaluation;

import cn.oneseal.application.EvaluationService;
import cn.oneseal.application.dto.EvaluationView;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.view.shared.FacesSupport;
import cn.oneseal.web.view.shared.ReportsProblems;
import cn.oneseal.workflow.evaluation.EvaluationFollowUps;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * 好差评 on the case page: once the case has ended its applicant rates it (five levels, a comment,
 * optionally the step that disappointed), then reads the rating and, for a negative one, the
 * follow-up's state and the chief's answer; staff and supervisors who read the case see the same,
 * and the chief sees the rating on the follow-up's task page.
 */
@Named
@ViewScoped
public class CaseEvaluationView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The levels offered, best first (5 = 非常满意 … 1 = 非常不满意). */
  private static final List<Integer> LEVELS = List.of(5, 4, 3, 2, 1);

  @Inject private EvaluationService evaluations;

  @Inject private EvaluationFollowUps followUps;

  @Inject private CurrentActor currentActor;

  private String number;
  private boolean loaded;
  private EvaluationView evaluation;
  private boolean mayRate;
  private List<String> steps = List.of();

  private Integer level;
  private String comment;
  private String step;

  /**
   * This view for the case of the page (the case page's or the task page's application number),
   * fixed at the first call of the view.
   */
  public CaseEvaluationView forCase(String caseNumber) {
    if (number == null) {
      number = caseNumber;
    }
    return this;
  }

  private void load() {
    if (loaded || number == null) {
      return;
    }
    loaded = true;
    var actor = currentActor.require();
    evaluation = evaluations.ofCase(actor, number).orElse(null);
    mayRate = evaluation == null && evaluations.mayRate(actor, number);
    if (mayRate) {
      steps = followUps.caseSteps(actor, number);
    }
  }

  @ReportsProblems
  public String rate() {
    followUps.rate(currentActor.require(), number, level, comment, step);
    FacesSupport.infoAfterRedirect("evaluation.saved");
    return "/application.xhtml?faces-redirect=true&number="
        + URLEncoder.encode(number, StandardCharsets.UTF_8);
  }

  public boolean isShown() {
    load();
    return evaluation != null || mayRate;
  }

  public boolean isMayRate() {
    load();
    return mayRate;
  }

  public EvaluationView getEvaluation() {
    load();
    return evaluation;
  }

  public List<Integer> getLevels() {
    return LEVELS;
  }

  public List<String> getSteps() {
    load();
    return steps;
  }

  public Integer getLevel() {
    return level;
  }

  public void setLevel(Integer level) {
    this.level = level;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public String getStep() {
    return step;
  }

  public void setStep(String step) {
    this.step = step;
  }
}
