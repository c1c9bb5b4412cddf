package cn.oneseal.application.opendata;

import cn.oneseal.domain.shared.BilingualText;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One dataset of the open-data family (政府数据开放, policy §14): anonymised records that anyone may
 * re-use under the {@link OpenDataCatalogue#LICENCE licence}. The extension point for a new dataset
 * (the catalogue's items, the volumes and on-time rates per item and month, …): a CDI bean
 * implementing this interface; {@link OpenDataCatalogue} finds every bean, and the API offers each
 * as JSON, as CSV and with its JSON Schema, from its columns alone.
 *
 * <p>A dataset must hold no personal data: no identity number, no phone, no natural person's name
 * beyond the surname; a dataset of counts suppresses counts under {@link #SMALL_COUNT} (they could
 * single a person out).
 */
public interface OpenDataset {

  /** Counts below this are suppressed in aggregate datasets. */
  int SMALL_COUNT = 5;

  /** Its stable id: lower case letters, digits and hyphens; it names its files. */
  String id();

  BilingualText title();

  BilingualText description();

  /** Its columns, in the order of the CSV and of each JSON record. */
  List<DatasetColumn> columns();

  /**
   * Its records, each a list of values in column order: {@link String}, {@link Long} or {@link
   * Integer}, {@link Boolean}, {@link java.time.LocalDate}, {@link Instant} or {@code null}.
   */
  List<List<Object>> records();

  /** When its content last changed, if it has any. */
  Optional<Instant> lastUpdated();
}
