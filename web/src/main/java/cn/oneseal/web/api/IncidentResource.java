package cn.oneseal.web.api;

import cn.oneseal.application.Paging;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.workflow.incident.IncidentInfo;
import cn.oneseal.workflow.incident.IncidentService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The process engine's incidents for administrators: every step of every process whose job ran out
 * of retries, and the retry of one once its cause is gone.
 */
@Path("/admin/incidents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IncidentResource {

  @Inject CurrentActor currentActor;

  @Inject IncidentService incidents;

  /** {@code ?page=0&size=20}: the open incidents, newest first (the list convention). */
  @Operation(summary = "A page of the open incidents of every process, newest first")
  @GET
  public Page<IncidentInfo> list(@BeanParam PageRequest page) {
    Actor actor = currentActor.require();
    // other roles are refused before the parameters are read: 403 for them, never 400
    actor.require(Role.ADMIN);
    Paging paging = page.unsorted();
    return Page.of(incidents.page(actor, paging), paging, Function.identity());
  }

  /** Runs the incident's job again now; answers the incident as it was retried. */
  @Operation(summary = "Runs the incident's job again now; answers the incident as it was retried")
  @POST
  @Path("/{id}/retry")
  public IncidentInfo retry(@PathParam("id") String id) {
    return incidents.retry(currentActor.require(), id);
  }
}
