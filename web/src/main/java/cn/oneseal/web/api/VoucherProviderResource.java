package cn.oneseal.web.api;

import cn.oneseal.application.VoucherService;
import cn.oneseal.application.innovation.ProviderView;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.web.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The administrators maintain the providers' list of innovation vouchers (服务机构目录): add a provider,
 * rename it, bind the account it redeems with, take it off the list. Reading the list is public
 * ({@code GET /api/innovation-vouchers/providers}).
 */
@Path("/admin/voucher-providers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VoucherProviderResource {

  /**
   * A new provider: {@code kind} one of key_laboratory, engineering_centre, shared_platform,
   * university.
   */
  public record ProviderRequest(
      @Size(max = 32) String code,
      @Size(max = 256) String name,
      @Size(max = 24) String kind,
      @Size(max = 64) String account) {}

  /** A change: the name, the account, whether it is on the list. */
  public record ProviderChange(
      @Size(max = 256) String name, @Size(max = 64) String account, Boolean active) {}

  @Inject CurrentActor currentActor;

  @Inject VoucherService vouchers;

  @Operation(summary = "Adds a provider to the list of innovation vouchers (administrators)")
  @POST
  public Response add(ProviderRequest request) {
    var actor = currentActor.require();
    if (request == null) {
      throw DomainException.invalid("error.form.missing");
    }
    ProviderView added =
        vouchers.addProvider(
            actor, request.code(), request.name(), request.kind(), request.account());
    return Response.status(Response.Status.CREATED).entity(added).build();
  }

  @Operation(summary = "Changes a provider of the list (administrators)")
  @PUT
  @Path("/{code}")
  public ProviderView change(@PathParam("code") String code, ProviderChange request) {
    var actor = currentActor.require();
    if (request == null) {
      throw DomainException.invalid("error.form.missing");
    }
    return vouchers.updateProvider(
        actor, code, request.name(), request.account(), !Boolean.FALSE.equals(request.active()));
  }
}
