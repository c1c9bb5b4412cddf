package cn.oneseal.web.api;

import cn.oneseal.application.StaffService;
import cn.oneseal.application.dto.AbsenceView;
import cn.oneseal.application.dto.StaffMember;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.web.api.ApiRepresentations.AbsenceRequest;
import cn.oneseal.web.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The staff directory for transfers and the absences with their substitutes (AB角). */
@Path("/staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {

  @Inject CurrentActor currentActor;

  @Inject StaffService staff;

  /** A page of the staff directory (a bureau's staff, in memory), in its natural order. */
  @Operation(
      summary = "A page of the staff directory (a bureau's staff, in memory), in its natural order")
  @GET
  public Page<StaffMember> list(@BeanParam PageRequest page) {
    Actor actor = currentActor.require();
    return Page.of(staff.staff(actor), page.unsorted());
  }

  /** A page of the declared absences, in their natural order. */
  @Operation(summary = "A page of the declared absences, in their natural order")
  @GET
  @Path("/absences")
  public Page<AbsenceView> absences(@BeanParam PageRequest page) {
    Actor actor = currentActor.require();
    return Page.of(staff.absences(actor), page.unsorted());
  }

  @Operation(summary = "Declares an absence, during which the substitute (AB角) takes the tasks")
  @POST
  @Path("/absences")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response declare(AbsenceRequest request) {
    AbsenceRequest body =
        request == null ? new AbsenceRequest(null, null, null, null, null) : request;
    AbsenceView created =
        staff.declareAbsence(
            currentActor.require(),
            body.username(),
            body.substitute(),
            body.from(),
            body.until(),
            body.reason());
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @Operation(summary = "Cancels a declared absence")
  @DELETE
  @Path("/absences/{id}")
  public Response cancel(@PathParam("id") long id) {
    staff.cancelAbsence(currentActor.require(), id);
    return Response.noContent().build();
  }
}
