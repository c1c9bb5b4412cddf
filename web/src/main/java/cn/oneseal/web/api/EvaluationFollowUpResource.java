package cn.oneseal.web.api;

import cn.oneseal.application.EvaluationService;
import cn.oneseal.application.Paging;
import cn.oneseal.application.dto.EvaluationView;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.workflow.evaluation.EvaluationFollowUps;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The follow-ups of negative ratings (差评整改) for the supervision (and the director): every one,
 * soonest deadline first, with its card; a supervisor urges (督办) an open one.
 */
@Path("/evaluation-follow-ups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationFollowUpResource {

  /** A supervisor's urge: the note the chief is told. */
  public record UrgeRequest(@Size(max = 1000) String note) {}

  @Inject CurrentActor currentActor;

  @Inject EvaluationService evaluations;

  @Inject EvaluationFollowUps followUps;

  @Operation(
      summary =
          "A page of the follow-ups of negative ratings, soonest deadline first"
              + " (status=open|answered)")
  @GET
  public Page<EvaluationView> list(
      @QueryParam("status") String status, @BeanParam PageRequest page) {
    Paging paging = page.unsorted();
    return Page.of(evaluations.followUps(currentActor.require(), status, paging), paging, e -> e);
  }

  @Operation(summary = "A supervisor urges an open follow-up; the section chief is notified")
  @POST
  @Path("/{id}/urge")
  @Consumes(MediaType.APPLICATION_JSON)
  public EvaluationView urge(@PathParam("id") long id, UrgeRequest request) {
    return followUps.urge(currentActor.require(), id, request == null ? null : request.note());
  }
}
