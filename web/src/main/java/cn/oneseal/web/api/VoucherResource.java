package cn.oneseal.web.api;

import cn.oneseal.application.VoucherService;
import cn.oneseal.application.VoucherService.Filed;
import cn.oneseal.application.innovation.ProviderView;
import cn.oneseal.application.innovation.VoucherFiling;
import cn.oneseal.application.innovation.VoucherStatistics;
import cn.oneseal.application.innovation.VoucherView;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.web.api.ApiRepresentations.UploadJson;
import cn.oneseal.web.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * 科技创新券 (docs/innovation-vouchers.md): a firm applies; its applicant and the staff who may read the
 * case read the voucher; a provider of the list reads a voucher by its number and redeems it;
 * anyone reads the providers' list; supervisors and the director read the year's figures. The
 * review and the director's decision are tasks ({@code POST /api/tasks/{id}/complete}).
 */
@Path("/innovation-vouchers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VoucherResource {

  /**
   * An application. {@code industry}: the GB/T 4754-2017 section letter (A–T); {@code privateFirm}:
   * whether the firm is a private firm (民营企业); {@code materials}: the team's summary ({@code
   * requirement} {@code team-summary}) and, optionally, the SME evaluation.
   */
  public record FilingRequest(
      @Size(max = 256) String firmName,
      @Size(max = 18) String creditCode,
      @Size(max = 1) String industry,
      Boolean privateFirm,
      @Size(max = 2000) String teamSummary,
      @Size(max = 32) String contactPhone,
      @Size(max = 20) List<@Valid UploadJson> materials) {}

  /**
   * A redemption: the provider's service contract and invoice (their numbers, and both as files in
   * {@code documents}, {@code requirement} {@code service-contract} and {@code invoice}), and the
   * amount in whole fen.
   */
  public record RedemptionRequest(
      @Size(max = 64) String serviceContractNumber,
      @Size(max = 64) String invoiceNumber,
      Long amountFen,
      @Size(max = 20) List<@Valid UploadJson> documents) {}

  @Inject CurrentActor currentActor;

  @Inject VoucherService vouchers;

  @Inject cn.oneseal.workflow.innovation.VoucherWorkflow workflow;

  /**
   * Applies for a voucher: 201 with the application's voucher; 200 with the first for a repeated
   * {@code Idempotency-Key}; 400 with every problem of the firm's facts, or a firm on the
   * serious-dishonesty list; 409 for a firm that holds a voucher or has an application under way.
   */
  @Operation(summary = "Applies for an innovation voucher (科技创新券)")
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response file(
      @HeaderParam("Idempotency-Key") String idempotencyKey, FilingRequest request) {
    Actor actor = currentActor.require();
    if (request == null) {
      throw DomainException.invalid("error.form.missing");
    }
    Filed filed =
        workflow.file(
            actor,
            new VoucherFiling(
                request.firmName(),
                request.creditCode(),
                request.industry(),
                request.privateFirm(),
                request.teamSummary(),
                request.contactPhone(),
                UploadJson.toUploads("materials", request.materials()),
                idempotencyKey));
    if (!filed.created()) {
      return Response.ok(filed.view()).build();
    }
    return Response.created(
            UriBuilder.fromPath("innovation-vouchers/by-application/{n}")
                .build(filed.view().applicationNumber()))
        .entity(filed.view())
        .build();
  }

  /** The voucher of an application (its applicant, staff who may read the case). */
  @Operation(summary = "The innovation voucher of an application")
  @GET
  @Path("/by-application/{number}")
  public VoucherView ofApplication(@PathParam("number") String number) {
    return vouchers.ofCase(currentActor.require(), number);
  }

  /** A voucher by its number (its firm, staff who may read its case, the providers). */
  @Operation(summary = "An innovation voucher by its number, with its redemptions")
  @GET
  @Path("/{voucherNumber}")
  public VoucherView byNumber(@PathParam("voucherNumber") String voucherNumber) {
    return vouchers.byNumber(currentActor.require(), voucherNumber);
  }

  /**
   * A provider of the list redeems part or all of a voucher: 200 with the voucher; 403 for anyone
   * else; 409 for an invoice redeemed before, a voucher lapsed or not issued, an amount beyond what
   * is left; 400 for a missing reference or an amount not above zero.
   */
  @Operation(summary = "Redeems part or all of an innovation voucher (providers)")
  @POST
  @Path("/{voucherNumber}/redemptions")
  @Consumes(MediaType.APPLICATION_JSON)
  public VoucherView redeem(
      @PathParam("voucherNumber") String voucherNumber, RedemptionRequest request) {
    Actor actor = currentActor.require();
    if (request == null) {
      throw DomainException.invalid("error.form.missing");
    }
    return vouchers.redeem(
        actor,
        voucherNumber,
        request.serviceContractNumber(),
        request.invoiceNumber(),
        request.amountFen(),
        UploadJson.toUploads("documents", request.documents()));
  }

  /** The providers of research services where vouchers are spent (public). */
  @Operation(summary = "The providers where innovation vouchers are spent")
  @GET
  @Path("/providers")
  public Page<ProviderView> providers(@BeanParam PageRequest page) {
    return Page.of(vouchers.providers(currentActor.optional().orElse(null)), page.unsorted());
  }

  /** The year's vouchers: issued, redeemed, the private firms' share, per industry and provider. */
  @Operation(summary = "The innovation vouchers of a year (supervisors, the director)")
  @GET
  @Path("/statistics")
  public VoucherStatistics statistics(@QueryParam("year") String year) {
    Actor actor = currentActor.require();
    return vouchers.statistics(actor, YearParameter.parse(year));
  }
}
