package cn.oneseal.domain.model.inspection;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * 抽查计划: what is inspected (items and/or entity types, an area), by which supervising departments
 * (several: a joint inspection 跨部门联合检查, one visit by a mixed team), how many (a count or a
 * percentage of the pool, rounded up) and when. Its states: {@link State#DRAFT} → {@link
 * State#FIXED} (the pools are snapshotted and their hashes published, before any draw) → {@link
 * State#DRAWN} (the seed and the selection are kept). Results live in its {@link
 * InspectionAssignment}s.
 */
@Entity
@Table(name = "inspection_plan")
public class InspectionPlan {

  public static final int NAME_LENGTH = 200;

  public static final int SEED_LENGTH = 256;

  /** Where a plan stands. */
  public enum State {
    DRAFT,
    FIXED,
    DRAWN
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = NAME_LENGTH)
  @Size(max = NAME_LENGTH)
  private String name;

  /** The supervising departments' codes, comma-separated; more than one: a joint inspection. */
  @Column(nullable = false, length = 500)
  @Size(max = 500)
  private String departments;

  @Column(name = "item_codes", length = 1000)
  @Size(max = 1000)
  private String itemCodes;

  @Column(name = "entity_types", length = 500)
  @Size(max = 500)
  private String entityTypes;

  /** A prefix of the administrative-division code (GB/T 2260) of the subjects' credit codes. */
  @Column(name = "area_prefix", length = 6)
  @Size(max = 6)
  private String areaPrefix;

  @Column(name = "sample_count")
  private Integer sampleCount;

  @Column(name = "sample_percent")
  private Integer samplePercent;

  @Column(name = "period_from", nullable = false)
  private LocalDate periodFrom;

  @Column(name = "period_to", nullable = false)
  private LocalDate periodTo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private State state;

  @Column(name = "created_by", nullable = false, length = 64)
  @Size(max = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "pools_fixed_at")
  private Instant poolsFixedAt;

  @Column(name = "pools_fixed_by", length = 64)
  @Size(max = 64)
  private String poolsFixedBy;

  @Column(name = "sample_size")
  private Integer sampleSize;

  @Column(name = "subject_pool_hash", length = 64)
  @Size(max = 64)
  private String subjectPoolHash;

  @Column(name = "inspector_pool_hash", length = 64)
  @Size(max = 64)
  private String inspectorPoolHash;

  @Column(name = "recusals_hash", length = 64)
  @Size(max = 64)
  private String recusalsHash;

  @Column(length = SEED_LENGTH)
  @Size(max = SEED_LENGTH)
  private String seed;

  @Column(name = "drawn_at")
  private Instant drawnAt;

  @Column(name = "drawn_by", length = 64)
  @Size(max = 64)
  private String drawnBy;

  @Column(name = "selection_hash", length = 64)
  @Size(max = 64)
  private String selectionHash;

  @Version private long version;

  @ElementCollection
  @CollectionTable(name = "inspection_pool_subject", joinColumns = @JoinColumn(name = "plan_id"))
  private List<@Valid PoolSubject> subjectPool = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "inspection_pool_inspector", joinColumns = @JoinColumn(name = "plan_id"))
  private List<@Valid PoolInspector> inspectorPool = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "inspection_recusal", joinColumns = @JoinColumn(name = "plan_id"))
  private List<@Valid RecusalPair> recusals = new ArrayList<>();

  protected InspectionPlan() {}

  public InspectionPlan(
      String name,
      List<String> departments,
      List<String> itemCodes,
      List<String> entityTypes,
      String areaPrefix,
      Integer sampleCount,
      Integer samplePercent,
      LocalDate periodFrom,
      LocalDate periodTo,
      String createdBy,
      Instant createdAt) {
    this.name = name;
    this.departments = String.join(",", departments);
    this.itemCodes = itemCodes.isEmpty() ? null : String.join(",", itemCodes);
    this.entityTypes = entityTypes.isEmpty() ? null : String.join(",", entityTypes);
    this.areaPrefix = areaPrefix;
    this.sampleCount = sampleCount;
    this.samplePercent = samplePercent;
    this.periodFrom = periodFrom;
    this.periodTo = periodTo;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    this.state = State.DRAFT;
  }

  /** Fixes the pools: the snapshot and its hashes, published before the draw. */
  public void fixPools(
      List<SpotCheckDraw.Subject> subjects,
      List<SpotCheckDraw.Inspector> inspectors,
      List<SpotCheckDraw.Recusal> pairs,
      String by,
      Instant at) {
    if (state != State.DRAFT) {
      throw new IllegalStateException(state.name());
    }
    subjectPool.clear();
    SpotCheckDraw.sortedSubjects(subjects).forEach(s -> subjectPool.add(PoolSubject.of(s)));
    inspectorPool.clear();
    SpotCheckDraw.sortedInspectors(inspectors).forEach(x -> inspectorPool.add(PoolInspector.of(x)));
    recusals.clear();
    SpotCheckDraw.sortedRecusals(pairs).forEach(r -> recusals.add(RecusalPair.of(r)));
    subjectPoolHash = SpotCheckDraw.sha256Hex(SpotCheckDraw.canonicalSubjects(subjects));
    inspectorPoolHash = SpotCheckDraw.sha256Hex(SpotCheckDraw.canonicalInspectors(inspectors));
    recusalsHash = SpotCheckDraw.sha256Hex(SpotCheckDraw.canonicalRecusals(pairs));
    sampleSize = SpotCheckDraw.sampleSize(subjects.size(), sampleCount, samplePercent);
    poolsFixedAt = at;
    poolsFixedBy = by;
    state = State.FIXED;
  }

  /** The draw was made with {@code seed}; its selection hashes to {@code selectionHash}. */
  public void drawn(String seed, String selectionHash, String by, Instant at) {
    if (state != State.FIXED) {
      throw new IllegalStateException(state.name());
    }
    this.seed = seed;
    this.selectionHash = selectionHash;
    this.drawnBy = by;
    this.drawnAt = at;
    this.state = State.DRAWN;
  }

  public List<SpotCheckDraw.Subject> subjects() {
    return SpotCheckDraw.sortedSubjects(subjectPool.stream().map(PoolSubject::toDraw).toList());
  }

  public List<SpotCheckDraw.Inspector> inspectors() {
    return SpotCheckDraw.sortedInspectors(
        inspectorPool.stream().map(PoolInspector::toDraw).toList());
  }

  public List<SpotCheckDraw.Recusal> recusalPairs() {
    return SpotCheckDraw.sortedRecusals(recusals.stream().map(RecusalPair::toDraw).toList());
  }

  public boolean isJoint() {
    return departmentList().size() > 1;
  }

  public List<String> departmentList() {
    return split(departments);
  }

  public List<String> itemCodeList() {
    return split(itemCodes);
  }

  public List<String> entityTypeList() {
    return split(entityTypes);
  }

  private static List<String> split(String joined) {
    return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getAreaPrefix() {
    return areaPrefix;
  }

  public Integer getSampleCount() {
    return sampleCount;
  }

  public Integer getSamplePercent() {
    return samplePercent;
  }

  public LocalDate getPeriodFrom() {
    return periodFrom;
  }

  public LocalDate getPeriodTo() {
    return periodTo;
  }

  public State getState() {
    return state;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getPoolsFixedAt() {
    return poolsFixedAt;
  }

  public Integer getSampleSize() {
    return sampleSize;
  }

  public String getSubjectPoolHash() {
    return subjectPoolHash;
  }

  public String getInspectorPoolHash() {
    return inspectorPoolHash;
  }

  public String getRecusalsHash() {
    return recusalsHash;
  }

  public String getSeed() {
    return seed;
  }

  public Instant getDrawnAt() {
    return drawnAt;
  }

  public String getDrawnBy() {
    return drawnBy;
  }

  public String getSelectionHash() {
    return selectionHash;
  }

  /** A subject of the pool as fixed. */
  @Embeddable
  public static class PoolSubject {
    @Column(name = "subject_id", nullable = false, length = 64)
    @Size(max = 64)
    private String subjectId;

    @Column(nullable = false, length = 256)
    @Size(max = 256)
    private String name;

    @Column(name = "entity_type", nullable = false, length = 32)
    @Size(max = 32)
    private String entityType;

    @Column(nullable = false, length = 6)
    @Size(max = 6)
    private String area;

    @Column(nullable = false, length = 16)
    @Size(max = 16)
    private String status;

    @Column(nullable = false, length = 1000)
    @Size(max = 1000)
    private String items;

    protected PoolSubject() {}

    static PoolSubject of(SpotCheckDraw.Subject s) {
      PoolSubject p = new PoolSubject();
      p.subjectId = s.id();
      p.name = s.name();
      p.entityType = s.entityType();
      p.area = s.area();
      p.status = s.status();
      p.items = String.join(",", s.items());
      return p;
    }

    SpotCheckDraw.Subject toDraw() {
      return new SpotCheckDraw.Subject(subjectId, name, entityType, area, status, split(items));
    }
  }

  /** An inspector of the pool as fixed. */
  @Embeddable
  public static class PoolInspector {
    @Column(name = "inspector_id", nullable = false, length = 64)
    @Size(max = 64)
    private String inspectorId;

    @Column(nullable = false, length = 128)
    @Size(max = 128)
    private String name;

    @Column(nullable = false, length = 32)
    @Size(max = 32)
    private String department;

    @Column(name = "section_name", nullable = false, length = 64)
    @Size(max = 64)
    private String section;

    protected PoolInspector() {}

    static PoolInspector of(SpotCheckDraw.Inspector x) {
      PoolInspector p = new PoolInspector();
      p.inspectorId = x.id();
      p.name = x.name();
      p.department = x.department();
      p.section = x.section();
      return p;
    }

    SpotCheckDraw.Inspector toDraw() {
      return new SpotCheckDraw.Inspector(inspectorId, name, department, section);
    }
  }

  /** An inspector who may not check a subject, and why. */
  @Embeddable
  public static class RecusalPair {
    @Column(name = "inspector_id", nullable = false, length = 64)
    @Size(max = 64)
    private String inspectorId;

    @Column(name = "subject_id", nullable = false, length = 64)
    @Size(max = 64)
    private String subjectId;

    @Column(nullable = false, length = 16)
    @Size(max = 16)
    private String reason;

    protected RecusalPair() {}

    static RecusalPair of(SpotCheckDraw.Recusal r) {
      RecusalPair p = new RecusalPair();
      p.inspectorId = r.inspectorId();
      p.subjectId = r.subjectId();
      p.reason = r.reason();
      return p;
    }

    SpotCheckDraw.Recusal toDraw() {
      return new SpotCheckDraw.Recusal(inspectorId, subjectId, reason);
    }
  }
}
