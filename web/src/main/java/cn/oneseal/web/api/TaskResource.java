package cn.oneseal.web.api;

import cn.oneseal.application.Paging;
import cn.oneseal.application.credit.CreditCheckService;
import cn.oneseal.application.dto.DecisionPreview;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.web.api.ApiRepresentations.CompleteRequest;
import cn.oneseal.web.api.ApiRepresentations.CompletionJson;
import cn.oneseal.web.api.ApiRepresentations.ReassignRequest;
import cn.oneseal.web.api.ApiRepresentations.TaskJson;
import cn.oneseal.web.api.ApiRepresentations.TaskOperationRequest;
import cn.oneseal.web.api.ApiRepresentations.UploadJson;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.workflow.step.StepDefinition.StepForm;
import cn.oneseal.workflow.task.Completion;
import cn.oneseal.workflow.task.Inbox;
import cn.oneseal.workflow.task.InboxFilter;
import cn.oneseal.workflow.task.TaskActs;
import cn.oneseal.workflow.task.WorkItem;
import cn.oneseal.workflow.task.Workbench;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The staff's work: the tasks they may do, claiming and releasing them, and completing a step with
 * its outcome. A task claimed or completed by someone else answers 409.
 */
@Path("/tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

  @Inject CreditCheckService creditChecks;

  @Inject CurrentActor currentActor;

  @Inject Inbox inbox;

  @Inject TaskActs acts;

  @Inject Workbench workbench;

  /**
   * How task lists may be sorted: {@code deadline} (the step's deadline, then age) and {@code
   * created}; here for one case's open tasks (a few), sorted and sliced in memory. The inbox and
   * the workload are sorted and sliced in the database ({@link Inbox#sortable}).
   */
  static final Map<String, Comparator<TaskJson>> SORTS =
      Map.of(
          "deadline",
          Comparator.comparing(
                  TaskJson::deadline, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
              .thenComparing(TaskJson::created),
          "created",
          Comparator.comparing(TaskJson::created));

  /**
   * A page of my tasks and my section's unclaimed ones, soonest deadline first; filters: {@code
   * item} (code), {@code step}, {@code card} (none / yellow / red); {@code sort=created} for oldest
   * first, {@code sort=deadline,desc} for the latest deadline first.
   */
  @Operation(summary = "A page of my tasks and my section's unclaimed ones, soonest deadline first")
  @GET
  public Page<TaskJson> inbox(
      @QueryParam("item") String item,
      @QueryParam("step") String step,
      @QueryParam("card") String card,
      @BeanParam PageRequest page) {
    Actor actor = currentActor.require();
    if (card != null && !card.isBlank() && !Set.of("none", "yellow", "red").contains(card)) {
      throw DomainException.invalidField("card", "error.task.cardFilter", card);
    }
    Paging paging = page.toPaging(Inbox.sortable());
    // counted and sliced in the database
    return Page.of(
        inbox.inbox(actor, new InboxFilter(item, step, card, null), paging), paging, TaskJson::of);
  }

  /** The section's workload (chief) or the bureau's (director): every open task with its clock. */
  @Operation(
      summary =
          "The section's workload (chief) or the bureau's (director): every open task with its clock")
  @GET
  @Path("/workload")
  public Page<TaskJson> workload(@BeanParam PageRequest page) {
    Actor actor = currentActor.require();
    Paging paging = page.toPaging(Inbox.sortable());
    return Page.of(workbench.workload(actor, InboxFilter.all(), paging), paging, TaskJson::of);
  }

  /** The chief's bulk reassignment of tasks to a colleague, with a comment. */
  @Operation(summary = "The chief's bulk reassignment of tasks to a colleague, with a comment")
  @POST
  @Path("/reassign")
  @Consumes(MediaType.APPLICATION_JSON)
  public Map<String, Integer> reassign(ReassignRequest request) {
    ReassignRequest body = request == null ? new ReassignRequest(null, null, null) : request;
    int done =
        workbench.reassign(currentActor.require(), body.taskIds(), body.to(), body.comment());
    return Map.of("reassigned", done);
  }

  @Operation(summary = "Transfers the task to a colleague, with a comment")
  @POST
  @Path("/{id}/transfer")
  @Consumes(MediaType.APPLICATION_JSON)
  public TaskJson transfer(@PathParam("id") String id, TaskOperationRequest request) {
    TaskOperationRequest body = orEmpty(request);
    return TaskJson.of(workbench.transfer(currentActor.require(), id, body.to(), body.comment()));
  }

  @Operation(summary = "Delegates the task to a colleague, who gives it back when done")
  @POST
  @Path("/{id}/delegate")
  @Consumes(MediaType.APPLICATION_JSON)
  public TaskJson delegate(@PathParam("id") String id, TaskOperationRequest request) {
    TaskOperationRequest body = orEmpty(request);
    return TaskJson.of(workbench.delegate(currentActor.require(), id, body.to(), body.comment()));
  }

  /** The delegate gives the task back to its owner. */
  @Operation(summary = "The delegate gives the task back to its owner")
  @POST
  @Path("/{id}/resolve")
  @Consumes(MediaType.APPLICATION_JSON)
  public TaskJson resolve(@PathParam("id") String id, TaskOperationRequest request) {
    return TaskJson.of(workbench.resolve(currentActor.require(), id, orEmpty(request).comment()));
  }

  /** Returns the case to the review; answers the new review task's id. */
  @Operation(summary = "Returns the case to the review; answers the new review task's id")
  @POST
  @Path("/{id}/return")
  @Consumes(MediaType.APPLICATION_JSON)
  public Map<String, String> returnToReview(
      @PathParam("id") String id, TaskOperationRequest request) {
    String review =
        workbench.returnToReview(currentActor.require(), id, orEmpty(request).comment());
    return Map.of("reviewTaskId", String.valueOf(review));
  }

  @Operation(summary = "Urges the holder of an open step, with a comment")
  @POST
  @Path("/{id}/urge")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response urge(@PathParam("id") String id, TaskOperationRequest request) {
    workbench.urge(currentActor.require(), id, orEmpty(request).comment());
    return Response.noContent().build();
  }

  private static TaskOperationRequest orEmpty(TaskOperationRequest request) {
    return request == null ? new TaskOperationRequest(null, null) : request;
  }

  @Operation(summary = "One task I may see, with its step and clock")
  @GET
  @Path("/{id}")
  public TaskJson get(@PathParam("id") String id) {
    Actor actor = currentActor.require();
    WorkItem task = inbox.task(actor, id);
    TaskJson json = TaskJson.of(task);
    if (task.definition().form() == StepForm.DECISION) {
      // the director sees the credit check before deciding (seed §25)
      return json.withCredit(creditChecks.check(actor, task.applicationNumber()));
    }
    return json;
  }

  /**
   * The decision document that completing this decision step with {@code outcome} and {@code
   * opinion} would seal, as the seal will stamp it but unsealed: the director's preview. The
   * director whom the step admits only; to anyone else the task does not exist (404). A read of the
   * case on the audit trail.
   */
  @Operation(
      summary =
          "The decision document this decision step would seal, unsealed (the director's preview)")
  @GET
  @Path("/{id}/decision-preview")
  public DecisionPreview decisionPreview(
      @PathParam("id") String id,
      @QueryParam("outcome") String outcome,
      @QueryParam("opinion") String opinion) {
    return acts.previewDecision(currentActor.require(), id, outcome, opinion);
  }

  @Operation(summary = "Claims the task: it becomes mine")
  @POST
  @Path("/{id}/claim")
  public TaskJson claim(@PathParam("id") String id) {
    return TaskJson.of(acts.claim(currentActor.require(), id));
  }

  @Operation(summary = "Releases my claimed task back to the section")
  @POST
  @Path("/{id}/release")
  public TaskJson release(@PathParam("id") String id) {
    acts.release(currentActor.require(), id);
    return TaskJson.of(inbox.task(currentActor.require(), id));
  }

  @Operation(summary = "Completes the step with its outcome, opinion and files")
  @POST
  @Path("/{id}/complete")
  @Consumes(MediaType.APPLICATION_JSON)
  public CompletionJson complete(@PathParam("id") String id, CompleteRequest request) {
    CompleteRequest body =
        request == null ? new CompleteRequest(null, null, null, null, null, null, null) : request;
    Completion done =
        acts.complete(
            currentActor.require(),
            id,
            body.outcome(),
            body.opinion(),
            body.missing(),
            body.inspectors(),
            UploadJson.toUploads("photos", body.photos()),
            body.overrideReason(),
            body.rectificationDays());
    return new CompletionJson(done.applicationNumber(), done.status());
  }
}
