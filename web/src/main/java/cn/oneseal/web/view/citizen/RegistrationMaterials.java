package cn.oneseal.web.view.citizen;

import cn.oneseal.application.dto.ItemGuide;
import cn.oneseal.domain.model.application.Upload;
import cn.oneseal.domain.model.application.UploadLimits;
import cn.oneseal.web.view.shared.PendingUpload;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * The materials handed in with a registration (articles of association, proof of domicile …): the
 * checklist of the entity type's item and the files uploaded for each of its entries, kept in the
 * view until the submission. The one form itself replaces the application form, not these.
 */
public class RegistrationMaterials implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * The checklist entry of the registration application form (登记申请书) in the catalogue of the
   * registration items: the one form is that form, so nobody uploads it.
   */
  static final String ONE_FORM = "registration-application";

  /** An entry of the checklist, in the reader's language; the one form itself is generated. */
  public record Requirement(String code, String name, boolean required) implements Serializable {

    public boolean isGenerated() {
      return ONE_FORM.equals(code);
    }
  }

  /** A file uploaded for an entry of the checklist. */
  public record Pending(String requirement, PendingUpload file) implements Serializable {

    Upload toUpload() {
      return new Upload(requirement, file.fileName(), file.contentType(), file.content());
    }
  }

  private final List<Requirement> checklist;
  private final UploadLimits limits;
  private final List<Pending> uploads = new ArrayList<>();
  private String requirement;

  RegistrationMaterials(ItemGuide item, boolean english, UploadLimits limits) {
    this.limits = limits;
    this.checklist =
        item == null
            ? List.of()
            : item.materials().stream()
                .map(
                    m ->
                        new Requirement(
                            m.code(),
                            english && m.nameEn() != null ? m.nameEn() : m.nameZh(),
                            m.required()))
                .toList();
    this.requirement = getUploadable().stream().map(Requirement::code).findFirst().orElse(null);
  }

  /** The file just uploaded, for the entry chosen beside the upload button. */
  public void upload(FileUploadEvent event) {
    PendingUpload.received(event.getFile(), limits)
        .ifPresent(f -> uploads.add(new Pending(requirement, f)));
  }

  public void remove(String uploadId) {
    uploads.removeIf(p -> p.file().id().equals(uploadId));
  }

  /** The files of one entry of the checklist. */
  public List<Pending> of(String code) {
    return uploads.stream().filter(p -> code.equals(p.requirement())).toList();
  }

  List<Upload> toUploads() {
    return uploads.stream().map(Pending::toUpload).toList();
  }

  public List<Requirement> getChecklist() {
    return checklist;
  }

  /** The entries a file can be uploaded for. */
  public List<Requirement> getUploadable() {
    return checklist.stream().filter(r -> !r.isGenerated()).toList();
  }

  public boolean isEmpty() {
    return uploads.isEmpty();
  }

  public String getRequirement() {
    return requirement;
  }

  public void setRequirement(String requirement) {
    this.requirement = requirement;
  }
}
