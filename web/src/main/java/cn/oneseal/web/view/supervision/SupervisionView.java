package cn.oneseal.web.view.supervision;

import cn.oneseal.application.ApplicationFilter;
import cn.oneseal.application.ApplicationService;
import cn.oneseal.application.CatalogQuery;
import cn.oneseal.application.CatalogService;
import cn.oneseal.application.dto.ApplicationSummary;
import cn.oneseal.domain.model.application.ApplicationStatus;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.view.catalog.ItemSheet;
import cn.oneseal.web.view.shared.FacesSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** Supervisors (电子监察) search every application; they read, they never change. */
@Named
@ViewScoped
public class SupervisionView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ApplicationService applications;

  @Inject private CatalogService catalog;

  @Inject private CurrentActor currentActor;

  private List<ItemSheet> items = List.of();
  private List<ApplicationSummary> rows = List.of();

  private String status;
  private String itemCode;
  private String applicant;
  private String number;
  private String card;

  public void load() {
    // the catalogue refuses no one: only a failure can stop it, and the search still runs
    FacesSupport.attempt(
        () ->
            items =
                catalog.search(CatalogQuery.all()).stream()
                    .map(i -> ItemSheet.of(i, FacesSupport.locale()))
                    .toList());
    search();
  }

  public void search() {
    FacesSupport.attempt(
        () -> {
          try {
            ApplicationStatus wanted =
                status == null || status.isBlank() ? null : ApplicationStatus.valueOf(status);
            rows =
                applications.summaries(
                    currentActor.require(),
                    new ApplicationFilter(
                        wanted,
                        blankToNull(itemCode),
                        blankToNull(applicant),
                        blankToNull(number)));
          } catch (IllegalArgumentException e) {
            rows = List.of();
          }
        });
  }

  public void reset() {
    status = null;
    itemCode = null;
    applicant = null;
    number = null;
    card = null;
    search();
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

  /** The rows the card filter ("red" / "yellow", empty: all) lets through. */
  public List<ApplicationSummary> getRows() {
    return card == null || card.isBlank()
        ? rows
        : rows.stream().filter(r -> card.equals(r.card())).toList();
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
