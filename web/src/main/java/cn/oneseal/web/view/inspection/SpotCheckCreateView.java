package cn.oneseal.web.view.inspection;

import cn.oneseal.application.CatalogService;
import cn.oneseal.application.SpotCheckService;
import cn.oneseal.application.dto.InspectionPlanView;
import cn.oneseal.application.dto.ItemGuide.CodeName;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.view.shared.FacesSupport;
import cn.oneseal.web.view.shared.ReportsProblems;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The supervision's form for a new inspection plan: departments (several: a joint inspection),
 * scope, sample and period. The plan's own page then fixes its pools and draws.
 */
@Named
@ViewScoped
public class SpotCheckCreateView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SpotCheckService spotChecks;

  @Inject private CatalogService catalog;

  @Inject private CurrentActor currentActor;

  private List<CodeName> departmentChoices = List.of();

  private String name;
  private List<String> departments = new ArrayList<>();
  private String itemCodes;
  private String entityTypes;
  private String areaPrefix;
  private String sampleKind = "count";
  private Integer sample;
  private LocalDate periodFrom;
  private LocalDate periodTo;

  @PostConstruct
  void init() {
    departmentChoices = catalog.departments();
  }

  @ReportsProblems
  public String create() {
    InspectionPlanView created =
        spotChecks.create(
            currentActor.require(),
            new SpotCheckService.PlanRequest(
                name,
                departments,
                split(itemCodes),
                split(entityTypes),
                areaPrefix,
                "count".equals(sampleKind) ? sample : null,
                "percent".equals(sampleKind) ? sample : null,
                periodFrom,
                periodTo));
    return "/inspection-plan.xhtml?faces-redirect=true&id=" + created.id();
  }

  private static List<String> split(String text) {
    return text == null || text.isBlank()
        ? List.of()
        : Arrays.stream(text.split("[,，\\s]+")).filter(s -> !s.isBlank()).toList();
  }

  public List<CodeName> getDepartmentChoices() {
    return departmentChoices;
  }

  public String departmentLabel(CodeName d) {
    return d.name(FacesSupport.locale());
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public List<String> getDepartments() {
    return departments;
  }

  public void setDepartments(List<String> departments) {
    this.departments = departments;
  }

  public String getItemCodes() {
    return itemCodes;
  }

  public void setItemCodes(String itemCodes) {
    this.itemCodes = itemCodes;
  }

  public String getEntityTypes() {
    return entityTypes;
  }

  public void setEntityTypes(String entityTypes) {
    this.entityTypes = entityTypes;
  }

  public String getAreaPrefix() {
    return areaPrefix;
  }

  public void setAreaPrefix(String areaPrefix) {
    this.areaPrefix = areaPrefix;
  }

  public String getSampleKind() {
    return sampleKind;
  }

  public void setSampleKind(String sampleKind) {
    this.sampleKind = sampleKind;
  }

  public Integer getSample() {
    return sample;
  }

  public void setSample(Integer sample) {
    this.sample = sample;
  }

  public LocalDate getPeriodFrom() {
    return periodFrom;
  }

  public void setPeriodFrom(LocalDate periodFrom) {
    this.periodFrom = periodFrom;
  }

  public LocalDate getPeriodTo() {
    return periodTo;
  }

  public void setPeriodTo(LocalDate periodTo) {
    this.periodTo = periodTo;
  }
}
