package cn.oneseal.web.view.citizen;

import cn.oneseal.application.RegistrationService;
import cn.oneseal.application.dto.RegistrationView;
import cn.oneseal.domain.model.registration.RegistrationStatus;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.view.shared.FacesSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The citizen's unsent registration drafts, to resume or to discard; submitted ones are
 * applications and listed with them.
 */
@Named
@ViewScoped
public class RegistrationDraftsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private RegistrationService registrations;

  @Inject private CurrentActor currentActor;

  private List<RegistrationView> drafts = List.of();

  public void load() {
    FacesSupport.attempt(
        () -> {
          drafts =
              registrations.mine(currentActor.require()).stream()
                  .filter(r -> RegistrationStatus.DRAFT.name().equals(r.status()))
                  .toList();
        });
  }

  public void discard(long id) {
    FacesSupport.attempt(
        () -> {
          registrations.discard(currentActor.require(), id);
          RegistrationTexts.info("wizard.drafts.discarded");
        });
    load();
  }

  /** The draft's name, or what kind of entity it registers while it has none. */
  public String title(RegistrationView draft) {
    String type = RegistrationTexts.text("wizard.entityType." + draft.entityType());
    return draft.fullName() == null
        ? RegistrationTexts.text("wizard.drafts.unnamed", type)
        : draft.fullName();
  }

  public String entityType(RegistrationView draft) {
    return RegistrationTexts.text("wizard.entityType." + draft.entityType());
  }

  public List<RegistrationView> getDrafts() {
    return drafts;
  }
}
