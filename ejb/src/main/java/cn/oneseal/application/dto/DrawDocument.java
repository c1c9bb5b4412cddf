package cn.oneseal.application.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A draw as published ({@code GET /api/inspection-plans/{id}/draw}) and as replayed ({@code POST
 * /api/draws/replay}, which takes this very document): everything needed to re-run it — the plan
 * id, the seed, the sample size, both pools and the recusal pairs — with the hashes and the
 * selection. A replay recomputes the hashes and the selection from the inputs alone.
 */
public record DrawDocument(
    @NotNull Long planId,
    @NotNull @Size(min = 1, max = 256) String seed,
    @Size(max = 100) String algorithm,
    @NotNull Integer sampleSize,
    Integer inspectorsPerSubject,
    @NotNull @Size(max = 100000) List<@NotNull @Valid PoolSubject> subjectPool,
    @NotNull @Size(max = 10000) List<@NotNull @Valid PoolInspector> inspectorPool,
    @Size(max = 1000000) List<@NotNull @Valid Recusal> recusals,
    @Size(max = 64) String subjectPoolHash,
    @Size(max = 64) String inspectorPoolHash,
    @Size(max = 64) String recusalsHash,
    @Size(max = 100000) List<@NotNull @Valid Selected> selection,
    @Size(max = 64) String selectionHash) {

  /** A subject of the pool. */
  public record PoolSubject(
      @NotNull @Size(min = 1, max = 64) String id,
      @Size(max = 256) String name,
      @Size(max = 32) String entityType,
      @Size(max = 6) String area,
      @Size(max = 16) String status,
      @Size(max = 100) List<@NotNull @Size(max = 64) String> items) {}

  /** An inspector of the pool. */
  public record PoolInspector(
      @NotNull @Size(min = 1, max = 64) String id,
      @Size(max = 128) String name,
      @Size(max = 32) String department,
      @Size(max = 64) String section) {}

  /** An inspector who may not check a subject ({@code case} or {@code declared}). */
  public record Recusal(
      @NotNull @Size(max = 64) String inspectorId,
      @NotNull @Size(max = 64) String subjectId,
      @Size(max = 16) String reason) {}

  /** A drawn subject with its inspectors, in draw order. */
  public record Selected(
      @NotNull @Size(max = 64) String subject,
      @NotNull @Size(max = 10) List<@NotNull @Size(max = 64) String> inspectors) {}
}
