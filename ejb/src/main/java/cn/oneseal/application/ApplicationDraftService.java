package cn.oneseal.application;

import cn.oneseal.application.dto.ApplicationDraftView;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.model.application.ApplicationDraft;
import cn.oneseal.domain.model.application.ApplicationDraftRepository;
import cn.oneseal.domain.model.application.CheckedUpload;
import cn.oneseal.domain.model.application.DraftMaterial;
import cn.oneseal.domain.model.application.Upload;
import cn.oneseal.domain.model.application.UploadLimits;
import cn.oneseal.domain.model.catalog.ItemVersion;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.domain.shared.DomainException.Detail;
import cn.oneseal.infrastructure.config.OneSealConfig;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Drafts of ordinary applications (申请草稿, issue 17): a citizen saves the generic form of any item
 * that is not a business registration, with its materials, resumes it, checks the answers and files
 * it. Only the owner reads or changes a draft: anybody else — another citizen, staff — gets the
 * answer for a draft that does not exist (404). Drafts are never applications: they have no number,
 * start no clock and count in no statistics.
 */
@Stateless
@PermitAll
public class ApplicationDraftService {

  /** A citizen keeps at most this many unsent drafts. */
  public static final int MAX_DRAFTS = 20;

  private static final String MATERIALS = "materials";

  @Inject private ApplicationDraftRepository drafts;

  @Inject private CatalogService catalog;

  @Inject private OneSealConfig config;

  @Inject private Clock clock;

  /** What a page's save kept and what it refused, by field. */
  public record DraftSave(ApplicationDraftView draft, List<Detail> refused) {}

  /** What the filing needs, prepared from a complete draft. */
  public record PreparedDraft(
      String itemCode,
      Map<String, String> form,
      List<Upload> uploads,
      boolean commitment,
      String applicationNumber) {

    /** Whether the draft was filed before (then only {@link #applicationNumber} is set). */
    public boolean filedBefore() {
      return applicationNumber != null;
    }
  }

  /** One material of an item's list as the applicant's checklist shows it. */
  public record ChecklistEntry(
      String code, String nameZh, String nameEn, boolean required, List<String> types)
      implements java.io.Serializable {}

  /** The item version's materials, in its order, with the file types each accepts. */
  public List<ChecklistEntry> checklist(String itemCode) {
    return draftable(itemCode).getMaterials().stream()
        .map(
            m ->
                new ChecklistEntry(
                    m.getCode(),
                    m.getNameZh(),
                    m.getNameEn(),
                    m.isRequired(),
                    m.getAllowedTypes().stream()
                        .map(cn.oneseal.domain.model.catalog.FileType::label)
                        .toList()))
        .toList();
  }

  /** A new draft of the item for this citizen, with the answers given (all well-formed). */
  public ApplicationDraftView create(
      Actor actor, String itemCode, ApplicationDraft.Answers answers, boolean commitment) {
    actor.require(Role.CITIZEN);
    if (itemCode == null || itemCode.isBlank()) {
      throw DomainException.invalidField("itemCode", "error.field.required", "itemCode");
    }
    ItemVersion item = draftable(itemCode.strip());
    if (drafts.countDrafts(actor.username()) >= MAX_DRAFTS) {
      throw DomainException.conflict("error.draft.tooMany", MAX_DRAFTS);
    }
    ApplicationDraft draft =
        new ApplicationDraft(actor.username(), item.getItem().getCode(), clock.instant());
    if (answers != null) {
      draft.save(answers, commitment, clock.instant());
    }
    drafts.store(draft);
    return view(draft, item);
  }

  /** Saves the answers; refused as a whole (400, every problem) when one is malformed. */
  public ApplicationDraftView update(
      Actor actor, long id, ApplicationDraft.Answers answers, boolean commitment) {
    ApplicationDraft draft = owned(actor, id);
    draft.save(answers, commitment, clock.instant());
    drafts.flush();
    return view(draft);
  }

  /** The page's save: every well-formed answer is kept, each malformed one comes back refused. */
  public DraftSave saveValid(
      Actor actor, long id, ApplicationDraft.Answers answers, boolean commitment) {
    ApplicationDraft draft = owned(actor, id);
    List<Detail> refused = draft.saveValid(answers, commitment, clock.instant());
    drafts.flush();
    return new DraftSave(view(draft), refused);
  }

  public ApplicationDraftView get(Actor actor, long id) {
    return view(owned(actor, id));
  }

  /** The citizen's unsent drafts, the latest changed first; nobody else has any. */
  public List<ApplicationDraftView> mine(Actor actor) {
    if (!actor.has(Role.CITIZEN)) {
      return List.of();
    }
    return drafts.draftsOf(actor.username()).stream().map(this::view).toList();
  }

  /** An unsent draft the citizen no longer wants, with its files. */
  public void discard(Actor actor, long id) {
    ApplicationDraft draft = owned(actor, id);
    if (draft.getStatus() != ApplicationDraft.Status.DRAFT) {
      throw DomainException.conflict("error.draft.submitted", draft.getApplicationNumber());
    }
    drafts.remove(draft);
  }

  /**
   * Saves a file with the draft, checked as a filing checks it (type by content, size), and within
   * the form's limits together with the files saved before.
   */
  public ApplicationDraftView attach(Actor actor, long id, Upload upload) {
    ApplicationDraft draft = owned(actor, id);
    ItemVersion item = catalog.requireApplicable(draft.getItemCode());
    UploadLimits limits = config.uploadLimits();
    CheckedUpload checked =
        new UploadCheck(limits).materials(List.of(upload), item.getMaterials(), MATERIALS).get(0);
    List<DraftMaterial> saved = draft.getMaterials();
    if (saved.size() + 1 > limits.maxFiles()) {
      throw DomainException.invalidField(
          MATERIALS, "error.upload.tooMany", limits.maxFiles(), saved.size() + 1);
    }
    long total = saved.stream().mapToLong(DraftMaterial::getSizeBytes).sum() + checked.size();
    if (total > limits.maxTotalBytes()) {
      throw DomainException.invalidField(
          MATERIALS,
          "error.upload.totalTooLarge",
          UploadLimits.megabytes(total),
          UploadLimits.megabytes(limits.maxTotalBytes()));
    }
    draft.attach(checked, clock.instant());
    drafts.flush();
    return view(draft, item);
  }

  public ApplicationDraftView detach(Actor actor, long id, long materialId) {
    ApplicationDraft draft = owned(actor, id);
    draft.detach(materialId, clock.instant());
    drafts.flush();
    return view(draft);
  }

  /**
   * What the filing needs; refuses (400, every problem with its field) a draft that is not
   * complete. A draft filed before answers its application's number only.
   */
  public PreparedDraft prepare(Actor actor, long id) {
    ApplicationDraft draft = owned(actor, id);
    if (draft.getStatus() != ApplicationDraft.Status.DRAFT) {
      return new PreparedDraft(
          draft.getItemCode(), Map.of(), List.of(), false, draft.getApplicationNumber());
    }
    ItemVersion item = draftable(draft.getItemCode());
    List<Detail> missing = draft.missing(item.getMaterials());
    if (!missing.isEmpty()) {
      throw DomainException.invalidAll(missing);
    }
    return new PreparedDraft(
        draft.getItemCode(),
        draft.form(),
        draft.getMaterials().stream().map(DraftMaterial::toUpload).toList(),
        draft.isCommitment(),
        null);
  }

  /** The draft became application {@code number}; its files now belong to the application. */
  public void submitted(Actor actor, long id, String number) {
    owned(actor, id).submitted(number, clock.instant());
    drafts.flush();
  }

  /**
   * An item whose generic form may be saved as a draft (not a registration, not a deregistration).
   */
  private ItemVersion draftable(String itemCode) {
    ItemVersion item = catalog.requireApplicable(itemCode);
    if (ApplicationService.REGISTRATION_PROCESS.equals(item.getProcessKey())
        || ApplicationService.CHANGE_REGISTRATION_PROCESS.equals(item.getProcessKey())) {
      throw DomainException.conflict("error.application.registrationByForm", itemCode);
    }
    if (DeregistrationService.SIMPLE_ITEM.equals(itemCode)
        || DeregistrationService.ORDINARY_ITEM.equals(itemCode)) {
      throw DomainException.invalidField("itemCode", "error.deregistration.ownPath", itemCode);
    }
    return item;
  }

  private ApplicationDraft owned(Actor actor, long id) {
    return drafts
        .find(id)
        .filter(d -> actor.has(Role.CITIZEN) && d.getOwner().equals(actor.username()))
        .orElseThrow(() -> DomainException.notFound("error.draft.notFound", String.valueOf(id)));
  }

  /** The draft as its owner reads it; a draft of an item retired meanwhile still lists. */
  private ApplicationDraftView view(ApplicationDraft draft) {
    return view(draft, catalog.applicable(draft.getItemCode()).orElse(null));
  }

  private static ApplicationDraftView view(ApplicationDraft draft, ItemVersion item) {
    List<ApplicationDraftView.Missing> missing =
        draft.getStatus() == ApplicationDraft.Status.DRAFT
            ? draft.missing(item == null ? List.of() : item.getMaterials()).stream()
                .map(
                    d ->
                        new ApplicationDraftView.Missing(
                            d.field(), d.code(), Arrays.asList(d.arguments())))
                .toList()
            : List.of();
    return new ApplicationDraftView(
        draft.getId(),
        draft.getItemCode(),
        item == null ? draft.getItemCode() : item.getName().zh(),
        item == null ? draft.getItemCode() : item.getName().en(),
        draft.getApplicantName(),
        draft.getContactPhone(),
        draft.getDescription(),
        draft.getCreditCode(),
        draft.isCommitment(),
        draft.getStatus().name(),
        draft.getApplicationNumber(),
        draft.getCreatedAt(),
        draft.getUpdatedAt(),
        draft.getMaterials().stream()
            .map(
                m ->
                    new ApplicationDraftView.MaterialFile(
                        m.getId(),
                        m.getRequirement(),
                        m.getFileName(),
                        m.getContentType(),
                        m.getSizeBytes()))
            .toList(),
        missing);
  }
}
