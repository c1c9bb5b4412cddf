package cn.oneseal.web.api;

import cn.oneseal.application.ApplicationDraftService;
import cn.oneseal.application.Submission;
import cn.oneseal.application.dto.ApplicationDraftView;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.application.ApplicationDraft;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.web.api.ApiRepresentations.SubmitResponse;
import cn.oneseal.web.api.ApiRepresentations.UploadJson;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.workflow.licensing.ApplicationDraftWorkflow;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Drafts of ordinary applications (申请草稿) of the signed-in citizen — every item but business
 * registration, which has its own drafts ({@code /api/registrations}): create, save (every
 * malformed answer reported at once, nothing half-saved), read with what is still missing, save and
 * remove files, discard, and file (with an {@code Idempotency-Key}, as {@code POST
 * /api/applications}). Someone else's draft answers 404, as one that does not exist.
 */
@Path("/application-drafts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationDraftResource {

  @Inject CurrentActor currentActor;

  @Inject ApplicationDraftService drafts;

  @Inject ApplicationDraftWorkflow workflow;

  /** The answers of the generic form; blank or absent is "not answered yet". */
  public record AnswersRequest(
      @Size(max = 200) String applicantName,
      @Size(max = 32) String contactPhone,
      @Size(max = 2000) String description,
      @Size(max = 18) String creditCode,
      Boolean commitment) {

    ApplicationDraft.Answers answers() {
      return new ApplicationDraft.Answers(applicantName, contactPhone, description, creditCode);
    }

    boolean onCommitment() {
      return Boolean.TRUE.equals(commitment);
    }
  }

  /** A new draft of the item {@code itemCode}, with whatever answers are already known. */
  public record CreateRequest(
      @Size(max = 64) String itemCode,
      @Size(max = 200) String applicantName,
      @Size(max = 32) String contactPhone,
      @Size(max = 2000) String description,
      @Size(max = 18) String creditCode,
      Boolean commitment) {}

  @Operation(summary = "Starts a draft of an ordinary application for the signed-in citizen")
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(CreateRequest request) {
    if (request == null) {
      throw DomainException.invalid("error.form.missing");
    }
    ApplicationDraftView draft =
        drafts.create(
            currentActor.require(),
            request.itemCode(),
            new ApplicationDraft.Answers(
                request.applicantName(),
                request.contactPhone(),
                request.description(),
                request.creditCode()),
            Boolean.TRUE.equals(request.commitment()));
    return Response.created(UriBuilder.fromPath("application-drafts/{id}").build(draft.id()))
        .entity(draft)
        .build();
  }

  @Operation(summary = "A page of my unsent application drafts, the latest changed first")
  @GET
  public Page<ApplicationDraftView> mine(@BeanParam PageRequest page) {
    Actor actor = currentActor.require();
    return Page.of(drafts.mine(actor), page.unsorted());
  }

  @Operation(summary = "One of my application drafts, with what is still missing")
  @GET
  @Path("/{id}")
  public ApplicationDraftView get(@PathParam("id") long id) {
    return drafts.get(currentActor.require(), id);
  }

  @Operation(summary = "Saves the answers of an application draft (all or nothing)")
  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ApplicationDraftView save(@PathParam("id") long id, AnswersRequest request) {
    if (request == null) {
      throw DomainException.invalid("error.form.missing");
    }
    return drafts.update(currentActor.require(), id, request.answers(), request.onCommitment());
  }

  @Operation(summary = "Discards an application draft and its files")
  @DELETE
  @Path("/{id}")
  public Response discard(@PathParam("id") long id) {
    drafts.discard(currentActor.require(), id);
    return Response.noContent().build();
  }

  @Operation(summary = "Saves a file with an application draft (checked as a filing checks it)")
  @POST
  @Path("/{id}/materials")
  @Consumes(MediaType.APPLICATION_JSON)
  public ApplicationDraftView attach(@PathParam("id") long id, UploadJson file) {
    Actor actor = currentActor.require();
    if (file == null) {
      throw DomainException.invalid("error.form.missing");
    }
    return drafts.attach(actor, id, file.toUpload("material"));
  }

  @Operation(summary = "Removes a file from an application draft")
  @DELETE
  @Path("/{id}/materials/{materialId}")
  public ApplicationDraftView detach(
      @PathParam("id") long id, @PathParam("materialId") String materialId) {
    Actor actor = currentActor.require();
    long material;
    try {
      material = Long.parseLong(materialId);
    } catch (NumberFormatException e) {
      // not a number is not a material of the draft: the same answer as for one that is not there
      drafts.get(actor, id);
      throw DomainException.notFound("error.draft.materialNotFound", materialId);
    }
    return drafts.detach(actor, id, material);
  }

  /**
   * Files the complete draft: 201 with the application's number, 200 with the same number when the
   * draft was filed before; an incomplete draft answers 400 with every problem and its field. The
   * {@code Idempotency-Key} header is required, as for {@code POST /api/applications}.
   */
  @Operation(summary = "Files a complete application draft (Idempotency-Key required)")
  @POST
  @Path("/{id}/submit")
  public Response submit(
      @PathParam("id") long id, @HeaderParam("Idempotency-Key") String idempotencyKey) {
    Submission submission = workflow.submit(currentActor.require(), id, idempotencyKey);
    return SubmitResponse.answer(submission);
  }
}
