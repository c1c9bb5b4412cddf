package cn.oneseal.web.api;

import cn.oneseal.application.NotificationService;
import cn.oneseal.application.Paging;
import cn.oneseal.application.dto.NotificationView;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.web.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The signed-in person's own notifications (any role): the list, the unread count for a badge, and
 * marking them read. Someone else's notification answers 404, an anonymous caller 401.
 */
@Path("/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

  /** One notification; {@code kind} is e.g. {@code taskUrged}. */
  public record NotificationJson(
      long id,
      String kind,
      String applicationNumber,
      String taskId,
      String step,
      String detail,
      Instant createdAt,
      boolean read) {

    static NotificationJson of(NotificationView n) {
      return new NotificationJson(
          n.id(),
          n.kind(),
          n.applicationNumber(),
          n.taskId(),
          n.step(),
          n.detail(),
          n.createdAt(),
          n.read());
    }
  }

  public record UnreadJson(long unread) {}

  @Inject CurrentActor currentActor;

  @Inject NotificationService notifications;

  /** A page of my notifications, latest first ({@code sort=createdAt,asc} for oldest first). */
  @Operation(
      summary = "A page of my notifications, latest first (sort=createdAt,asc for oldest first)")
  @GET
  public Page<NotificationJson> mine(
      @QueryParam("unread") boolean unreadOnly, @BeanParam PageRequest page) {
    Actor actor = currentActor.require();
    Paging paging = page.toPaging(NotificationService.SORTABLE);
    return Page.of(notifications.minePage(actor, unreadOnly, paging), paging, NotificationJson::of);
  }

  @Operation(summary = "How many of my notifications are unread")
  @GET
  @Path("/count")
  public UnreadJson count() {
    return new UnreadJson(notifications.unreadCount(currentActor.require()));
  }

  @Operation(summary = "Marks one of my notifications read")
  @POST
  @Path("/{id}/read")
  public Response markRead(@PathParam("id") long id) {
    notifications.markRead(currentActor.require(), id);
    return Response.noContent().build();
  }

  @Operation(summary = "Marks all my notifications read")
  @POST
  @Path("/read-all")
  public Response markAllRead() {
    notifications.markAllRead(currentActor.require());
    return Response.noContent().build();
  }
}
