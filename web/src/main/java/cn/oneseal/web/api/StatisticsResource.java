package cn.oneseal.web.api;

import cn.oneseal.application.statistics.StatisticsExport;
import cn.oneseal.application.statistics.StatisticsService;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.clock.BureauTime;
import cn.oneseal.domain.model.statistics.Dimension;
import cn.oneseal.domain.model.statistics.Figure;
import cn.oneseal.domain.model.statistics.StatisticsRow;
import cn.oneseal.domain.model.statistics.StatisticsTable;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.domain.shared.DomainException.Detail;
import cn.oneseal.web.i18n.StatisticsTexts;
import cn.oneseal.web.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Statistics (统计监测) for supervisors, the director and section chiefs (a chief: their section only).
 * {@code from} and {@code to} are days (ISO {@code 2026-03-31}, Beijing time, both included;
 * default: the current month up to today), {@code groupBy} one of {@code item}, {@code section},
 * {@code person}, {@code step}, {@code month} (default {@code item}). The figures are defined in
 * docs/statistics.md.
 */
@Path("/statistics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

  @Inject CurrentActor currentActor;

  @Inject StatisticsService statistics;

  @Inject Clock clock;

  @Context HttpHeaders headers;

  /** One figure's column. */
  public record FigureJson(String id, String kind, String label) {}

  /** One row: its group's key and label, and the value of each figure that has one. */
  public record RowJson(String key, String label, Map<String, BigDecimal> values) {}

  @JsonbNillable
  public record TableJson(
      LocalDate from,
      LocalDate to,
      String groupBy,
      String section,
      List<FigureJson> figures,
      List<RowJson> rows,
      RowJson total) {}

  /** A case behind a figure, with the address of its page. */
  public record CaseJson(String number, String page) {}

  /** What a request asks for, checked (every problem at once). */
  record Query(LocalDate from, LocalDate to, Dimension groupBy) {}

  @Operation(
      summary =
          "Statistics of a period grouped by item, section, person, step or month (supervisors,"
              + " the director, chiefs for their section)")
  @GET
  public TableJson table(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("groupBy") String groupBy) {
    Actor actor = currentActor.require();
    StatisticsService.sectionOf(actor);
    Query q = query(from, to, groupBy, null);
    return json(statistics.table(actor, q.from(), q.to(), q.groupBy()), locale());
  }

  @Operation(
      summary =
          "The case numbers behind one figure of one row of the statistics (key: the row's group;"
              + " empty for the total)")
  @GET
  @Path("/cases")
  public Page<CaseJson> cases(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("groupBy") String groupBy,
      @QueryParam("key") String key,
      @QueryParam("figure") String figure,
      @BeanParam PageRequest page) {
    Actor actor = currentActor.require();
    var paging = page.unsorted();
    StatisticsService.sectionOf(actor);
    List<Detail> problems = new ArrayList<>();
    Figure wanted = null;
    if (figure == null || Figure.fromId(figure.strip()).isEmpty()) {
      problems.add(
          Detail.of(
              "figure",
              "error.statistics.figure",
              figure == null ? "" : figure,
              Arrays.stream(Figure.values()).map(Figure::id).collect(Collectors.joining(", "))));
    } else {
      wanted = Figure.fromId(figure.strip()).get();
    }
    Query q = query(from, to, groupBy, problems);
    if (key != null && key.length() > 64) {
      throw DomainException.invalidField("key", "error.field.tooLong", 64);
    }
    List<CaseJson> cases =
        statistics.cases(actor, q.from(), q.to(), q.groupBy(), key, wanted).stream()
            .map(n -> new CaseJson(n, "/application.xhtml?number=" + n))
            .toList();
    return Page.of(cases, paging);
  }

  @Operation(
      summary = "The statistics table as an Excel workbook, CSV (UTF-8 with BOM) or PDF report")
  @GET
  @Path("/export")
  @Produces({
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "text/csv",
    "application/pdf",
    MediaType.APPLICATION_JSON
  })
  public Response export(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("groupBy") String groupBy,
      @QueryParam("format") String format) {
    Actor actor = currentActor.require();
    StatisticsService.sectionOf(actor);
    List<Detail> problems = new ArrayList<>();
    String kind = format == null ? "" : format.strip();
    if (!List.of("xlsx", "csv", "pdf").contains(kind)) {
      problems.add(Detail.of("format", "error.statistics.format", kind));
    }
    Query q = query(from, to, groupBy, problems);
    Locale locale = locale();
    StatisticsTable table = statistics.table(actor, q.from(), q.to(), q.groupBy());
    var texts = StatisticsTexts.export(table, locale);
    byte[] body;
    String type;
    switch (kind) {
      case "xlsx" -> {
        body = StatisticsExport.xlsx(table, texts);
        type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
      }
      case "csv" -> {
        body = StatisticsExport.csv(table, texts);
        type = "text/csv; charset=UTF-8";
      }
      default -> {
        body = StatisticsExport.pdf(table, texts);
        type = "application/pdf";
      }
    }
    String name =
        StatisticsTexts.text("statistics.export.file", locale)
            + "-"
            + q.from()
            + "-"
            + q.to()
            + "-"
            + q.groupBy().id()
            + "."
            + kind;
    String ascii = "statistics-" + q.from() + "-" + q.to() + "-" + q.groupBy().id() + "." + kind;
    return Response.ok(body, type)
        .header(
            "Content-Disposition",
            "attachment; filename=\""
                + ascii
                + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  private Locale locale() {
    return DomainExceptionMapper.locale(headers);
  }

  /**
   * Reads the period and the grouping; refuses, with every problem at once (and those already
   * found), a day that is not one, a grouping that does not exist, a period that ends before it
   * begins or is too long.
   */
  private Query query(String from, String to, String groupBy, List<Detail> found) {
    List<Detail> problems = found == null ? new ArrayList<>() : found;
    LocalDate today = BureauTime.day(clock.instant());
    LocalDate end = day("to", to, today, problems);
    LocalDate start = day("from", from, (end == null ? today : end).withDayOfMonth(1), problems);
    Dimension by = Dimension.ITEM;
    if (groupBy != null && !groupBy.isBlank()) {
      by = Dimension.fromId(groupBy.strip()).orElse(null);
      if (by == null) {
        problems.add(
            Detail.of(
                "groupBy",
                "error.statistics.groupBy",
                groupBy,
                Arrays.stream(Dimension.values())
                    .map(Dimension::id)
                    .collect(Collectors.joining(", "))));
      }
    }
    if (!problems.isEmpty()) {
      throw DomainException.invalidAll(problems);
    }
    StatisticsService.checkPeriod(start, end);
    return new Query(start, end, by);
  }

  private static LocalDate day(
      String field, String text, LocalDate fallback, List<Detail> problems) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      problems.add(Detail.of(field, "error.statistics.date", text));
      return null;
    }
  }

  static TableJson json(StatisticsTable table, Locale locale) {
    List<FigureJson> figures =
        table.figures().stream()
            .map(
                f ->
                    new FigureJson(
                        f.id(),
                        f.kind().name().toLowerCase(Locale.ROOT),
                        StatisticsTexts.figure(f, locale)))
            .toList();
    return new TableJson(
        table.from(),
        table.to(),
        table.groupBy().id(),
        table.section(),
        figures,
        table.rows().stream().map(r -> row(r, table, locale)).toList(),
        row(table.total(), table, locale));
  }

  private static RowJson row(StatisticsRow row, StatisticsTable table, Locale locale) {
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    for (Figure f : table.figures()) {
      BigDecimal v = row.value(f);
      if (v != null) {
        values.put(f.id(), v);
      }
    }
    return new RowJson(
        row.group().key(), StatisticsTexts.group(row.group(), table.groupBy(), locale), values);
  }
}
