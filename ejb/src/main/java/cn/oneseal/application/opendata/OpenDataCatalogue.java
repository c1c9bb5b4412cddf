package cn.oneseal.application.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The open datasets: every {@link OpenDataset} bean, by id. All are published under one licence,
 * the Creative Commons Attribution 4.0 International licence (CC BY 4.0): anyone may copy, adapt
 * and re-use them, commercially too, naming the source — the widest re-use the policy asks for,
 * with a licence whose text is settled and known in both languages.
 */
@ApplicationScoped
public class OpenDataCatalogue {

  /** The licence of every dataset. */
  public static final Licence LICENCE =
      new Licence(
          "CC-BY-4.0",
          "知识共享署名 4.0 国际许可协议 (CC BY 4.0)",
          "Creative Commons Attribution 4.0 International (CC BY 4.0)",
          "https://creativecommons.org/licenses/by/4.0/");

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  /** An open licence: its SPDX id, its names and its text's address. */
  public record Licence(String id, String nameZh, String nameEn, String url) {}

  private final Instance<OpenDataset> datasets;

  @Inject
  OpenDataCatalogue(@Any Instance<OpenDataset> datasets) {
    this.datasets = datasets;
  }

  /** For CDI's proxy. */
  protected OpenDataCatalogue() {
    this.datasets = null;
  }

  /** Every dataset, by id. */
  public List<OpenDataset> all() {
    return datasets.stream()
        .peek(
            d -> {
              if (!ID.matcher(d.id()).matches()) {
                throw new IllegalStateException("An open dataset's id must be a slug: " + d.id());
              }
            })
        .sorted(Comparator.comparing(OpenDataset::id))
        .toList();
  }

  /** The dataset with this id. */
  public Optional<OpenDataset> byId(String id) {
    return all().stream().filter(d -> d.id().equals(id)).findFirst();
  }
}
