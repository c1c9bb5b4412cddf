package cn.oneseal.web.api;

import cn.oneseal.application.DeregistrationService;
import cn.oneseal.application.Paging;
import cn.oneseal.application.deregistration.DeregistrationViews.AbnormalView;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.web.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The abnormal-operations list (经营异常名录) for the system administrator: a page of it, a listing and a
 * removal with its reason. A listed business may not deregister on the simplified path
 * (docs/deregistration.md).
 */
@Path("/admin/abnormal-operations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AbnormalOperationResource {

  /** A listing: the credit code, why, and the day (ISO). */
  public record ListingRequest(
      @Size(max = 18) String creditCode,
      @Size(max = 512) String reason,
      @Size(max = 10) String listedOn) {}

  /** Why a listing is removed. */
  public record RemovalRequest(@Size(max = 512) String reason) {}

  @Inject CurrentActor currentActor;

  @Inject DeregistrationService deregistrations;

  @Operation(summary = "A page of the abnormal-operations list, latest listing first")
  @GET
  public Page<AbnormalView> page(@BeanParam PageRequest page) {
    Actor actor = currentActor.require();
    actor.require(Role.ADMIN);
    Paging paging = page.unsorted();
    return Page.of(deregistrations.abnormalList(actor, paging), paging, Function.identity());
  }

  @Operation(summary = "Lists a business on the abnormal-operations list")
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response list(ListingRequest request) {
    Actor actor = currentActor.require();
    actor.require(Role.ADMIN);
    if (request == null) {
      throw DomainException.invalid("error.form.missing");
    }
    LocalDate listedOn = null;
    if (request.listedOn() != null && !request.listedOn().isBlank()) {
      try {
        listedOn = LocalDate.parse(request.listedOn().strip());
      } catch (DateTimeParseException e) {
        throw DomainException.invalidField("listedOn", "error.abnormal.date", request.listedOn());
      }
    }
    AbnormalView listed =
        deregistrations.listAbnormal(actor, request.creditCode(), request.reason(), listedOn);
    return Response.created(
            UriBuilder.fromPath("admin/abnormal-operations/{id}").build(listed.id()))
        .entity(listed)
        .build();
  }

  @Operation(summary = "Removes a business from the abnormal-operations list, with the reason")
  @POST
  @Path("/{id}/removal")
  @Consumes(MediaType.APPLICATION_JSON)
  public AbnormalView remove(@PathParam("id") long id, RemovalRequest request) {
    Actor actor = currentActor.require();
    actor.require(Role.ADMIN);
    return deregistrations.removeAbnormal(actor, id, request == null ? null : request.reason());
  }
}
