package cn.oneseal.web.api;

import cn.oneseal.application.TwoFactorService;
import cn.oneseal.infrastructure.config.OneSealConfig;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.security.SourceAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The security administrator's part of the second factor: resetting a person's (a lost phone), who
 * then enrols again at their next page sign-in.
 */
@Path("/admin/users/{username}/two-factor")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TwoFactorAdminResource {

  @Inject CurrentActor currentActor;

  @Inject TwoFactorService twoFactor;

  @Inject OneSealConfig config;

  @Context HttpServletRequest request;

  @POST
  @Path("/reset")
  @Operation(summary = "Reset a person's second factor (security administrator)")
  public Response reset(@PathParam("username") String username) {
    twoFactor.reset(
        currentActor.require(), username, SourceAddress.of(request, config.trustedProxies()));
    return Response.noContent().build();
  }
}
