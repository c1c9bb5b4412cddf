package cn.oneseal.web.api;

import cn.oneseal.application.EvaluationService;
import cn.oneseal.application.dto.EvaluationView;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.workflow.evaluation.EvaluationFollowUps;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * 好差评: the applicant rates an ended case once ({@code POST}); the applicant, staff who may read the
 * case and supervisors read the rating and, for a negative one, its follow-up's answer.
 */
@Path("/applications/{number}/evaluation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationResource {

  /** A rating: level 5 (非常满意) … 1 (非常不满意), an optional comment and disappointing step. */
  public record RatingRequest(
      @NotNull @Min(1) @Max(5) Integer level,
      @Size(max = 500) String comment,
      @Size(max = 64) String step) {}

  @Inject CurrentActor currentActor;

  @Inject EvaluationFollowUps followUps;

  @Inject EvaluationService evaluations;

  @Operation(
      summary =
          "The applicant rates the ended case once (level 1-5, comment, step); 1 or 2 opens a"
              + " follow-up for the section chief")
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response rate(@PathParam("number") String number, RatingRequest request) {
    Actor actor = currentActor.require();
    if (request == null) {
      throw DomainException.invalid("error.form.missing");
    }
    EvaluationView rated =
        followUps.rate(actor, number, request.level(), request.comment(), request.step());
    return Response.created(URI.create("applications/" + number + "/evaluation"))
        .entity(rated)
        .build();
  }

  @Operation(summary = "The case's rating and its follow-up, for those who may read the case")
  @GET
  public EvaluationView get(@PathParam("number") String number) {
    return evaluations
        .ofCase(currentActor.require(), number)
        .orElseThrow(() -> DomainException.notFound("error.evaluation.notFound", number));
  }
}
