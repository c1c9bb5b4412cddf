package cn.oneseal.application.dto;

import cn.oneseal.domain.model.inspection.InspectionPlan;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan as the public sees it: its scope, departments (more than one: a joint inspection), sample,
 * period, state, the pools' hashes once fixed (published before the draw), and the seed once drawn.
 */
public record InspectionPlanView(
    long id,
    String name,
    List<String> departments,
    boolean joint,
    List<String> itemCodes,
    List<String> entityTypes,
    String areaPrefix,
    Integer sampleCount,
    Integer samplePercent,
    LocalDate periodFrom,
    LocalDate periodTo,
    String state,
    Instant poolsFixedAt,
    Integer subjectPoolSize,
    Integer inspectorPoolSize,
    Integer sampleSize,
    String subjectPoolHash,
    String inspectorPoolHash,
    String recusalsHash,
    String seed,
    Instant drawnAt,
    String selectionHash) {

  public static InspectionPlanView of(InspectionPlan p) {
    boolean fixed = p.getState() != InspectionPlan.State.DRAFT;
    return new InspectionPlanView(
        p.getId(),
        p.getName(),
        p.departmentList(),
        p.isJoint(),
        p.itemCodeList(),
        p.entityTypeList(),
        p.getAreaPrefix(),
        p.getSampleCount(),
        p.getSamplePercent(),
        p.getPeriodFrom(),
        p.getPeriodTo(),
        p.getState().name().toLowerCase(java.util.Locale.ROOT),
        p.getPoolsFixedAt(),
        fixed ? p.subjects().size() : null,
        fixed ? p.inspectors().size() : null,
        p.getSampleSize(),
        p.getSubjectPoolHash(),
        p.getInspectorPoolHash(),
        p.getRecusalsHash(),
        p.getSeed(),
        p.getDrawnAt(),
        p.getSelectionHash());
  }
}
