package cn.oneseal.web.api;

import cn.oneseal.application.Paging;
import cn.oneseal.application.opendata.DatasetColumn;
import cn.oneseal.application.opendata.OpenDataCatalogue;
import cn.oneseal.application.opendata.OpenDataset;
import cn.oneseal.domain.shared.DomainException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The open data (政府数据开放): the list of datasets, and each dataset as JSON, as CSV and with its JSON
 * Schema — all public, read-only, built from the dataset's columns ({@link OpenDataset}).
 *
 * <p>The CSV is RFC 4180 (CRLF, fields quoted when needed), UTF-8 <em>with</em> a byte-order mark:
 * Excel, which most re-users of Chinese government data open CSV files with, reads a file without
 * one in the system's code page (GBK on Chinese Windows) and garbles every Chinese character;
 * programs strip it (Python's {@code utf-8-sig}, R's {@code fileEncoding = "UTF-8-BOM"}, pandas by
 * default).
 */
@Path("/open-data")
@RequestScoped
public class OpenDataResource {

  private static final String CSV = "text/csv; charset=UTF-8; header=present";

  @Inject OpenDataCatalogue catalogue;

  /** Every dataset with its title, licence, formats, schema and last update. */
  @Operation(summary = "The open datasets: title, licence, formats, schema, last update")
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Page<DatasetJson> list(@BeanParam PageRequest page) {
    Paging paging = page.unsorted();
    return Page.of(catalogue.all().stream().map(DatasetJson::of).toList(), paging);
  }

  /** The dataset as JSON: its id, licence, the moment it was read and its records. */
  @Operation(summary = "A dataset as JSON")
  @GET
  @Path("/{id: [a-z0-9-]+}.json")
  @Produces(MediaType.APPLICATION_JSON)
  public Map<String, Object> json(@PathParam("id") String id) {
    OpenDataset dataset = dataset(id);
    List<Map<String, Object>> records = new ArrayList<>();
    for (List<Object> row : dataset.records()) {
      Map<String, Object> record = new LinkedHashMap<>();
      for (int i = 0; i < dataset.columns().size(); i++) {
        record.put(dataset.columns().get(i).name(), jsonValue(row.get(i)));
      }
      records.add(record);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("dataset", dataset.id());
    body.put("licence", OpenDataCatalogue.LICENCE.url());
    body.put("schema", schemaUrl(dataset));
    body.put("generatedAt", Instant.now().toString());
    body.put("records", records);
    return body;
  }

  /** The dataset as CSV (UTF-8 with a byte-order mark, CRLF), its columns' names as the header. */
  @Operation(summary = "A dataset as CSV (UTF-8 with BOM)")
  @GET
  @Path("/{id: [a-z0-9-]+}.csv")
  @Produces(CSV)
  public Response csv(@PathParam("id") String id) {
    OpenDataset dataset = dataset(id);
    StringBuilder out = new StringBuilder("\uFEFF");
    out.append(String.join(",", dataset.columns().stream().map(DatasetColumn::name).toList()))
        .append("\r\n");
    for (List<Object> row : dataset.records()) {
      List<String> cells = new ArrayList<>(row.size());
      for (Object value : row) {
        cells.add(csvCell(value));
      }
      out.append(String.join(",", cells)).append("\r\n");
    }
    return Response.ok(out.toString().getBytes(StandardCharsets.UTF_8), CSV)
        .header("Content-Disposition", "attachment; filename=\"" + dataset.id() + ".csv\"")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  /** The JSON Schema (2020-12) of the dataset's JSON document; its records describe the CSV too. */
  @Operation(summary = "The JSON Schema of a dataset")
  @GET
  @Path("/{id: [a-z0-9-]+}.schema.json")
  @Produces("application/schema+json")
  public Map<String, Object> schema(@PathParam("id") String id) {
    OpenDataset dataset = dataset(id);
    Map<String, Object> properties = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    for (DatasetColumn column : dataset.columns()) {
      Map<String, Object> property = new LinkedHashMap<>();
      property.put(
          "type",
          column.required() ? column.type().jsonType() : List.of(column.type().jsonType(), "null"));
      if (column.type().format() != null) {
        property.put("format", column.type().format());
      }
      property.put("title", column.title().en());
      property.put("x-title-zh", column.title().zh());
      if (column.description() != null) {
        property.put("description", column.description().en());
        property.put("x-description-zh", column.description().zh());
      }
      properties.put(column.name(), property);
      if (column.required()) {
        required.add(column.name());
      }
    }
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("type", "object");
    record.put("properties", properties);
    record.put("required", required);
    record.put("additionalProperties", false);

    Map<String, Object> top = new LinkedHashMap<>();
    top.put("dataset", Map.of("const", dataset.id()));
    top.put("licence", Map.of("type", "string", "format", "uri"));
    top.put("schema", Map.of("type", "string"));
    top.put("generatedAt", Map.of("type", "string", "format", "date-time"));
    top.put("records", Map.of("type", "array", "items", record));

    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("$id", schemaUrl(dataset));
    schema.put("title", dataset.title().en());
    schema.put("x-title-zh", dataset.title().zh());
    schema.put("description", dataset.description().en());
    schema.put("type", "object");
    schema.put("properties", top);
    schema.put("required", List.of("dataset", "licence", "generatedAt", "records"));
    return schema;
  }

  private OpenDataset dataset(String id) {
    return catalogue
        .byId(id)
        .orElseThrow(() -> DomainException.notFound("error.openData.notFound", id));
  }

  static String schemaUrl(OpenDataset dataset) {
    return "/api/open-data/" + dataset.id() + ".schema.json";
  }

  private static Object jsonValue(Object value) {
    if (value instanceof Instant || value instanceof LocalDate) {
      return value.toString();
    }
    return value;
  }

  /**
   * RFC 4180: quoted when it holds a comma, a quote or a line break; a leading formula sign is
   * defused.
   */
  static String csvCell(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
      // a cell Excel would run as a formula (CSV injection)
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }

  /** A licence: its SPDX id, names and text. */
  public record LicenceJson(String id, String nameZh, String nameEn, String url) {}

  /** One dataset of the list. */
  public record DatasetJson(
      String id,
      String titleZh,
      String titleEn,
      String descriptionZh,
      String descriptionEn,
      LicenceJson licence,
      String schemaUrl,
      Map<String, String> formats,
      int records,
      Instant lastUpdated) {

    static DatasetJson of(OpenDataset d) {
      var l = OpenDataCatalogue.LICENCE;
      Map<String, String> formats = new LinkedHashMap<>();
      formats.put("json", "/api/open-data/" + d.id() + ".json");
      formats.put("csv", "/api/open-data/" + d.id() + ".csv");
      return new DatasetJson(
          d.id(),
          d.title().zh(),
          d.title().en(),
          d.description().zh(),
          d.description().en(),
          new LicenceJson(l.id(), l.nameZh(), l.nameEn(), l.url()),
          OpenDataResource.schemaUrl(d),
          formats,
          d.records().size(),
          d.lastUpdated().orElse(null));
    }
  }
}
