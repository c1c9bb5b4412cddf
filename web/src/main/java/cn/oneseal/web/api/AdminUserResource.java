package cn.oneseal.web.api;

import cn.oneseal.application.AccountAdministration;
import cn.oneseal.application.dto.AccountView;
import cn.oneseal.application.dto.StaffAccountForm;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.web.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Accounts, administered by two of the three administrators (三权分立): the system administrator
 * ({@code admin}) creates staff accounts, corrects their details, deactivates and reactivates them;
 * the security administrator ({@code secadmin}) changes roles, locks, unlocks and resets passwords.
 * Both read the list. The audit administrator reads the security log instead ({@link
 * SecurityLogResource}). Nobody acts on their own account.
 */
@Path("/admin/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminUserResource {

  @Inject CurrentActor currentActor;

  @Inject AccountAdministration administration;

  /** The details the system administrator may correct. */
  public record AccountDetails(
      @Size(max = 128) String displayName,
      @Size(max = 32) String section,
      @Size(max = 256) String email,
      @Size(max = 20) String mobile,
      @Size(max = 32) String staffNumber) {}

  public record RolesRequest(@Size(max = 8) List<@Size(max = 32) String> roles) {}

  /** {@code until}: an ISO-8601 instant, e.g. {@code 2026-12-04T18:00:00Z}. */
  public record LockRequest(@Size(max = 64) String until) {}

  public record PasswordResetRequest(@Size(max = 128) String password) {}

  @Operation(
      summary =
          "Accounts, paged by user name; search by name, user name or staff number (system and security administrators)")
  @GET
  /** Accounts, paged by user name; search by name, user name or staff number. */
  public Page<AccountView> list(@QueryParam("q") String search, @BeanParam PageRequest page) {
    var paging = page.unsorted();
    return Page.of(
        administration.page(currentActor.require(), search, paging), paging, view -> view);
  }

  @Operation(summary = "One account (system and security administrators)")
  @GET
  @Path("/{username}")
  /** One account. */
  public AccountView get(@PathParam("username") String username) {
    return administration.account(currentActor.require(), username);
  }

  @Operation(
      summary = "Create a staff account with its initial roles and password (system administrator)")
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  /** Create a staff account with its initial roles and password (system administrator). */
  public Response create(@Valid StaffAccountForm form, @Context UriInfo uri) {
    if (form == null) {
      throw DomainException.invalid("error.form.missing");
    }
    AccountView created =
        administration.create(currentActor.require(), form, currentActor.source());
    return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build())
        .entity(created)
        .build();
  }

  @Operation(
      summary = "Correct an account's name, section and contact details (system administrator)")
  @PUT
  @Path("/{username}")
  @Consumes(MediaType.APPLICATION_JSON)
  /** Correct an account's name, section and contact details (system administrator). */
  public AccountView update(@PathParam("username") String username, AccountDetails details) {
    if (details == null) {
      throw DomainException.invalid("error.form.missing");
    }
    return administration.update(
        currentActor.require(),
        username,
        details.displayName(),
        details.section(),
        details.email(),
        details.mobile(),
        details.staffNumber(),
        currentActor.source());
  }

  @Operation(summary = "Deactivate an account; it is never deleted (system administrator)")
  @POST
  @Path("/{username}/deactivation")
  /** Deactivate an account; it is never deleted (system administrator). */
  public AccountView deactivate(@PathParam("username") String username) {
    return administration.deactivate(currentActor.require(), username, currentActor.source());
  }

  @Operation(summary = "Reactivate a deactivated account (system administrator)")
  @POST
  @Path("/{username}/reactivation")
  /** Reactivate a deactivated account (system administrator). */
  public AccountView reactivate(@PathParam("username") String username) {
    return administration.reactivate(currentActor.require(), username, currentActor.source());
  }

  @Operation(summary = "Change an account's roles (security administrator)")
  @PUT
  @Path("/{username}/roles")
  @Consumes(MediaType.APPLICATION_JSON)
  /** Change an account's roles (security administrator). */
  public AccountView roles(@PathParam("username") String username, RolesRequest request) {
    if (request == null || request.roles() == null) {
      throw DomainException.invalidField("roles", "error.account.noRole");
    }
    return administration.changeRoles(
        currentActor.require(), username, request.roles(), currentActor.source());
  }

  @Operation(summary = "Lock an account until a time (security administrator)")
  @POST
  @Path("/{username}/lock")
  @Consumes(MediaType.APPLICATION_JSON)
  /** Lock an account until a time (security administrator). */
  public AccountView lock(@PathParam("username") String username, LockRequest request) {
    return administration.lock(
        currentActor.require(),
        username,
        instant(request == null ? null : request.until()),
        currentActor.source());
  }

  private static Instant instant(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(text.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw DomainException.invalidField("until", "error.account.lockUntil");
    }
  }

  @Operation(summary = "Lift an account's lock (security administrator)")
  @POST
  @Path("/{username}/unlock")
  /** Lift an account's lock (security administrator). */
  public AccountView unlock(@PathParam("username") String username) {
    return administration.unlock(currentActor.require(), username, currentActor.source());
  }

  @Operation(
      summary =
          "Set a password the holder must change at the next sign-in (security administrator)")
  @POST
  @Path("/{username}/password-reset")
  @Consumes(MediaType.APPLICATION_JSON)
  /** Set a new password the holder must change at the next sign-in (security administrator). */
  public AccountView resetPassword(
      @PathParam("username") String username, PasswordResetRequest request) {
    return administration.resetPassword(
        currentActor.require(),
        username,
        request == null ? null : request.password(),
        currentActor.source());
  }
}
