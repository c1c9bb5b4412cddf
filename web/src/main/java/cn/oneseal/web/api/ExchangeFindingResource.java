package cn.oneseal.web.api;

import cn.oneseal.application.DepartmentPushService;
import cn.oneseal.application.ExchangeSignature;
import cn.oneseal.application.credit.CreditViews.FindingReceipt;
import cn.oneseal.application.credit.SupervisionLinkService;
import cn.oneseal.domain.shared.DomainException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A supervising department's finding, sanction or rectification order (审管联动): a callback signed
 * exactly like a receipt, no user behind it ({@link DepartmentSignatureFilter}). Kept once per
 * finding id: a repeat answers {@code changed: false}, another finding under the same id 409. The
 * wire format is in docs/exchange.md.
 */
@Path("/exchange/findings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ExchangeFindingResource {

  @Inject SupervisionLinkService link;

  @Inject DepartmentPushService pushes;

  /** The finding: its id, the case or the holder's code, kind, summary, the day it was decided. */
  public record FindingRequest(
      @Size(max = 64) String findingId,
      @Size(max = 32) String applicationNumber,
      @Size(max = 18) String creditCode,
      @Size(max = 32) String kind,
      @Size(max = 2000) String summary,
      @Size(max = 10) String decidedOn) {}

  @Operation(
      summary =
          "A supervising department's signed finding, sanction or rectification order (HMAC signature)")
  @POST
  @SignedByDepartment
  @Consumes(MediaType.APPLICATION_JSON)
  public FindingReceipt finding(
      @HeaderParam(ExchangeSignature.KEY_ID) String keyId, FindingRequest request) {
    if (request == null) {
      throw DomainException.invalidField("findingId", "error.finding.required");
    }
    // the filter checked the signature of this key id's channel
    String channel = pushes.channelOfKey(keyId);
    return link.finding(
        channel,
        new SupervisionLinkService.FindingInput(
            request.findingId(),
            request.applicationNumber(),
            request.creditCode(),
            request.kind(),
            request.summary(),
            request.decidedOn()));
  }
}
