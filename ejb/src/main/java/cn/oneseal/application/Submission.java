package cn.oneseal.application;

import cn.oneseal.domain.model.catalog.SpecialStepKind;
import java.util.List;

/**
 * The application a submission produced, whether it was new or an idempotent repeat, and the
 * process model that runs its item with the special steps its item version lists and the number of
 * further officers who countersign its review.
 */
public record Submission(
    String number,
    boolean created,
    String processKey,
    List<SpecialStepKind> specialSteps,
    int countersignOfficers) {}
