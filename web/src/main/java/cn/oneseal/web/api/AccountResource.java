package cn.oneseal.web.api;

import cn.oneseal.application.AccessTokenService;
import cn.oneseal.application.AccountService;
import cn.oneseal.application.dto.AccessTokenView;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.PasswordPolicy;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.infrastructure.config.OneSealConfig;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.security.SourceAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The caller's own account: changing the password, and personal access tokens (created, listed,
 * revoked). Changes need explicit credentials (Basic or a token with the {@code write} scope), as
 * everywhere in the API.
 */
@Path("/account")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

  public record PasswordChangeRequest(
      @Size(max = PasswordPolicy.MAX_LENGTH) String currentPassword,
      @Size(max = PasswordPolicy.MAX_LENGTH) String newPassword) {}

  public record TokenRequest(
      @Size(max = AccessTokenService.NAME_MAX) String name,
      List<@Size(max = 16) String> scopes,
      Integer expiresInDays) {}

  /** A token just created: {@code token} is its text, shown only in this answer. */
  public record CreatedTokenJson(
      long id,
      String name,
      Set<String> scopes,
      Instant createdAt,
      Instant expiresAt,
      String token) {}

  @Inject CurrentActor currentActor;

  @Inject AccountService accounts;

  @Inject AccessTokenService tokens;

  @Inject OneSealConfig config;

  @Context HttpServletRequest request;

  @PUT
  @Path("/password")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change my password (current and new; every problem at once)")
  public Response changePassword(PasswordChangeRequest body) {
    Actor actor = currentActor.require();
    PasswordChangeRequest change = body == null ? new PasswordChangeRequest(null, null) : body;
    try {
      accounts.changePassword(
          actor,
          change.currentPassword() == null ? null : change.currentPassword().toCharArray(),
          change.newPassword(),
          source());
    } catch (DomainException e) {
      throw renamed(e);
    }
    return Response.noContent().build();
  }

  @POST
  @Path("/tokens")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a personal access token (its text is in this answer only)")
  public Response createToken(TokenRequest body) {
    Actor actor = currentActor.require();
    TokenRequest asked = body == null ? new TokenRequest(null, null, null) : body;
    AccessTokenService.Created created =
        tokens.create(
            actor,
            asked.name(),
            asked.scopes() == null ? null : new LinkedHashSet<>(asked.scopes()),
            asked.expiresInDays(),
            source());
    AccessTokenView view = created.token();
    return Response.created(UriBuilder.fromPath("account/tokens/{id}").build(view.id()))
        .entity(
            new CreatedTokenJson(
                view.id(),
                view.name(),
                view.scopes(),
                view.createdAt(),
                view.expiresAt(),
                created.text()))
        .build();
  }

  @GET
  @Path("/tokens")
  @Operation(summary = "List my personal access tokens, newest first (never their secrets)")
  public Page<AccessTokenView> tokens(@BeanParam PageRequest page) {
    Actor actor = currentActor.require();
    var paging = page.unsorted();
    return Page.of(tokens.mine(actor, paging), paging, t -> t);
  }

  @GET
  @Path("/tokens/{id}")
  @Operation(summary = "One of my personal access tokens")
  public AccessTokenView token(@PathParam("id") long id) {
    return tokens.one(currentActor.require(), id);
  }

  @DELETE
  @Path("/tokens/{id}")
  @Operation(summary = "Revoke one of my personal access tokens")
  public Response revokeToken(@PathParam("id") long id) {
    tokens.revoke(currentActor.require(), id, source());
    return Response.noContent().build();
  }

  private String source() {
    return SourceAddress.of(request, config.trustedProxies());
  }

  /** The policy speaks of "password"; this request's property is {@code newPassword}. */
  private static DomainException renamed(DomainException e) {
    if (e.kind() != DomainException.Kind.INVALID) {
      return e;
    }
    return DomainException.invalidAll(
        e.details().stream()
            .map(
                d ->
                    "password".equals(d.field())
                        ? DomainException.Detail.of("newPassword", d.code(), d.arguments())
                        : d)
            .toList());
  }
}
