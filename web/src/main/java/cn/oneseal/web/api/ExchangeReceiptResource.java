package cn.oneseal.web.api;

import cn.oneseal.application.DepartmentPushService;
import cn.oneseal.application.DepartmentPushService.ReceiptResult;
import cn.oneseal.application.ExchangeSignature;
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
 * A department's receipt for a push it took earlier (it answered 202): a callback signed with its
 * channel's shared secret, no user behind it — the signature is the authentication ({@link
 * DepartmentSignatureFilter}). Unknown push 404; the same receipt again 200 with {@code changed:
 * false}; another receipt for a delivered push 409. The wire format is in docs/exchange.md.
 */
@Path("/exchange/receipts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ExchangeReceiptResource {

  @Inject DepartmentPushService pushes;

  /** The department's receipt: which push, and its receipt number. */
  public record ReceiptRequest(@Size(max = 36) String pushId, @Size(max = 64) String receipt) {}

  @Operation(
      summary =
          "A department's signed receipt for a push it accepted with 202 (authenticated by its HMAC signature)")
  @POST
  @SignedByDepartment
  @Consumes(MediaType.APPLICATION_JSON)
  public ReceiptResult receipt(
      @HeaderParam(ExchangeSignature.KEY_ID) String keyId, ReceiptRequest request) {
    if (request == null
        || request.pushId() == null
        || request.pushId().isBlank()
        || request.receipt() == null
        || request.receipt().isBlank()) {
      throw DomainException.invalid("error.exchange.receiptRequired");
    }
    return pushes.receipt(keyId, request.pushId().strip(), request.receipt());
  }
}
