package cn.oneseal.web.view.publication;

import cn.oneseal.application.opendata.OpenDataCatalogue;
import cn.oneseal.application.opendata.OpenDataset;
import cn.oneseal.web.view.shared.FacesSupport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;

/**
 * The public page of the open datasets (/open-data.xhtml): what each holds, its files, its licence.
 */
@Named
@RequestScoped
public class OpenDataView {

  @Inject private OpenDataCatalogue catalogue;

  private List<Dataset> datasets;

  /** One dataset as the page shows it, in the page's language. */
  public record Dataset(
      String id, String title, String description, int records, Instant lastUpdated) {}

  public List<Dataset> getDatasets() {
    if (datasets == null) {
      var locale = FacesSupport.locale();
      datasets =
          catalogue.all().stream()
              .map(
                  (OpenDataset d) ->
                      new Dataset(
                          d.id(),
                          d.title().in(locale),
                          d.description().in(locale),
                          d.records().size(),
                          d.lastUpdated().orElse(null)))
              .toList();
    }
    return datasets;
  }

  public OpenDataCatalogue.Licence getLicence() {
    return OpenDataCatalogue.LICENCE;
  }

  public String licenceName() {
    var l = OpenDataCatalogue.LICENCE;
    return cn.oneseal.domain.shared.BilingualText.english(FacesSupport.locale())
        ? l.nameEn()
        : l.nameZh();
  }
}
