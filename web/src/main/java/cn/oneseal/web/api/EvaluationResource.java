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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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

  /**
   * A rating as the API shows it; {@code followUp} is {@code none}, {@code open} or {@code
   * answered}; the staff's fields ({@code followUpTask}, {@code answeredBy}, {@code handlers}) are
   * left out for the applicant.
   */
  public record EvaluationJson(
      long id,
      String applicationNumber,
      String itemCode,
      String sectionCode,
      int level,
      String comment,
      String step,
      Instant ratedAt,
      String followUp,
      String followUpTask,
      LocalDate followUpDue,
      String card,
      String answer,
      Instant answeredAt,
      String answeredBy,
      List<String> handlers,
      int urgeCount,
      Instant lastUrgedAt) {

    static EvaluationJson of(EvaluationView e) {
      return new EvaluationJson(
          e.id(),
          e.applicationNumber(),
          e.itemCode(),
          e.sectionCode(),
          e.level(),
          e.comment(),
          e.step(),
          e.ratedAt(),
          e.followUp(),
          e.followUpTask(),
          e.followUpDue(),
          e.card(),
          e.answer(),
          e.answeredAt(),
          e.answeredBy(),
          e.handlers(),
          e.urgeCount(),
          e.lastUrgedAt());
    }
  }

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
        .entity(EvaluationJson.of(rated))
        .build();
  }

  @Operation(summary = "The case's rating and its follow-up, for those who may read the case")
  @GET
  public EvaluationJson get(@PathParam("number") String number) {
    return evaluations
        .ofCase(currentActor.require(), number)
        .map(EvaluationJson::of)
        .orElseThrow(() -> DomainException.notFound("error.evaluation.notFound", number));
  }
}
