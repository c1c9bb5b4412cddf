package cn.oneseal.web.api;

import cn.oneseal.application.NameService;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.registration.NameDeclaration;
import cn.oneseal.domain.model.registration.NameProblem;
import cn.oneseal.domain.model.registration.NameReservation;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.web.i18n.Messages;
import cn.oneseal.web.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Enterprise name self-declaration (企业名称自主申报): anyone may check a name; a signed-in citizen may
 * reserve one that passes. Problems come back all at once, translated, so that an applicant can fix
 * the name in one go.
 */
@Path("/names")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NameResource {

  /** Taiyuan, the bureau's own registration area. */
  public static final String DEFAULT_AREA = "140100";

  @Inject CurrentActor currentActor;

  @Inject NameService names;

  @Context HttpHeaders headers;

  /** A declared name; every field may be missing, which the check reports as a problem. */
  public record NameRequest(
      @Size(max = 64) String region,
      @Size(max = 64) String tradeName,
      @Size(max = 64) String industry,
      @Size(max = 64) String organizationForm,
      @Size(max = 6) String area) {

    NameDeclaration declaration() {
      return new NameDeclaration(region, tradeName, industry, organizationForm);
    }

    String areaOrDefault() {
      return area == null || area.isBlank() ? DEFAULT_AREA : area.strip();
    }
  }

  public record ProblemJson(String code, String message) {}

  /** The result of a check; {@code name} is the full name as it would be registered. */
  public record CheckResponse(boolean ok, String name, List<ProblemJson> problems) {}

  /**
   * A refused reservation: the usual error body ({@code code}, {@code message} of the first
   * problem) plus every problem.
   */
  public record RefusedResponse(
      String code, String message, boolean ok, String name, List<ProblemJson> problems) {}

  public record ReservationResponse(String name, String area, Instant reservedUntil) {}

  @Operation(
      summary = "Checks a proposed enterprise name against the naming rules and existing names")
  @POST
  @Path("/check")
  @Consumes(MediaType.APPLICATION_JSON)
  public CheckResponse check(NameRequest request) {
    NameRequest given = orEmpty(request);
    NameDeclaration name = given.declaration();
    List<ProblemJson> problems = translate(names.check(name, given.areaOrDefault()));
    return new CheckResponse(problems.isEmpty(), name.fullName(), problems);
  }

  /**
   * Reserves a name for the signed-in citizen: 201 with the reservation, 400 with every problem of
   * the name, 409 when another applicant reserved it first.
   */
  @Operation(summary = "Reserves a name for the signed-in citizen")
  @POST
  @Path("/reservations")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response reserve(NameRequest request) {
    Actor actor = currentActor.require();
    NameRequest given = orEmpty(request);
    NameDeclaration name = given.declaration();
    String area = given.areaOrDefault();
    NameReservation reservation;
    try {
      reservation = names.reserve(actor, name, area);
    } catch (DomainException e) {
      if (e.kind() != DomainException.Kind.INVALID) {
        throw e;
      }
      return refused(e, name, area);
    }
    return Response.status(Response.Status.CREATED)
        .entity(
            new ReservationResponse(
                reservation.fullName(), reservation.area(), reservation.reservedUntil()))
        .build();
  }

  private Response refused(DomainException e, NameDeclaration name, String area) {
    List<ProblemJson> problems = translate(names.check(name, area));
    String message = Messages.error(e, locale());
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(new RefusedResponse(e.code(), message, false, name.fullName(), problems))
        .build();
  }

  private List<ProblemJson> translate(List<NameProblem> problems) {
    Locale locale = locale();
    return problems.stream()
        .map(
            p ->
                new ProblemJson(
                    p.code(), Messages.error("error." + p.code(), locale, p.args().toArray())))
        .toList();
  }

  private Locale locale() {
    return DomainExceptionMapper.locale(headers);
  }

  private static NameRequest orEmpty(NameRequest request) {
    return request == null ? new NameRequest(null, null, null, null, null) : request;
  }
}
