package cn.oneseal.web.view.admin;

import cn.oneseal.application.CatalogService;
import cn.oneseal.application.dto.ItemGuide;
import cn.oneseal.application.dto.ItemVersionSummary;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.view.shared.ReportsProblems;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The administrator's list of every approval item, retired ones included, with the version in force
 * today beside the latest one, so that a scheduled change is visible before it takes effect.
 */
@Named
@ViewScoped
public class AdminItemsView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One item as the list shows it. */
  public record Row(
      String code,
      String nameZh,
      String nameEn,
      String departmentZh,
      String departmentEn,
      boolean active,
      int versionInForce,
      LocalDate inForceFrom,
      int latestVersion,
      LocalDate latestFrom)
      implements Serializable {

    /** retired, scheduled (a later version waits for its day) or active: a bundle key suffix. */
    public String status() {
      if (!active) {
        return "retired";
      }
      return latestVersion != versionInForce ? "scheduled" : "active";
    }
  }

  @Inject private CatalogService catalog;

  @Inject private CurrentActor currentActor;

  private List<Row> rows = List.of();
  private List<Row> filteredRows;

  @ReportsProblems(pageStatus = true)
  public void load() {
    Actor actor = currentActor.require();
    List<Row> loaded = new ArrayList<>();
    for (ItemGuide latest : catalog.allForAdministration(actor)) {
      ItemVersionSummary inForce =
          catalog.versions(latest.code()).stream()
              .filter(ItemVersionSummary::inForce)
              .findFirst()
              .orElse(null);
      loaded.add(
          new Row(
              latest.code(),
              latest.name().zh(),
              latest.name().en(),
              latest.department().nameZh(),
              latest.department().nameEn(),
              latest.active(),
              inForce == null ? 0 : inForce.version(),
              inForce == null ? null : inForce.effectiveFrom(),
              latest.version(),
              latest.effectiveFrom()));
    }
    rows = List.copyOf(loaded);
  }

  public List<Row> getRows() {
    return rows;
  }

  public long getActiveCount() {
    return rows.stream().filter(Row::active).count();
  }

  public List<Row> getFilteredRows() {
    return filteredRows;
  }

  public void setFilteredRows(List<Row> filteredRows) {
    this.filteredRows = filteredRows;
  }
}
