package cn.oneseal.web.api;

import cn.oneseal.application.DeregistrationService;
import cn.oneseal.application.DeregistrationService.Declarations;
import cn.oneseal.application.DeregistrationService.Filed;
import cn.oneseal.application.DeregistrationService.Filing;
import cn.oneseal.application.deregistration.DeregistrationViews.DeregistrationView;
import cn.oneseal.application.deregistration.DeregistrationViews.EligibilityView;
import cn.oneseal.application.deregistration.DeregistrationViews.ObjectionView;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.deregistration.DeregistrationPath;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.web.api.ApiRepresentations.UploadJson;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.workflow.deregistration.DeregistrationWorkflow;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Deregistration (注销登记, docs/deregistration.md) for the citizen who registered the business: its
 * eligibility for the simplified path, the filing (simplified with the investors' commitment, or
 * ordinary with the liquidation report), its state, and the filing after the public notice. The
 * registration section reads a case's objections.
 */
@Path("/deregistrations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeregistrationResource {

  /**
   * A filing. {@code path}: {@code simple} (default) or {@code ordinary}; the three declarations
   * are the applicant's own (the simplified path needs all three); {@code materials}: the ordinary
   * path's liquidation report ({@code requirement} {@code liquidation-report}).
   */
  public record FilingRequest(
      @Size(max = 18) String creditCode,
      @Size(max = 16) String path,
      Boolean noDebts,
      Boolean notListedCompany,
      Boolean noFrozenEquity,
      @Size(max = 20) List<@Valid UploadJson> materials) {}

  @Inject CurrentActor currentActor;

  @Inject DeregistrationService deregistrations;

  @Inject DeregistrationWorkflow workflow;

  /**
   * Whether the citizen's business may take the simplified path: every failed condition (the
   * records', and the declarations given as query parameters), the investors who commit, whether a
   * notice runs first, and the deregistration under way. Someone else's business answers 404.
   */
  @Operation(summary = "The eligibility of one's business for the simplified deregistration")
  @GET
  @Path("/eligibility")
  public EligibilityView eligibility(
      @QueryParam("code") String code,
      @QueryParam("noDebts") boolean noDebts,
      @QueryParam("notListedCompany") boolean notListedCompany,
      @QueryParam("noFrozenEquity") boolean noFrozenEquity) {
    Actor actor = currentActor.require();
    return deregistrations.eligibility(
        actor, code, new Declarations(noDebts, notListedCompany, noFrozenEquity));
  }

  /** The deregistrations of the citizen's business, latest first. */
  @Operation(summary = "The deregistrations of one's business, latest first")
  @GET
  public List<DeregistrationView> ofBusiness(@QueryParam("code") String code) {
    return deregistrations.ofBusiness(currentActor.require(), code);
  }

  /**
   * Files a deregistration: 201 with the deregistration; 400 with every reason the simplified path
   * is closed (the ordinary path stays open), 409 while another runs.
   */
  @Operation(summary = "Files a deregistration (simplified with the commitment, or ordinary)")
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response file(FilingRequest request) {
    Actor actor = currentActor.require();
    if (request == null) {
      throw DomainException.invalid("error.form.missing");
    }
    DeregistrationPath path;
    try {
      path =
          request.path() == null
              ? DeregistrationPath.SIMPLE
              : DeregistrationPath.valueOf(request.path().strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw DomainException.invalidField("path", "error.deregistration.path", request.path());
    }
    Filed filed =
        workflow.file(
            actor,
            new Filing(
                request.creditCode(),
                path,
                new Declarations(
                    Boolean.TRUE.equals(request.noDebts()),
                    Boolean.TRUE.equals(request.notListedCompany()),
                    Boolean.TRUE.equals(request.noFrozenEquity())),
                UploadJson.toUploads("materials", request.materials())));
    return Response.created(
            UriBuilder.fromPath("deregistrations/{n}").build(filed.view().applicationNumber()))
        .entity(filed.view())
        .build();
  }

  /** One deregistration, by its application number (its applicant, staff who may read the case). */
  @Operation(summary = "One deregistration by its application number")
  @GET
  @Path("/{number}")
  public DeregistrationView one(@PathParam("number") String number) {
    return deregistrations.of(currentActor.require(), number);
  }

  /**
   * The business files its deregistration application within 20 days after the notice ended; 409 at
   * any other time.
   */
  @Operation(summary = "Files the deregistration application after the public notice")
  @POST
  @Path("/{number}/filing")
  public DeregistrationView fileAfterNotice(@PathParam("number") String number) {
    return workflow.fileApplication(currentActor.require(), number);
  }

  /** The objections to the case's notice, with the objectors' contacts (staff only). */
  @Operation(summary = "The objections to a deregistration's public notice (staff)")
  @GET
  @Path("/{number}/objections")
  public List<ObjectionView> objections(@PathParam("number") String number) {
    return deregistrations.objections(currentActor.require(), number);
  }
}
