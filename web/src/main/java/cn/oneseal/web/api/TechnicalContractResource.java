package cn.oneseal.web.api;

import cn.oneseal.application.TechnicalContractService;
import cn.oneseal.application.TechnicalContractService.Filed;
import cn.oneseal.application.innovation.ContractFiling;
import cn.oneseal.application.innovation.ContractStatistics;
import cn.oneseal.application.innovation.TechnicalContractView;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.innovation.ContractType;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.web.api.ApiRepresentations.UploadJson;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.workflow.innovation.TechnicalContractWorkflow;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
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
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * 技术合同认定登记 (docs/technical-contracts.md): the seller files a technical contract with its terms
 * (money in integer fen) and the contract text; the seller and the staff who may read the case read
 * it back; supervisors and the director read the year's statistics. The registrar registers or
 * rejects it on the task (`POST /api/tasks/{id}/complete`, outcomes {@code register} / {@code
 * reject}).
 */
@Path("/technical-contracts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TechnicalContractResource {

  /**
   * A filing. {@code contractType}: {@code development}, {@code transfer}, {@code licensing},
   * {@code consulting} or {@code service}; {@code amountFen} and {@code technicalIncomeFen}: whole
   * fen; {@code materials}: the contract text ({@code requirement} {@code contract-text}) and,
   * where the price includes non-technical items, the basis of the technical income.
   */
  public record FilingRequest(
      @Size(max = 256) String contractName,
      @Size(max = 16) String contractType,
      @Size(max = 256) String sellerName,
      @Size(max = 18) String sellerCreditCode,
      @Size(max = 256) String buyerName,
      @Size(max = 18) String buyerCreditCode,
      LocalDate signedOn,
      LocalDate endsOn,
      Long amountFen,
      Long technicalIncomeFen,
      @Size(max = 32) String contactPhone,
      @Size(max = 20) List<@Valid UploadJson> materials) {}

  @Inject CurrentActor currentActor;

  @Inject TechnicalContractService contracts;

  @Inject TechnicalContractWorkflow workflow;

  /**
   * Files a technical contract for registration: 201 with the contract; 200 with the first one for
   * a repeated {@code Idempotency-Key} (optional); 400 with every problem of the terms at once.
   */
  @Operation(summary = "Files a technical contract for registration (技术合同认定登记)")
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response file(
      @HeaderParam("Idempotency-Key") String idempotencyKey, FilingRequest request) {
    Actor actor = currentActor.require();
    if (request == null) {
      throw DomainException.invalid("error.form.missing");
    }
    ContractType type = null;
    if (request.contractType() != null) {
      type =
          ContractType.of(request.contractType())
              .orElseThrow(
                  () ->
                      DomainException.invalidField(
                          "contractType", "error.technicalContract.type", request.contractType()));
    }
    Filed filed =
        workflow.file(
            actor,
            new ContractFiling(
                request.contractName(),
                type,
                request.sellerName(),
                request.sellerCreditCode(),
                request.buyerName(),
                request.buyerCreditCode(),
                request.signedOn(),
                request.endsOn(),
                request.amountFen(),
                request.technicalIncomeFen(),
                request.contactPhone(),
                UploadJson.toUploads("materials", request.materials()),
                idempotencyKey));
    if (!filed.created()) {
      return Response.ok(filed.view()).build();
    }
    return Response.created(
            UriBuilder.fromPath("technical-contracts/{n}").build(filed.view().applicationNumber()))
        .entity(filed.view())
        .build();
  }

  /**
   * One technical contract, by its application number (its seller, staff who may read the case).
   */
  @Operation(summary = "One technical contract by its application number")
  @GET
  @Path("/{number}")
  public TechnicalContractView one(@PathParam("number") String number) {
    return contracts.of(currentActor.require(), number);
  }

  /**
   * The contracts registered in a year, per type, with amounts and technical income in fen
   * (supervisors and the director); {@code year} defaults to this year.
   */
  @Operation(summary = "The technical contracts registered in a year, per type")
  @GET
  @Path("/statistics")
  public ContractStatistics statistics(@QueryParam("year") String year) {
    Actor actor = currentActor.require();
    return contracts.statistics(actor, YearParameter.parse(year));
  }
}
