package cn.oneseal.web.view.credit;

import cn.oneseal.application.credit.CreditListService;
import cn.oneseal.application.credit.CreditViews.ImportResult;
import cn.oneseal.application.credit.CreditViews.Listing;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.view.shared.FacesSupport;
import cn.oneseal.web.view.shared.PagedModel;
import cn.oneseal.web.view.shared.ReportsProblems;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.LazyDataModel;

/**
 * The administrator's page of the register of seriously dishonest subjects: the entries page by
 * page, the import of a CSV file (every problem of a refused file listed at once), and the removal
 * of an entry with its reason.
 */
@Named
@ViewScoped
public class CreditListView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The page texts. */
  public static final String BUNDLE = "cn.oneseal.web.i18n.credit";

  @Inject private CreditListService list;

  @Inject private CurrentActor currentActor;

  private LazyDataModel<Listing> model;

  private Long removing;
  private String removingSubject;
  private String removalReason;

  @PostConstruct
  void init() {
    model =
        new PagedModel<>(
            paging -> list.page(currentActor.require(), paging), l -> String.valueOf(l.id()));
  }

  public LazyDataModel<Listing> getModel() {
    return model;
  }

  /** Imports the uploaded CSV file; a refused file stores nothing and lists its problems. */
  @ReportsProblems
  public void upload(FileUploadEvent event) {
    String csv = new String(event.getFile().getContent(), StandardCharsets.UTF_8);
    ImportResult result = list.importCsv(currentActor.require(), csv);
    FacesSupport.infoFrom(
        BUNDLE,
        "creditList.imported",
        result.rows(),
        result.created(),
        result.updated(),
        result.unchanged(),
        result.removedBefore());
  }

  /** Opens the removal dialog for the entry named by the request parameter {@code entry}. */
  public void prepareRemoval() {
    removing = Long.valueOf(FacesSupport.param("entry"));
    removingSubject = FacesSupport.param("subject");
    removalReason = null;
  }

  @ReportsProblems
  public void remove() {
    Listing removed = list.remove(currentActor.require(), removing, removalReason);
    FacesSupport.infoFrom(BUNDLE, "creditList.removed", removed.subject());
    removing = null;
  }

  public String getRemovingSubject() {
    return removingSubject;
  }

  public String getRemovalReason() {
    return removalReason;
  }

  public void setRemovalReason(String removalReason) {
    this.removalReason = removalReason;
  }
}
