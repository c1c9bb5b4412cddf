package cn.oneseal.web.api;

import cn.oneseal.application.DeregistrationService;
import cn.oneseal.application.Paging;
import cn.oneseal.application.deregistration.DeregistrationViews.NoticeView;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.workflow.deregistration.DeregistrationWorkflow;
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
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The public notices of simplified deregistrations (简易注销公告, 20 calendar days): public, found by the
 * notice's number (e.g. {@code GSJY-2026-000123}); anyone may object while one runs. The objectors'
 * names and contacts are never shown here.
 */
@Path("/public-notices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PublicNoticeResource {

  /** An objection: every field required (the limits of {@code deregistration_objection}). */
  public record ObjectionRequest(
      @Size(max = 64) String name,
      @Size(max = 128) String contact,
      @Size(max = 2000) String reason) {}

  @Inject DeregistrationService deregistrations;

  @Inject DeregistrationWorkflow workflow;

  /** A page of the notices, latest publication first. */
  @Operation(summary = "A page of the public notices of simplified deregistrations, latest first")
  @GET
  public Page<NoticeView> list(@BeanParam PageRequest page) {
    Paging paging = page.unsorted();
    return Page.of(deregistrations.notices(paging), paging, Function.identity());
  }

  /** One notice by its number; 404 for a number nobody published. */
  @Operation(summary = "One public notice by its number")
  @GET
  @Path("/{id}")
  public NoticeView one(@PathParam("id") String id) {
    return deregistrations.notice(id);
  }

  /**
   * Files an objection (异议): 201 with the notice; 400 per missing or too long field, 409 after the
   * notice, 429 (with {@code Retry-After}) after too many objections from one address.
   */
  @Operation(summary = "Files an objection to a running public notice (anyone)")
  @POST
  @Path("/{id}/objections")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response object(@PathParam("id") String id, ObjectionRequest request) {
    if (request == null) {
      throw DomainException.invalid("error.form.missing");
    }
    NoticeView notice = workflow.object(id, request.name(), request.contact(), request.reason());
    return Response.status(Response.Status.CREATED).entity(notice).build();
  }
}
