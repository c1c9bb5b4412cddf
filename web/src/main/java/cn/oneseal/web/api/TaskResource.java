package cn.oneseal.web.api;

import cn.oneseal.web.api.ApiRepresentations.CompleteRequest;
import cn.oneseal.web.api.ApiRepresentations.CompletionJson;
import cn.oneseal.web.api.ApiRepresentations.TaskJson;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.workflow.licensing.LicensingWorkflow;
import cn.oneseal.workflow.task.Completion;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The staff's work: the tasks they may do, claiming and releasing them, and completing a step with
 * its outcome. A task claimed or completed by someone else answers 409.
 */
@Path("/tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

  @Inject CurrentActor currentActor;

  @Inject LicensingWorkflow workflow;

  @GET
  public List<TaskJson> inbox() {
    return workflow.inbox(currentActor.require()).stream().map(TaskJson::of).toList();
  }

  @GET
  @Path("/{id}")
  public TaskJson get(@PathParam("id") String id) {
    return TaskJson.of(workflow.task(currentActor.require(), id));
  }

  @POST
  @Path("/{id}/claim")
  public TaskJson claim(@PathParam("id") String id) {
    return TaskJson.of(workflow.claim(currentActor.require(), id));
  }

  @POST
  @Path("/{id}/release")
  public TaskJson release(@PathParam("id") String id) {
    workflow.release(currentActor.require(), id);
    return TaskJson.of(workflow.task(currentActor.require(), id));
  }

  @POST
  @Path("/{id}/complete")
  @Consumes(MediaType.APPLICATION_JSON)
  public CompletionJson complete(@PathParam("id") String id, CompleteRequest request) {
    CompleteRequest body = request == null ? new CompleteRequest(null, null, null) : request;
    Completion done =
        workflow.complete(
            currentActor.require(), id, body.outcome(), body.opinion(), body.missing());
    return new CompletionJson(done.applicationNumber(), done.status());
  }
}
