package cn.oneseal.web.view.credit;

import cn.oneseal.application.credit.CreditListService;
import cn.oneseal.application.credit.CreditViews.ImportResult;
import cn.oneseal.application.credit.CreditViews.Listing;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.web.i18n.Messages;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.view.shared.FacesSupport;
import cn.oneseal.web.view.shared.PagedModel;
import cn.oneseal.web.view.shared.ReportsProblems;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  private static final Pattern LINE = Pattern.compile("lines\\[(\\d+)\\]\\.?(\\w*)");

  /** A list file is at most 4 MB (5000 rows of generous width). */
  static final long MAX_BYTES = 4L * 1024 * 1024;

  private LazyDataModel<Listing> model;

  /** The file of the import form, for the one request that posts it. */
  private transient Part file;

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

  /** Imports the chosen CSV file; a refused file stores nothing and lists its problems. */
  @ReportsProblems
  public void importFile() {
    if (file == null || file.getSize() == 0) {
      FacesSupport.infoFrom(BUNDLE, "creditList.noFile");
      return;
    }
    if (file.getSize() > MAX_BYTES) {
      FacesSupport.infoFrom(BUNDLE, "creditList.fileTooLarge", MAX_BYTES / (1024 * 1024));
      return;
    }
    String csv;
    try (InputStream in = file.getInputStream()) {
      csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    file = null;
    ImportResult result;
    try {
      result = list.importCsv(currentActor.require(), csv);
    } catch (DomainException refused) {
      // every problem with its line and column, so that the file can be mended at once
      Locale locale = FacesSupport.locale();
      for (DomainException.Detail d : refused.details()) {
        Matcher at = LINE.matcher(d.field() == null ? "" : d.field());
        String where =
            at.matches()
                ? Messages.textOr(
                    BUNDLE, "creditList.problemAt", "", locale, at.group(1), at.group(2))
                : "";
        FacesContext.getCurrentInstance()
            .addMessage(
                null,
                new FacesMessage(
                    FacesMessage.SEVERITY_ERROR,
                    where + Messages.error(d.code(), locale, d.arguments()),
                    null));
      }
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
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

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
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
