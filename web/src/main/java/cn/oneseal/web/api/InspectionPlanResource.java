package cn.oneseal.web.api;

import cn.oneseal.application.MaterialFile;
import cn.oneseal.application.Paging;
import cn.oneseal.application.SpotCheckService;
import cn.oneseal.application.dto.DrawDocument;
import cn.oneseal.application.dto.InspectionAssignmentView;
import cn.oneseal.application.dto.InspectionPlanView;
import cn.oneseal.web.api.ApiRepresentations.UploadJson;
import cn.oneseal.web.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * 双随机一公开 (docs/inspections.md): plans, their draws and published results are public; the
 * supervision creates a plan, fixes its pools (their hashes public before the draw) and draws; the
 * inspectors drawn for a subject record its result, which the supervision publishes.
 */
@Path("/inspection-plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InspectionPlanResource {

  /** A new plan: one department or more (a joint inspection), a count or a percentage. */
  public record PlanRequest(
      @Size(max = 200) String name,
      @Size(max = 20) List<@Size(max = 32) String> departments,
      @Size(max = 50) List<@Size(max = 64) String> itemCodes,
      @Size(max = 20) List<@Size(max = 32) String> entityTypes,
      @Size(max = 6) String areaPrefix,
      Integer sampleCount,
      Integer samplePercent,
      LocalDate periodFrom,
      LocalDate periodTo) {}

  /** The draw's public seed, entered at the draw (e.g. an index's published closing value). */
  public record DrawRequest(@Size(max = 256) String seed) {}

  /** An inspection's result: outcome {@code no_problem}, {@code rectify} or {@code transferred}. */
  public record ResultRequest(
      @Size(max = 16) String outcome,
      @Size(max = 4000) String findings,
      LocalDate rectifyUntil,
      LocalDate inspectedOn,
      @Size(max = 20) List<@Valid UploadJson> photos) {}

  @Inject CurrentActor currentActor;

  @Inject SpotCheckService spotChecks;

  @Operation(summary = "A page of the inspection plans, latest first (public)")
  @GET
  public Page<InspectionPlanView> list(@BeanParam PageRequest page) {
    Paging paging = page.unsorted();
    return Page.of(spotChecks.plans(paging), paging, p -> p);
  }

  @Operation(summary = "One plan: scope, departments, sample, period, state, pool hashes (public)")
  @GET
  @Path("/{id}")
  public InspectionPlanView get(@PathParam("id") long id) {
    return spotChecks.plan(id);
  }

  @Operation(
      summary =
          "The draw: seed, algorithm, both pools, recusal pairs, hashes and selection"
              + " (public; 404 before the draw)")
  @GET
  @Path("/{id}/draw")
  public DrawDocument draw(@PathParam("id") long id) {
    return spotChecks.drawDocument(id);
  }

  @Operation(summary = "The drawn subjects with their inspectors and published results (public)")
  @GET
  @Path("/{id}/results")
  public Page<InspectionAssignmentView> results(
      @PathParam("id") long id, @BeanParam PageRequest page) {
    Paging paging = page.unsorted();
    return Page.of(spotChecks.results(currentActor.optional().orElse(null), id), paging);
  }

  @Operation(summary = "A photo of a published result (or, for its inspectors, of their own)")
  @GET
  @Path("/{id}/photos/{photo}")
  @Produces({"image/jpeg", "image/png", "image/webp", MediaType.APPLICATION_JSON})
  public Response photo(@PathParam("id") long id, @PathParam("photo") long photoId) {
    MaterialFile photo = spotChecks.photo(currentActor.optional().orElse(null), id, photoId);
    return Response.ok(photo.content(), photo.contentType())
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  @Operation(summary = "The supervision creates a plan (draft)")
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(PlanRequest body) {
    PlanRequest r =
        body == null ? new PlanRequest(null, null, null, null, null, null, null, null, null) : body;
    InspectionPlanView created =
        spotChecks.create(
            currentActor.require(),
            new SpotCheckService.PlanRequest(
                r.name(),
                r.departments(),
                r.itemCodes(),
                r.entityTypes(),
                r.areaPrefix(),
                r.sampleCount(),
                r.samplePercent(),
                r.periodFrom(),
                r.periodTo()));
    return Response.created(UriBuilder.fromPath("inspection-plans/{id}").build(created.id()))
        .entity(created)
        .build();
  }

  @Operation(summary = "The supervision fixes the pools; their hashes are public from now on")
  @POST
  @Path("/{id}/pools")
  public InspectionPlanView fixPools(@PathParam("id") long id) {
    return spotChecks.fixPools(currentActor.require(), id);
  }

  @Operation(summary = "The supervision draws with a public seed")
  @POST
  @Path("/{id}/draw")
  @Consumes(MediaType.APPLICATION_JSON)
  public InspectionPlanView draw(@PathParam("id") long id, DrawRequest body) {
    return spotChecks.draw(currentActor.require(), id, body == null ? null : body.seed());
  }

  @Operation(summary = "An inspector drawn for the subject records the result")
  @POST
  @Path("/{id}/results/{subject}")
  @Consumes(MediaType.APPLICATION_JSON)
  public InspectionAssignmentView record(
      @PathParam("id") long id, @PathParam("subject") String subject, ResultRequest body) {
    ResultRequest r = body == null ? new ResultRequest(null, null, null, null, null) : body;
    return spotChecks.record(
        currentActor.require(),
        id,
        subject,
        new SpotCheckService.ResultRequest(
            r.outcome(), r.findings(), r.rectifyUntil(), r.inspectedOn()),
        UploadJson.toUploads("photos", r.photos()));
  }

  @Operation(summary = "The supervision publishes a recorded result")
  @POST
  @Path("/{id}/results/{subject}/publish")
  public InspectionAssignmentView publish(
      @PathParam("id") long id, @PathParam("subject") String subject) {
    return spotChecks.publish(currentActor.require(), id, subject);
  }
}
