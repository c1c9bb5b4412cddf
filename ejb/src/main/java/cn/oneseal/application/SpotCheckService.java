package cn.oneseal.application;

import cn.oneseal.application.dto.DrawDocument;
import cn.oneseal.application.dto.InspectionAssignmentView;
import cn.oneseal.application.dto.InspectionPlanView;
import cn.oneseal.application.dto.InspectorView;
import cn.oneseal.application.dto.ItemGuide.CodeName;
import cn.oneseal.application.oversight.SubjectFact;
import cn.oneseal.domain.model.account.AccountRepository;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.model.account.UserAccount;
import cn.oneseal.domain.model.application.CheckedUpload;
import cn.oneseal.domain.model.application.Upload;
import cn.oneseal.domain.model.inspection.InspectionAssignment;
import cn.oneseal.domain.model.inspection.InspectionAssignment.Outcome;
import cn.oneseal.domain.model.inspection.InspectionPhoto;
import cn.oneseal.domain.model.inspection.InspectionPlan;
import cn.oneseal.domain.model.inspection.InspectionRepository;
import cn.oneseal.domain.model.inspection.InspectorRegistration;
import cn.oneseal.domain.model.inspection.SpotCheckDraw;
import cn.oneseal.domain.model.registration.CreditCode;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.domain.shared.DomainException.Detail;
import cn.oneseal.infrastructure.config.OneSealConfig;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * 双随机一公开 (docs/inspections.md): the supervision plans spot checks, fixes the pools (their hashes
 * are public before the draw), draws with a public seed; the drawn inspectors record the results,
 * the supervision publishes them within the working days the law gives; anyone reads plans, draws
 * and published results, and anyone can replay a draw.
 */
@Stateless
@PermitAll
public class SpotCheckService {

  static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

  static final Pattern AREA = Pattern.compile("[0-9]{2,6}");

  /** A plan's period is at most this long. */
  static final int MAX_PERIOD_DAYS = 366;

  /** A sample count above this is refused as a mistake. */
  static final int MAX_SAMPLE_COUNT = 10000;

  /** What a supervisor asks for when creating a plan. */
  public record PlanRequest(
      String name,
      List<String> departments,
      List<String> itemCodes,
      List<String> entityTypes,
      String areaPrefix,
      Integer sampleCount,
      Integer samplePercent,
      LocalDate periodFrom,
      LocalDate periodTo) {}

  /** What inspectors record. */
  public record ResultRequest(
      String outcome, String findings, LocalDate rectifyUntil, LocalDate inspectedOn) {}

  @Inject private InspectionRepository repository;

  @Inject private CatalogService catalog;

  @Inject private AccountRepository accounts;

  @Inject private CalendarService calendar;

  @Inject private AuditTrail audit;

  @Inject private OneSealConfig config;

  @Inject private Event<SubjectFact> facts;

  @Inject private Clock clock;

  // ---- public ----

  public ResultPage<InspectionPlanView> plans(Paging paging) {
    return new ResultPage<>(
        repository.plans(paging.offset(), paging.size()).stream()
            .map(InspectionPlanView::of)
            .toList(),
        repository.countPlans());
  }

  public InspectionPlanView plan(long id) {
    return InspectionPlanView.of(existing(id));
  }

  /** The published draw; "not found" before the draw. */
  public DrawDocument drawDocument(long id) {
    InspectionPlan plan = existing(id);
    if (plan.getState() != InspectionPlan.State.DRAWN) {
      throw DomainException.notFound("error.inspection.notDrawn", id);
    }
    List<SpotCheckDraw.Assignment> selection =
        repository.assignments(id).stream()
            .map(a -> new SpotCheckDraw.Assignment(a.getSubjectId(), a.getInspectors()))
            .toList();
    return document(
        id,
        plan.getSeed(),
        plan.getSampleSize(),
        plan.subjects(),
        plan.inspectors(),
        plan.recusalPairs(),
        selection);
  }

  /**
   * Re-runs a draw from a published document's inputs (pools, recusal pairs, seed, plan id, sample
   * size) and answers the document as recomputed: its hashes and selection come from the inputs
   * alone, never from what the document claimed.
   */
  public DrawDocument replay(DrawDocument claimed) {
    List<Detail> problems = new ArrayList<>();
    if (claimed.sampleSize() < 0 || claimed.sampleSize() > claimed.subjectPool().size()) {
      problems.add(
          Detail.of(
              "sampleSize",
              "error.inspection.sampleSize",
              claimed.sampleSize(),
              claimed.subjectPool().size()));
    }
    if (claimed.seed().isBlank()) {
      problems.add(Detail.of("seed", "error.inspection.seed"));
    }
    duplicates(claimed.subjectPool().stream().map(DrawDocument.PoolSubject::id).toList())
        .forEach(d -> problems.add(Detail.of("subjectPool", "error.inspection.duplicateId", d)));
    duplicates(claimed.inspectorPool().stream().map(DrawDocument.PoolInspector::id).toList())
        .forEach(d -> problems.add(Detail.of("inspectorPool", "error.inspection.duplicateId", d)));
    if (!problems.isEmpty()) {
      throw DomainException.invalidAll(problems);
    }
    List<SpotCheckDraw.Subject> subjects =
        claimed.subjectPool().stream()
            .map(
                s ->
                    new SpotCheckDraw.Subject(
                        s.id(), s.name(), s.entityType(), s.area(), s.status(), s.items()))
            .toList();
    List<SpotCheckDraw.Inspector> inspectors =
        claimed.inspectorPool().stream()
            .map(x -> new SpotCheckDraw.Inspector(x.id(), x.name(), x.department(), x.section()))
            .toList();
    List<SpotCheckDraw.Recusal> recusals =
        claimed.recusals() == null
            ? List.of()
            : claimed.recusals().stream()
                .map(r -> new SpotCheckDraw.Recusal(r.inspectorId(), r.subjectId(), r.reason()))
                .toList();
    List<SpotCheckDraw.Assignment> selection;
    try {
      selection =
          SpotCheckDraw.draw(
              subjects,
              inspectors,
              recusals,
              claimed.seed(),
              claimed.planId(),
              claimed.sampleSize());
    } catch (SpotCheckDraw.TooFewInspectors e) {
      throw DomainException.invalidField(
          "inspectorPool", "error.inspection.tooFewInspectors", e.subjectId());
    }
    return document(
        claimed.planId(),
        claimed.seed(),
        claimed.sampleSize(),
        subjects,
        inspectors,
        recusals,
        selection);
  }

  /** A plan's drawn subjects: published results in full, the others with their status only. */
  public List<InspectionAssignmentView> results(Actor reader, long id) {
    existing(id);
    boolean full = reader != null && reader.has(Role.SUPERVISOR);
    LocalDate today = catalog.today();
    return repository.assignments(id).stream()
        .map(
            a ->
                InspectionAssignmentView.of(
                    a,
                    today,
                    full || (reader != null && a.isAssignedTo(reader.username())),
                    photoIds(a)))
        .toList();
  }

  /** A published result's photo (or, for its inspectors and the supervision, any result's). */
  public MaterialFile photo(Actor reader, long planId, long photoId) {
    InspectionPhoto photo =
        repository
            .photo(photoId)
            .orElseThrow(() -> DomainException.notFound("error.inspection.photoNotFound", photoId));
    InspectionAssignment a =
        repository.assignments(planId).stream()
            .filter(x -> x.getId().equals(photo.getAssignmentId()))
            .findFirst()
            .orElseThrow(() -> DomainException.notFound("error.inspection.photoNotFound", photoId));
    boolean mayRead =
        a.isPublished()
            || (reader != null
                && (reader.has(Role.SUPERVISOR) || a.isAssignedTo(reader.username())));
    if (!mayRead) {
      throw DomainException.notFound("error.inspection.photoNotFound", photoId);
    }
    return new MaterialFile(photo.getFileName(), photo.getContentType(), photo.getContent());
  }

  // ---- the supervision ----

  public InspectionPlanView create(Actor actor, PlanRequest request) {
    actor.require(Role.SUPERVISOR);
    List<Detail> problems = new ArrayList<>();
    String name = request.name() == null ? "" : request.name().strip();
    if (name.isEmpty()) {
      problems.add(Detail.of("name", "error.field.required", "name"));
    } else if (name.length() > InspectionPlan.NAME_LENGTH) {
      problems.add(Detail.of("name", "error.field.tooLong", "name", InspectionPlan.NAME_LENGTH));
    }
    Set<String> known =
        catalog.departments().stream().map(CodeName::code).collect(Collectors.toSet());
    List<String> departments = clean(request.departments());
    if (departments.isEmpty()) {
      problems.add(Detail.of("departments", "error.inspection.noDepartment"));
    }
    departments.stream()
        .filter(d -> !known.contains(d))
        .forEach(d -> problems.add(Detail.of("departments", "error.inspection.department", d)));
    List<String> items = clean(request.itemCodes());
    List<String> types = clean(request.entityTypes());
    items.stream()
        .filter(c -> !CODE.matcher(c).matches())
        .forEach(c -> problems.add(Detail.of("itemCodes", "error.inspection.code", c)));
    types.stream()
        .filter(c -> !CODE.matcher(c).matches())
        .forEach(c -> problems.add(Detail.of("entityTypes", "error.inspection.code", c)));
    if (String.join(",", items).length() > 1000 || String.join(",", types).length() > 500) {
      problems.add(Detail.of("itemCodes", "error.field.tooLong", "itemCodes", 1000));
    }
    String area =
        request.areaPrefix() == null || request.areaPrefix().isBlank()
            ? null
            : request.areaPrefix().strip();
    if (area != null && !AREA.matcher(area).matches()) {
      problems.add(Detail.of("areaPrefix", "error.inspection.area", area));
    }
    if ((request.sampleCount() == null) == (request.samplePercent() == null)) {
      problems.add(Detail.of("sampleCount", "error.inspection.sampleEither"));
    } else if (request.sampleCount() != null
        && (request.sampleCount() < 1 || request.sampleCount() > MAX_SAMPLE_COUNT)) {
      problems.add(Detail.of("sampleCount", "error.inspection.sampleCount", 1, MAX_SAMPLE_COUNT));
    } else if (request.samplePercent() != null
        && (request.samplePercent() < 1 || request.samplePercent() > 100)) {
      problems.add(Detail.of("samplePercent", "error.inspection.samplePercent"));
    }
    if (request.periodFrom() == null) {
      problems.add(Detail.of("periodFrom", "error.field.required", "periodFrom"));
    }
    if (request.periodTo() == null) {
      problems.add(Detail.of("periodTo", "error.field.required", "periodTo"));
    }
    if (request.periodFrom() != null
        && request.periodTo() != null
        && (request.periodTo().isBefore(request.periodFrom())
            || request.periodFrom().plusDays(MAX_PERIOD_DAYS).isBefore(request.periodTo()))) {
      problems.add(Detail.of("periodTo", "error.inspection.period", MAX_PERIOD_DAYS));
    }
    if (!problems.isEmpty()) {
      throw DomainException.invalidAll(problems);
    }
    InspectionPlan plan =
        new InspectionPlan(
            name,
            departments,
            items,
            types,
            area,
            request.sampleCount(),
            request.samplePercent(),
            request.periodFrom(),
            request.periodTo(),
            actor.username(),
            clock.instant());
    repository.add(plan);
    audit.record(actor, "inspection.planCreated", "inspectionPlan", plan.getId().toString(), name);
    return InspectionPlanView.of(plan);
  }

  /**
   * Fixes the pools: the subjects in scope and the departments' registered inspectors as they are
   * now, with the recusal pairs (acted on a case of the subject, or declared a conflict); their
   * hashes are published from now on, before the draw.
   */
  public InspectionPlanView fixPools(Actor actor, long id) {
    actor.require(Role.SUPERVISOR);
    InspectionPlan plan = existing(id);
    if (plan.getState() != InspectionPlan.State.DRAFT) {
      throw DomainException.conflict("error.inspection.poolsFixed", id);
    }
    List<SpotCheckDraw.Subject> subjects =
        repository.subjects(plan.itemCodeList(), plan.entityTypeList(), plan.getAreaPrefix());
    List<SpotCheckDraw.Inspector> inspectors = repository.inspectorsOf(plan.departmentList());
    Set<String> ids = subjects.stream().map(SpotCheckDraw.Subject::id).collect(Collectors.toSet());
    Map<String, Set<String>> declared = new HashMap<>();
    for (SpotCheckDraw.Inspector x : inspectors) {
      repository
          .registration(x.id())
          .map(InspectorRegistration::conflicts)
          .ifPresent(c -> declared.put(x.id(), c));
    }
    List<SpotCheckDraw.Recusal> recusals =
        SpotCheckDraw.recusals(subjects, inspectors, repository.actedOn(ids), declared);
    plan.fixPools(subjects, inspectors, recusals, actor.username(), clock.instant());
    audit.record(
        actor,
        "inspection.poolsFixed",
        "inspectionPlan",
        String.valueOf(id),
        plan.getSubjectPoolHash() + " " + plan.getInspectorPoolHash());
    return InspectionPlanView.of(plan);
  }

  /** The draw, with the public seed entered now (e.g. a published index's closing value). */
  public InspectionPlanView draw(Actor actor, long id, String seed) {
    actor.require(Role.SUPERVISOR);
    String s = seed == null ? "" : seed.strip();
    if (s.isEmpty()) {
      throw DomainException.invalidField("seed", "error.inspection.seed");
    }
    if (s.length() > InspectionPlan.SEED_LENGTH || s.chars().anyMatch(Character::isISOControl)) {
      throw DomainException.invalidField(
          "seed", "error.field.tooLong", "seed", InspectionPlan.SEED_LENGTH);
    }
    InspectionPlan plan = existing(id);
    if (plan.getState() != InspectionPlan.State.FIXED) {
      throw DomainException.conflict("error.inspection.notFixed", id);
    }
    List<SpotCheckDraw.Assignment> selection;
    try {
      selection =
          SpotCheckDraw.draw(
              plan.subjects(), plan.inspectors(), plan.recusalPairs(), s, id, plan.getSampleSize());
    } catch (SpotCheckDraw.TooFewInspectors e) {
      throw DomainException.conflict("error.inspection.tooFewInspectors", e.subjectId());
    }
    Map<String, String> names =
        plan.subjects().stream()
            .collect(Collectors.toMap(SpotCheckDraw.Subject::id, SpotCheckDraw.Subject::name));
    int position = 0;
    for (SpotCheckDraw.Assignment a : selection) {
      repository.add(
          new InspectionAssignment(
              id, position++, a.subject(), names.get(a.subject()), a.inspectors()));
    }
    String selectionHash = SpotCheckDraw.sha256Hex(SpotCheckDraw.canonicalSelection(selection));
    plan.drawn(s, selectionHash, actor.username(), clock.instant());
    audit.record(actor, "inspection.drawn", "inspectionPlan", String.valueOf(id), s);
    return InspectionPlanView.of(plan);
  }

  /** The supervision publishes a recorded result (双随机一公开: the "one public"). */
  public InspectionAssignmentView publish(Actor actor, long planId, String subjectId) {
    actor.require(Role.SUPERVISOR);
    InspectionAssignment a = assignment(planId, subjectId);
    if (!a.isRecorded() || a.isPublished()) {
      throw DomainException.conflict("error.inspection.notPublishable", subjectId);
    }
    a.publish(actor.username(), clock.instant());
    audit.record(
        actor, "inspection.resultPublished", "inspectionPlan", planId + "/" + subjectId, null);
    return InspectionAssignmentView.of(a, catalog.today(), true, photoIds(a));
  }

  // ---- inspectors ----

  /** The subjects drawn for this inspector, latest plan first. */
  public List<InspectionAssignmentView> myAssignments(Actor actor) {
    actor.require(Role.INSPECTOR);
    LocalDate today = catalog.today();
    return repository.assignmentsOf(actor.username()).stream()
        .map(a -> InspectionAssignmentView.of(a, today, true, photoIds(a)))
        .toList();
  }

  /**
   * One of the two inspectors drawn for the subject records the result; until it is published they
   * may correct it. Its publication is due within the configured working days (20) of the check.
   * Fires the {@link SubjectFact} of the result (an order to rectify for {@code rectify}).
   */
  public InspectionAssignmentView record(
      Actor actor, long planId, String subjectId, ResultRequest request, List<Upload> photos) {
    actor.require(Role.INSPECTOR);
    InspectionAssignment a = assignment(planId, subjectId);
    if (!a.isAssignedTo(actor.username())) {
      throw DomainException.notFound("error.inspection.assignmentNotFound", planId, subjectId);
    }
    if (a.isPublished()) {
      throw DomainException.conflict("error.inspection.published", subjectId);
    }
    LocalDate today = catalog.today();
    List<Detail> problems = new ArrayList<>();
    Outcome outcome = null;
    try {
      outcome =
          request.outcome() == null
              ? null
              : Outcome.valueOf(request.outcome().strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      outcome = null;
    }
    if (outcome == null) {
      problems.add(
          Detail.of("outcome", "error.inspection.outcome", String.valueOf(request.outcome())));
    }
    String findings = request.findings() == null ? "" : request.findings().strip();
    if (findings.isEmpty()) {
      problems.add(Detail.of("findings", "error.field.required", "findings"));
    } else if (findings.length() > InspectionAssignment.FINDINGS_LENGTH) {
      problems.add(
          Detail.of(
              "findings", "error.field.tooLong", "findings", InspectionAssignment.FINDINGS_LENGTH));
    }
    LocalDate inspectedOn = request.inspectedOn() == null ? today : request.inspectedOn();
    if (inspectedOn.isAfter(today)) {
      problems.add(Detail.of("inspectedOn", "error.inspection.inspectedOn"));
    }
    if (outcome == Outcome.RECTIFY
        && (request.rectifyUntil() == null || !request.rectifyUntil().isAfter(inspectedOn))) {
      problems.add(Detail.of("rectifyUntil", "error.inspection.rectifyUntil"));
    }
    if (!problems.isEmpty()) {
      throw DomainException.invalidAll(problems);
    }
    List<CheckedUpload> checked =
        new UploadCheck(config.uploadLimits()).photos(photos, "inspection-photo", "photos");
    LocalDate due = calendar.calendar().addWorkingDays(inspectedOn, config.inspectionPublishDays());
    a.record(
        outcome,
        findings,
        request.rectifyUntil(),
        inspectedOn,
        due,
        actor.username(),
        clock.instant());
    for (CheckedUpload p : checked) {
      repository.add(new InspectionPhoto(a.getId(), p.fileName(), p.contentType(), p.content()));
    }
    String source =
        repository
            .registration(actor.username())
            .map(InspectorRegistration::getDepartmentCode)
            .orElse("BUREAU");
    facts.fire(
        new SubjectFact(
            outcome == Outcome.RECTIFY
                ? SubjectFact.Kind.RECTIFICATION_ORDER
                : SubjectFact.Kind.INSPECTION_RESULT,
            a.getSubjectId(),
            a.getSubjectName(),
            false,
            source,
            "SC-" + planId + "-" + (a.getPosition() + 1),
            null,
            outcome.name() + ": " + findings,
            inspectedOn,
            clock.instant()));
    audit.record(
        actor,
        "inspection.resultRecorded",
        "inspectionPlan",
        planId + "/" + subjectId,
        outcome.name());
    return InspectionAssignmentView.of(a, today, true, photoIds(a));
  }

  /**
   * The demo's spot check (only when the installation runs in demo mode): a joint plan of market
   * regulation and health whose subject pool holds what OneSeal registered or licensed plus the
   * demo's businesses {@code demoSubjects}, fixed and drawn with a public-looking seed, so that a
   * visitor sees a draw. Does nothing when a plan exists.
   */
  public void demoPlan(Actor supervisor, List<SpotCheckDraw.Subject> demoSubjects, String seed) {
    if (repository.countPlans() > 0
        || repository.inspectorsOf(List.of("MARKET", "HEALTH")).size()
            < SpotCheckDraw.INSPECTORS_PER_SUBJECT) {
      return;
    }
    LocalDate today = catalog.today();
    InspectionPlan plan =
        new InspectionPlan(
            "2026年度公共场所卫生与食品经营跨部门联合抽查（演示）",
            List.of("MARKET", "HEALTH"),
            List.of(),
            List.of(),
            "14",
            3,
            null,
            today.withDayOfMonth(1),
            today.withDayOfMonth(1).plusMonths(3).minusDays(1),
            supervisor.username(),
            clock.instant());
    repository.add(plan);
    List<SpotCheckDraw.Subject> subjects =
        new ArrayList<>(repository.subjects(List.of(), List.of(), "14"));
    Set<String> ids = subjects.stream().map(SpotCheckDraw.Subject::id).collect(Collectors.toSet());
    demoSubjects.stream().filter(d -> !ids.contains(d.id())).forEach(subjects::add);
    List<SpotCheckDraw.Inspector> inspectors = repository.inspectorsOf(plan.departmentList());
    Map<String, Set<String>> declared = new HashMap<>();
    inspectors.forEach(
        x -> repository.registration(x.id()).ifPresent(r -> declared.put(x.id(), r.conflicts())));
    plan.fixPools(
        subjects,
        inspectors,
        SpotCheckDraw.recusals(
            subjects,
            inspectors,
            repository.actedOn(
                subjects.stream().map(SpotCheckDraw.Subject::id).collect(Collectors.toSet())),
            declared),
        supervisor.username(),
        clock.instant());
    audit.record(
        supervisor,
        "inspection.planCreated",
        "inspectionPlan",
        plan.getId().toString(),
        plan.getName());
    audit.record(
        supervisor,
        "inspection.poolsFixed",
        "inspectionPlan",
        plan.getId().toString(),
        plan.getSubjectPoolHash() + " " + plan.getInspectorPoolHash());
    draw(supervisor, plan.getId(), seed);
  }

  // ---- helpers ----

  /** Registers an inspector with a department (the demo data and tests). */
  /** What an administrator states when registering an inspector. */
  public record InspectorRequest(String department, String section, List<String> conflicts) {}

  /** The longest list of declared conflicts one inspector may have. */
  static final int MAX_CONFLICTS = 100;

  /** The registered inspectors (执法检查人员名录), for the system administrator. */
  public List<InspectorView> inspectors(Actor actor) {
    actor.require(Role.ADMIN);
    return repository.registrations().stream().map(SpotCheckService::view).toList();
  }

  /**
   * Registers an account of role {@code inspector} with its supervising department and unit, and
   * the subjects it declared a conflict with — or changes its registration. Only registered
   * inspectors enter a plan's inspector pool; a pool already fixed keeps what it held.
   */
  public InspectorView registerInspector(Actor actor, String username, InspectorRequest request) {
    actor.require(Role.ADMIN);
    List<Detail> problems = new ArrayList<>();
    String department = request.department() == null ? "" : request.department().strip();
    Set<String> known =
        catalog.departments().stream().map(CodeName::code).collect(Collectors.toSet());
    if (department.isEmpty()) {
      problems.add(Detail.of("department", "error.field.required", "department"));
    } else if (!known.contains(department)) {
      problems.add(Detail.of("department", "error.inspection.department", department));
    }
    String section = request.section() == null ? "" : request.section().strip();
    if (section.isEmpty()) {
      problems.add(Detail.of("section", "error.field.required", "section"));
    } else if (section.length() > 64) {
      problems.add(Detail.of("section", "error.field.tooLong", "section", 64));
    }
    List<String> conflicts = clean(request.conflicts());
    if (conflicts.size() > MAX_CONFLICTS) {
      problems.add(Detail.of("conflicts", "error.field.tooLong", "conflicts", MAX_CONFLICTS));
    }
    conflicts.stream()
        .filter(c -> !CreditCode.validate(c).isValid())
        .forEach(c -> problems.add(Detail.of("conflicts", "error.inspector.conflict", c)));
    if (!problems.isEmpty()) {
      throw DomainException.invalidAll(problems);
    }
    UserAccount account =
        accounts
            .find(username)
            .orElseThrow(
                () -> DomainException.notFound("error.inspector.accountNotFound", username));
    if (!account.getRoles().contains(Role.INSPECTOR)) {
      throw DomainException.conflict("error.inspector.notInspector", username);
    }
    Set<String> declared = new java.util.TreeSet<>(conflicts);
    InspectorRegistration registration =
        repository
            .registration(username)
            .map(
                r -> {
                  r.change(department, section, declared);
                  return r;
                })
            .orElseGet(
                () -> {
                  InspectorRegistration r =
                      new InspectorRegistration(
                          username, department, section, declared, clock.instant());
                  repository.add(r);
                  return r;
                });
    audit.record(
        actor,
        "inspection.inspectorRegistered",
        "inspector",
        username,
        department + " / " + section + " / conflicts " + declared.size());
    return view(registration);
  }

  private static InspectorView view(InspectorRegistration r) {
    return new InspectorView(
        r.getUsername(),
        r.getDepartmentCode(),
        r.getSection(),
        r.conflicts().stream().sorted().toList(),
        r.getRegisteredAt());
  }

  public void register(String username, String department, String section, Set<String> conflicts) {
    if (repository.registration(username).isEmpty()) {
      repository.add(
          new InspectorRegistration(username, department, section, conflicts, clock.instant()));
    }
  }

  private DrawDocument document(
      long planId,
      String seed,
      int sampleSize,
      List<SpotCheckDraw.Subject> subjects,
      List<SpotCheckDraw.Inspector> inspectors,
      List<SpotCheckDraw.Recusal> recusals,
      List<SpotCheckDraw.Assignment> selection) {
    return new DrawDocument(
        planId,
        seed,
        SpotCheckDraw.ALGORITHM,
        sampleSize,
        SpotCheckDraw.INSPECTORS_PER_SUBJECT,
        SpotCheckDraw.sortedSubjects(subjects).stream()
            .map(
                s ->
                    new DrawDocument.PoolSubject(
                        s.id(), s.name(), s.entityType(), s.area(), s.status(), s.items()))
            .toList(),
        SpotCheckDraw.sortedInspectors(inspectors).stream()
            .map(x -> new DrawDocument.PoolInspector(x.id(), x.name(), x.department(), x.section()))
            .toList(),
        SpotCheckDraw.sortedRecusals(recusals).stream()
            .map(r -> new DrawDocument.Recusal(r.inspectorId(), r.subjectId(), r.reason()))
            .toList(),
        SpotCheckDraw.sha256Hex(SpotCheckDraw.canonicalSubjects(subjects)),
        SpotCheckDraw.sha256Hex(SpotCheckDraw.canonicalInspectors(inspectors)),
        SpotCheckDraw.sha256Hex(SpotCheckDraw.canonicalRecusals(recusals)),
        selection.stream()
            .map(a -> new DrawDocument.Selected(a.subject(), a.inspectors()))
            .toList(),
        SpotCheckDraw.sha256Hex(SpotCheckDraw.canonicalSelection(selection)));
  }

  private List<Long> photoIds(InspectionAssignment a) {
    return a.getId() == null
        ? List.of()
        : repository.photos(a.getId()).stream().map(InspectionPhoto::getId).toList();
  }

  private InspectionAssignment assignment(long planId, String subjectId) {
    if (subjectId == null || subjectId.length() > 64) {
      throw DomainException.notFound("error.inspection.assignmentNotFound", planId, subjectId);
    }
    existing(planId);
    return repository
        .assignment(planId, subjectId)
        .orElseThrow(
            () ->
                DomainException.notFound("error.inspection.assignmentNotFound", planId, subjectId));
  }

  private InspectionPlan existing(long id) {
    return repository
        .plan(id)
        .orElseThrow(() -> DomainException.notFound("error.inspection.planNotFound", id));
  }

  private static List<String> clean(List<String> values) {
    return values == null
        ? List.of()
        : values.stream()
            .filter(v -> v != null && !v.isBlank())
            .map(String::strip)
            .distinct()
            .toList();
  }

  private static Set<String> duplicates(List<String> ids) {
    Set<String> seen = new HashSet<>();
    return ids.stream().filter(id -> !seen.add(id)).collect(Collectors.toSet());
  }
}
