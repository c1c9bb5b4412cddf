package cn.oneseal.web.api;

import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.web.api.ApiRepresentations.CompleteRequest;
import cn.oneseal.web.api.ApiRepresentations.CompletionJson;
import cn.oneseal.web.api.ApiRepresentations.ReassignRequest;
import cn.oneseal.web.api.ApiRepresentations.TaskJson;
import cn.oneseal.web.api.ApiRepresentations.TaskOperationRequest;
import cn.oneseal.web.api.ApiRepresentations.UploadJson;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.workflow.task.Completion;
import cn.oneseal.workflow.task.Inbox;
import cn.oneseal.workflow.task.InboxFilter;
import cn.oneseal.workflow.task.TaskActs;
import cn.oneseal.workflow.task.Workbench;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The staff's work: the tasks they may do, claiming and releasing them, and completing a step with
 * its outcome. A task claimed or completed by someone else answers 409.
 */
@Path("/tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

  @Inject CurrentActor currentActor;

  @Inject Inbox inbox;

  @Inject TaskActs acts;

  @Inject Workbench workbench;

  /**
   * My tasks and my section's unclaimed ones, soonest deadline first; filters: {@code item} (code),
   * {@code step}, {@code card} (none / yellow / red); {@code sort=created} for oldest first.
   */
  @GET
  public List<TaskJson> inbox(
      @QueryParam("item") String item,
      @QueryParam("step") String step,
      @QueryParam("card") String card,
      @QueryParam("sort") String sort) {
    if (card != null && !card.isBlank() && !Set.of("none", "yellow", "red").contains(card)) {
      throw DomainException.invalid("error.task.cardFilter", card);
    }
    return inbox.inbox(currentActor.require(), new InboxFilter(item, step, card, sort)).stream()
        .map(TaskJson::of)
        .toList();
  }

  /** The section's workload (chief) or the bureau's (director): every open task with its clock. */
  @GET
  @Path("/workload")
  public List<TaskJson> workload() {
    return workbench.workload(currentActor.require()).stream().map(TaskJson::of).toList();
  }

  /** The chief's bulk reassignment of tasks to a colleague, with a comment. */
  @POST
  @Path("/reassign")
  @Consumes(MediaType.APPLICATION_JSON)
  public Map<String, Integer> reassign(ReassignRequest request) {
    ReassignRequest body = request == null ? new ReassignRequest(null, null, null) : request;
    int done =
        workbench.reassign(currentActor.require(), body.taskIds(), body.to(), body.comment());
    return Map.of("reassigned", done);
  }

  @POST
  @Path("/{id}/transfer")
  @Consumes(MediaType.APPLICATION_JSON)
  public TaskJson transfer(@PathParam("id") String id, TaskOperationRequest request) {
    TaskOperationRequest body = orEmpty(request);
    return TaskJson.of(workbench.transfer(currentActor.require(), id, body.to(), body.comment()));
  }

  @POST
  @Path("/{id}/delegate")
  @Consumes(MediaType.APPLICATION_JSON)
  public TaskJson delegate(@PathParam("id") String id, TaskOperationRequest request) {
    TaskOperationRequest body = orEmpty(request);
    return TaskJson.of(workbench.delegate(currentActor.require(), id, body.to(), body.comment()));
  }

  /** The delegate gives the task back to its owner. */
  @POST
  @Path("/{id}/resolve")
  @Consumes(MediaType.APPLICATION_JSON)
  public TaskJson resolve(@PathParam("id") String id, TaskOperationRequest request) {
    return TaskJson.of(workbench.resolve(currentActor.require(), id, orEmpty(request).comment()));
  }

  /** Returns the case to the review; answers the new review task's id. */
  @POST
  @Path("/{id}/return")
  @Consumes(MediaType.APPLICATION_JSON)
  public Map<String, String> returnToReview(
      @PathParam("id") String id, TaskOperationRequest request) {
    String review =
        workbench.returnToReview(currentActor.require(), id, orEmpty(request).comment());
    return Map.of("reviewTaskId", String.valueOf(review));
  }

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

  @GET
  @Path("/{id}")
  public TaskJson get(@PathParam("id") String id) {
    return TaskJson.of(inbox.task(currentActor.require(), id));
  }

  @POST
  @Path("/{id}/claim")
  public TaskJson claim(@PathParam("id") String id) {
    return TaskJson.of(acts.claim(currentActor.require(), id));
  }

  @POST
  @Path("/{id}/release")
  public TaskJson release(@PathParam("id") String id) {
    acts.release(currentActor.require(), id);
    return TaskJson.of(inbox.task(currentActor.require(), id));
  }

  @POST
  @Path("/{id}/complete")
  @Consumes(MediaType.APPLICATION_JSON)
  public CompletionJson complete(@PathParam("id") String id, CompleteRequest request) {
    CompleteRequest body =
        request == null ? new CompleteRequest(null, null, null, null, null) : request;
    Completion done =
        acts.complete(
            currentActor.require(),
            id,
            body.outcome(),
            body.opinion(),
            body.missing(),
            body.inspectors(),
            UploadJson.toUploads(body.photos()));
    return new CompletionJson(done.applicationNumber(), done.status());
  }
}
