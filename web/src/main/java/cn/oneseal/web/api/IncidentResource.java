package cn.oneseal.web.api;

import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.workflow.incident.IncidentInfo;
import cn.oneseal.workflow.incident.IncidentPage;
import cn.oneseal.workflow.incident.IncidentService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

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

  /**
   * {@code ?page=0&size=20}: 0-based page, newest first. The parameters are read as text so that a
   * malformed number is a translated 400, not the runtime's 404.
   */
  @GET
  public IncidentPage list(@QueryParam("page") String page, @QueryParam("size") String size) {
    Actor actor = currentActor.require();
    // other roles are refused before the parameters are read: 403 for them, never 400
    actor.require(Role.ADMIN);
    return incidents.page(
        actor,
        number(page, 0, "error.incident.page"),
        number(size, IncidentService.DEFAULT_SIZE, "error.incident.size"));
  }

  /** Runs the incident's job again now; answers the incident as it was retried. */
  @POST
  @Path("/{id}/retry")
  public IncidentInfo retry(@PathParam("id") String id) {
    return incidents.retry(currentActor.require(), id);
  }

  private static int number(String text, int absent, String code) {
    if (text == null || text.isBlank()) {
      return absent;
    }
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw DomainException.invalid(code, text, IncidentService.MAX_SIZE);
    }
  }
}
