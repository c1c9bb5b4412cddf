package cn.oneseal.application;

import cn.oneseal.application.dto.RegistrationView;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.model.registration.BusinessLicence;
import cn.oneseal.domain.model.registration.BusinessLicenceRepository;
import cn.oneseal.domain.model.registration.BusinessRegistration;
import cn.oneseal.domain.model.registration.BusinessRegistrationRepository;
import cn.oneseal.domain.model.registration.DepartmentField;
import cn.oneseal.domain.model.registration.DepartmentFields;
import cn.oneseal.domain.model.registration.EnterpriseNameRepository;
import cn.oneseal.domain.model.registration.EntityType;
import cn.oneseal.domain.model.registration.IdentityVault;
import cn.oneseal.domain.model.registration.IntegratedList;
import cn.oneseal.domain.model.registration.IntegratedListRepository;
import cn.oneseal.domain.model.registration.RegistrationData;
import cn.oneseal.domain.model.registration.RegistrationStatus;
import cn.oneseal.domain.model.registration.ScopeEntry;
import cn.oneseal.domain.model.registration.Validation.Problem;
import cn.oneseal.domain.shared.DomainException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one form of business registration (一表申请): drafts that only their owner sees and changes, the
 * check of what is still missing, and the hand-over of a complete form to the licensing process as
 * an application of the entity type's catalogue item.
 */
@Stateless
@PermitAll
public class RegistrationService {

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  static final int MAX_DRAFTS = 20;

  /** The catalogue item of change registration (变更登记), whatever the entity type. */
  public static final String CHANGE_ITEM = "SC-0013";

  @Inject private BusinessRegistrationRepository registrations;

  @Inject private EnterpriseNameRepository names;

  @Inject private Clock clock;

  @Inject private ApplicationService applications;

  @Inject private IdentityVault vault;

  @Inject private IntegratedListRepository integratedLists;

  @Inject private BusinessLicenceRepository licences;

  /** A new, empty draft of the given entity type for this citizen. */
  public RegistrationView create(Actor actor, String entityType, boolean foreignInvested) {
    actor.require(Role.CITIZEN);
    EntityType type =
        EntityType.ofId(entityType)
            .orElseThrow(
                () ->
                    DomainException.invalid(
                        "error.registration.entityType", String.valueOf(entityType)));
    long drafts = registrations.countDrafts(actor.username());
    if (drafts >= MAX_DRAFTS) {
      throw DomainException.conflict("error.registration.tooManyDrafts", MAX_DRAFTS);
    }
    BusinessRegistration draft =
        new BusinessRegistration(actor.username(), type, foreignInvested, clock.instant());
    registrations.store(draft);
    return view(draft);
  }

  /**
   * A change registration (变更登记) of a business this citizen registered: a new draft of the one
   * form, prefilled from the registration in force, that only changes what may change. A licence
   * that is not the citizen's is not found; one no longer in force cannot be changed. An unsent
   * change draft of the same business is returned rather than a second one.
   */
  public RegistrationView createChange(Actor actor, String creditCode) {
    actor.require(Role.CITIZEN);
    BusinessLicence licence =
        creditCode == null || creditCode.isBlank() || creditCode.strip().length() > 18
            ? null
            : licences.find(creditCode.strip().toUpperCase(java.util.Locale.ROOT)).orElse(null);
    BusinessRegistration current =
        licence == null ? null : registrations.find(licence.getRegistrationId()).orElse(null);
    if (current == null || !current.isOwnedBy(actor.username())) {
      throw DomainException.notFound("error.licence.notFound", String.valueOf(creditCode));
    }
    if (!licence.getStatus().inForce()) {
      throw DomainException.conflict(
          "error.licence.notInForce", licence.getCreditCode(), licence.getStatus().id());
    }
    Optional<BusinessRegistration> open =
        registrations.ownedBy(actor.username(), 100).stream()
            .filter(r -> licence.getCreditCode().equals(r.getChangeOf()))
            .filter(r -> r.getStatus() == RegistrationStatus.DRAFT)
            .findFirst();
    if (open.isPresent()) {
      return view(open.get());
    }
    if (registrations.countDrafts(actor.username()) >= MAX_DRAFTS) {
      throw DomainException.conflict("error.registration.tooManyDrafts", MAX_DRAFTS);
    }
    BusinessRegistration draft =
        BusinessRegistration.changeOf(current, licence.getCreditCode(), clock.instant());
    registrations.store(draft);
    return view(draft);
  }

  /** Saves the typed data into the citizen's draft. */
  public RegistrationView update(Actor actor, long id, RegistrationData data) {
    BusinessRegistration draft = owned(actor, id);
    draft.update(data, vault, today(), clock.instant());
    registrations.flush();
    return view(draft);
  }

  /**
   * Saves a step of the wizard: every well-formed answer is kept, each malformed one keeps what was
   * saved before and comes back with its field, so that one wrong value never loses the others.
   */
  public StepSave saveStep(Actor actor, long id, RegistrationData data) {
    BusinessRegistration draft = owned(actor, id);
    List<BusinessRegistration.FieldProblem> refused =
        draft.updateValid(data, vault, today(), clock.instant());
    registrations.flush();
    return new StepSave(
        view(draft),
        refused.stream()
            .map(
                p ->
                    new RegistrationView.FieldProblem(
                        p.field(), p.problem().code(), p.problem().args()))
            .toList());
  }

  /** What a step's save kept (the draft as saved now) and the answers it refused, by field. */
  public record StepSave(RegistrationView draft, List<RegistrationView.FieldProblem> refused)
      implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
  }

  public RegistrationView details(Actor actor, long id) {
    return view(readable(actor, id));
  }

  /** The registration that an application carries, for whoever may read that application. */
  public Optional<RegistrationView> ofApplication(Actor actor, String number) {
    return byApplication(number).filter(r -> applications.opens(actor, number)).map(this::view);
  }

  /** The citizen's drafts and submitted registrations, latest first. */
  public List<RegistrationView> mine(Actor actor) {
    actor.require(Role.CITIZEN);
    return registrations.ownedBy(actor.username(), 100).stream().map(this::view).toList();
  }

  /** An unsent draft the citizen no longer wants. */
  public void discard(Actor actor, long id) {
    BusinessRegistration draft = owned(actor, id);
    if (draft.getStatus() != RegistrationStatus.DRAFT) {
      throw DomainException.conflict("error.registration.notDraft", draft.getApplicationNumber());
    }
    registrations.remove(draft);
  }

  /**
   * What the licensing process needs to start: the catalogue item of the entity type and the
   * application's summary fields. Refuses, listing every problem, a form that is not complete.
   */
  public PreparedSubmission prepare(Actor actor, long id) {
    BusinessRegistration draft = owned(actor, id);
    if (draft.getStatus() != RegistrationStatus.DRAFT) {
      // the same draft submitted again (a double click): the caller finds the application by key
      return new PreparedSubmission(itemOf(draft), Map.of(), "registration-" + id, false);
    }
    List<Problem> missing = missing(draft);
    if (!missing.isEmpty()) {
      throw DomainException.invalidAll(
          missing.stream()
              .map(p -> new DomainException.Detail(p.code(), p.args().toArray()))
              .toList());
    }
    Map<String, String> form = new LinkedHashMap<>();
    form.put(ApplicationForm.APPLICANT_NAME, draft.getFullName());
    form.put(ApplicationForm.CONTACT_PHONE, draft.getContactPhone());
    form.put(
        ApplicationForm.DESCRIPTION,
        draft.getEntityType().licenceTypeZh(draft.isForeignInvested(), draft.allNaturalPersons())
            + (draft.getChangeOf() == null ? "设立登记：" : "变更登记：")
            + draft.getFullName()
            + "；"
            + draft.getDomicile());
    form.put("registrationId", String.valueOf(id));
    if (draft.getChangeOf() != null) {
      form.put("creditCode", draft.getChangeOf());
    }
    return new PreparedSubmission(itemOf(draft), form, "registration-" + id, true);
  }

  /** The entity type's establishment item, or change registration. */
  private static String itemOf(BusinessRegistration draft) {
    return draft.getChangeOf() == null ? draft.getEntityType().itemCode() : CHANGE_ITEM;
  }

  /** The draft now belongs to application {@code number}. */
  public void submitted(Actor actor, long id, String number) {
    BusinessRegistration draft = owned(actor, id);
    draft.submitted(number, clock.instant());
    registrations.flush();
  }

  /** The GB/T 4754 classes of the registration's business scope, for the follow-up permits. */
  public List<String> industries(String number) {
    return requireByApplication(number).getScope().stream()
        .map(ScopeEntry::getIndustryCode)
        .distinct()
        .toList();
  }

  public BusinessRegistration requireByApplication(String number) {
    return byApplication(number)
        .orElseThrow(() -> DomainException.notFound("error.registration.notFound", number));
  }

  private Optional<BusinessRegistration> byApplication(String number) {
    return registrations.findByApplication(number);
  }

  private List<Problem> missing(BusinessRegistration r) {
    return r.missing(listInForce(), nameReserved(r));
  }

  private IntegratedList listInForce() {
    return integratedLists.inForceOn(today());
  }

  /** Whether the draft's name is reserved, unexpired, for its owner in its area. */
  private boolean nameReserved(BusinessRegistration r) {
    if (r.getFullName() == null || r.getArea() == null) {
      return false;
    }
    Instant now = clock.instant();
    return names.reservationsOf(r.getArea(), r.getFullName()).stream()
        .anyMatch(n -> r.getOwner().equals(n.getReservedBy()) && n.getReservedUntil().isAfter(now));
  }

  private RegistrationView view(BusinessRegistration r) {
    IntegratedList list = listInForce();
    List<String> fields =
        DepartmentFields.asked(list, r.isForeignInvested(), r.getExtra()).stream()
            .map(DepartmentField::name)
            .toList();
    List<RegistrationView.Problem> problems =
        r.getStatus() == RegistrationStatus.DRAFT
            ? r.missing(list, nameReserved(r)).stream()
                .map(p -> new RegistrationView.Problem(p.code(), p.args()))
                .toList()
            : List.of();
    return RegistrationView.of(r, fields, problems);
  }

  private BusinessRegistration owned(Actor actor, long id) {
    actor.require(Role.CITIZEN);
    BusinessRegistration r = registrations.find(id).orElse(null);
    if (r == null || !r.isOwnedBy(actor.username())) {
      throw DomainException.notFound("error.registration.notFound", id);
    }
    return r;
  }

  /**
   * The draft for its owner; once submitted, for whoever may read the application it became (staff
   * of its section, supervisors).
   */
  private BusinessRegistration readable(Actor actor, long id) {
    BusinessRegistration r = registrations.find(id).orElse(null);
    boolean readsApplication =
        r != null
            && r.getApplicationNumber() != null
            && applications.opens(actor, r.getApplicationNumber());
    if (r == null
        || !(r.isOwnedBy(actor.username()) && actor.has(Role.CITIZEN) || readsApplication)) {
      throw DomainException.notFound("error.registration.notFound", id);
    }
    return r;
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), CHINA);
  }

  /**
   * What starts the process: the catalogue item, the application's form, the idempotency key; not
   * {@code fresh} when the draft was submitted before (then only the key matters).
   */
  public record PreparedSubmission(
      String itemCode, Map<String, String> form, String idempotencyKey, boolean fresh) {}
}
