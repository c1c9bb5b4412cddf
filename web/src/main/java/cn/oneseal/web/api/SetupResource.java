package cn.oneseal.web.api;

import cn.oneseal.application.InstallationSetup;
import cn.oneseal.application.dto.AccountView;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.web.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The first system administrator of a fresh installation, created with the one-time setup token
 * that the server prints in its log ({@link InstallationSetup}); closed (409) once one exists.
 */
@Path("/setup")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SetupResource {

  @Inject CurrentActor currentActor;

  @Inject InstallationSetup setup;

  public record SetupRequest(
      @Size(max = 64) String token,
      @Size(max = 64) String username,
      @Size(max = 128) String displayName,
      @Size(max = 128) String password) {}

  @Operation(summary = "Create the first system administrator with the one-time setup token")
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  /** Create the first system administrator with the one-time setup token. */
  public Response setup(SetupRequest request) {
    if (request == null) {
      throw DomainException.invalid("error.form.missing");
    }
    AccountView created =
        setup.complete(
            request.token(),
            request.username(),
            request.displayName(),
            request.password(),
            currentActor.source());
    return Response.status(Response.Status.CREATED).entity(created).build();
  }
}
