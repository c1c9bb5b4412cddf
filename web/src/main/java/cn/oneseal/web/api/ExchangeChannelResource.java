package cn.oneseal.web.api;

import cn.oneseal.application.DepartmentPushService;
import cn.oneseal.application.dto.ChannelConnection;
import cn.oneseal.application.dto.ChannelInfo;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.web.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The data-sharing channels to the integrated departments: staff see which are down, an
 * administrator opens or closes one (a department's maintenance window) with a note.
 */
@Path("/admin/exchange-channels")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ExchangeChannelResource {

  @Inject CurrentActor currentActor;

  @Inject DepartmentPushService pushes;

  public record ChannelRequest(Boolean available, @Size(max = 256) String note) {}

  /**
   * How the channel sends: {@code mode} simulated or https; for https the department's {@code
   * endpointUrl} (https; http only to localhost), {@code keyId}, {@code secret} (at least 32
   * characters; left out keeps the one set; never shown back) and {@code timeoutSeconds} (1–60).
   */
  public record ConnectionRequest(
      @Size(max = 16) String mode,
      @Size(max = 512) String endpointUrl,
      @Size(max = 64) String keyId,
      @Size(max = 256) String secret,
      Integer timeoutSeconds) {}

  /** The channels (one per integrated department, a short list), in their natural order. */
  @Operation(
      summary =
          "The channels (one per integrated department, a short list), in their natural order")
  @GET
  public Page<ChannelInfo> list(@BeanParam PageRequest page) {
    Actor actor = currentActor.require();
    return Page.of(pushes.channels(actor), page.unsorted());
  }

  @Operation(summary = "Changes a department's exchange channel")
  @PUT
  @Path("/{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ChannelInfo change(@PathParam("code") String code, ChannelRequest request) {
    if (request == null || request.available() == null) {
      throw DomainException.invalid("error.channel.availableRequired");
    }
    return pushes.changeChannel(currentActor.require(), code, request.available(), request.note());
  }

  /** An administrator sets how the channel sends (audited; the secret is never answered). */
  @Operation(
      summary = "Set a channel's mode, endpoint, key id, secret and timeout (system administrator)")
  @PUT
  @Path("/{code}/connection")
  @Consumes(MediaType.APPLICATION_JSON)
  public ChannelInfo connect(@PathParam("code") String code, ConnectionRequest request) {
    Actor actor = currentActor.require();
    if (request == null) {
      throw DomainException.invalidField("mode", "error.channel.mode");
    }
    return pushes.configureChannel(
        actor,
        code,
        new ChannelConnection(
            request.mode(),
            request.endpointUrl(),
            request.keyId(),
            request.secret(),
            request.timeoutSeconds()));
  }
}
