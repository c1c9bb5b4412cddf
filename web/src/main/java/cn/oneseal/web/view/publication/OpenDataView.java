package cn.oneseal.web.view.publication;

import cn.oneseal.application.opendata.OpenDataCatalogue;
import cn.oneseal.application.opendata.OpenDataset;
import cn.oneseal.domain.model.clock.BureauTime;
import cn.oneseal.web.view.shared.FacesSupport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
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
      String id, String title, String description, int records, String lastUpdated) {}

  /** A moment as the bureau reads it (Beijing time, to the minute). */
  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BureauTime.ZONE);

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
                          d.lastUpdated().map(SHOWN::format).orElse(null)))
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
