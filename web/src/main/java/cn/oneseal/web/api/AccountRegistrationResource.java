package cn.oneseal.web.api;

import cn.oneseal.application.AccountAdministration;
import cn.oneseal.application.dto.AccountView;
import cn.oneseal.application.dto.CitizenSignUp;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.web.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A citizen registering herself with her real name (实名注册); no administrator involved. */
@Path("/accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountRegistrationResource {

  @Inject CurrentActor currentActor;

  @Inject AccountAdministration administration;

  @Operation(summary = "Register as an applicant with a resident identity card or passport number")
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  /** Register as an applicant with a resident identity card or passport number. */
  public Response register(@Valid CitizenSignUp form) {
    if (form == null) {
      throw DomainException.invalid("error.form.missing");
    }
    AccountView created = administration.register(form, currentActor.source());
    return Response.created(URI.create("api/account")).entity(created).build();
  }
}
