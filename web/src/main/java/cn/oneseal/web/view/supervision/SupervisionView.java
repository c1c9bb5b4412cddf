package cn.oneseal.web.view.supervision;

import cn.oneseal.application.ApplicationFilter;
import cn.oneseal.application.ApplicationService;
import cn.oneseal.application.CatalogQuery;
import cn.oneseal.application.CatalogService;
import cn.oneseal.application.dto.ApplicationSummary;
import cn.oneseal.domain.model.application.ApplicationStatus;
import cn.oneseal.domain.model.clock.Card;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.view.catalog.ItemSheet;
import cn.oneseal.web.view.shared.FacesSupport;
import cn.oneseal.web.view.shared.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.primefaces.model.LazyDataModel;

/**
 * Supervisors (电子监察) search every application; they read, they never change. The table is paged in
 * the database: a province's million cases are counted and sliced there, never loaded.
 */
@Named
@ViewScoped
public class SupervisionView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ApplicationService applications;

  @Inject private CatalogService catalog;

  @Inject private CurrentActor currentActor;

  private List<ItemSheet> items = List.of();

  /** The search as last applied; the table reads one page of it at a time from the database. */
  private ApplicationFilter filter = ApplicationFilter.any();

  private PagedModel<ApplicationSummary> model;

  private String status;
  private String itemCode;
  private String applicant;
  private String number;
  private String card;

  @PostConstruct
  void init() {
    model =
        new PagedModel<>(
            paging -> applications.summaryPage(currentActor.require(), filter, paging),
            ApplicationSummary::number);
  }

  public void load() {
    // the catalogue refuses no one: only a failure can stop it, and the search still runs
    FacesSupport.attempt(
        () ->
            items =
                catalog.search(CatalogQuery.all()).stream()
                    .map(i -> ItemSheet.of(i, FacesSupport.locale()))
                    .toList());
  }

  /** Applies the filters; the table then reads their first page. */
  public void search() {
    filter =
        new ApplicationFilter(
            choice(ApplicationStatus.values(), ApplicationStatus::name, status),
            blankToNull(itemCode),
            blankToNull(applicant),
            blankToNull(number),
            choice(Card.values(), Card::id, card));
  }

  public void reset() {
    status = null;
    itemCode = null;
    applicant = null;
    number = null;
    card = null;
    filter = ApplicationFilter.any();
  }

  /** The constant the menu chose; a value the menu does not offer chooses nothing. */
  private static <E> E choice(E[] values, Function<E, String> id, String chosen) {
    return Arrays.stream(values).filter(v -> id.apply(v).equals(chosen)).findFirst().orElse(null);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public List<String> getStatuses() {
    return Arrays.stream(ApplicationStatus.values()).map(Enum::name).toList();
  }

  public List<ItemSheet> getItems() {
    return items;
  }

  /** The applications found, one page at a time, with their total. */
  public LazyDataModel<ApplicationSummary> getModel() {
    return model;
  }

  public String getCard() {
    return card;
  }

  public void setCard(String card) {
    this.card = card;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getItemCode() {
    return itemCode;
  }

  public void setItemCode(String itemCode) {
    this.itemCode = itemCode;
  }

  public String getApplicant() {
    return applicant;
  }

  public void setApplicant(String applicant) {
    this.applicant = applicant;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }
}
