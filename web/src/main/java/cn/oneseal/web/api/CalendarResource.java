package cn.oneseal.web.api;

import cn.oneseal.application.CalendarService;
import cn.oneseal.application.dto.CalendarDayInput;
import cn.oneseal.application.dto.CalendarDayView;
import cn.oneseal.application.dto.CalendarYearView;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.clock.DayKind;
import cn.oneseal.web.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The working-day calendar the time limits are counted on: anyone reads a year's statutory holidays
 * and make-up working days; an administrator enters a year from the State Council's notice.
 */
@Path("/calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

  @Inject CalendarService calendars;

  @Inject CurrentActor currentActor;

  @Context HttpHeaders headers;

  /** A day as the API shows it: {@code kind} is {@code holiday} or {@code workday}. */
  public record DayJson(String date, String kind, String name) {}

  public record YearJson(
      int year, boolean confirmed, String source, int workingDays, List<DayJson> days) {}

  /** A day as an administrator enters it. */
  public record DayInputJson(
      @Size(max = 10) String date,
      @Size(max = 10) String kind,
      @Size(max = 100) String nameZh,
      @Size(max = 100) String nameEn) {}

  public record YearRequest(
      Boolean confirmed,
      @Size(max = 500) String source,
      @Size(max = 366) List<@Valid DayInputJson> days) {}

  @Operation(summary = "The year's working days, holidays and adjusted working days")
  @GET
  @Path("/{year}")
  public YearJson get(@PathParam("year") int year) {
    return json(calendars.year(year));
  }

  /**
   * Replaces the year's days; a date that cannot be read or an unknown kind is reported as missing,
   * together with every other problem of the entry.
   */
  @Operation(summary = "Replaces the year's days")
  @PUT
  @Path("/{year}")
  @Consumes(MediaType.APPLICATION_JSON)
  public YearJson replace(@PathParam("year") int year, YearRequest request) {
    Actor actor = currentActor.require();
    YearRequest body = request == null ? new YearRequest(false, null, List.of()) : request;
    List<CalendarDayInput> days =
        body.days() == null
            ? List.of()
            : body.days().stream()
                .map(
                    d ->
                        d == null
                            ? null
                            : new CalendarDayInput(
                                date(d.date()), kind(d.kind()), d.nameZh(), d.nameEn()))
                .toList();
    return json(
        calendars.replaceYear(
            actor, year, days, Boolean.TRUE.equals(body.confirmed()), body.source()));
  }

  private YearJson json(CalendarYearView view) {
    boolean english = Locale.ENGLISH.equals(DomainExceptionMapper.locale(headers));
    return new YearJson(
        view.year(),
        view.confirmed(),
        view.source(),
        view.workingDays(),
        view.days().stream().map(d -> day(d, english)).toList());
  }

  private static DayJson day(CalendarDayView d, boolean english) {
    String name = english && d.nameEn() != null ? d.nameEn() : d.nameZh();
    return new DayJson(d.day().toString(), d.kind().name().toLowerCase(Locale.ROOT), name);
  }

  private static LocalDate date(String text) {
    try {
      return text == null ? null : LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static DayKind kind(String text) {
    if (text == null) {
      return null;
    }
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "holiday" -> DayKind.HOLIDAY;
      case "workday" -> DayKind.WORKDAY;
      default -> null;
    };
  }
}
