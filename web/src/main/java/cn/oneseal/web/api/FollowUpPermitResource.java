package cn.oneseal.web.api;

import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.workflow.registration.FollowUpPermitService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Public: the follow-up permits (后置许可) a business scope will need after registration. */
@Path("/registration/follow-up-permits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FollowUpPermitResource {

  @Inject FollowUpPermitService permits;

  public record ScopeRequest(@Size(max = 100) List<@Size(max = 8) String> industryCodes) {}

  public record PermitJson(
      String industryCode, String itemCode, String itemName, String itemNameEn, String reason) {}

  @Operation(summary = "The follow-up permits a business scope calls for (多证合一 decision table)")
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public List<PermitJson> permits(ScopeRequest request) {
    if (request == null) {
      throw DomainException.invalid("error.industryCode.list", 50);
    }
    return permits.permitsFor(request.industryCodes()).stream()
        .map(
            p ->
                new PermitJson(
                    p.industryCode(),
                    p.itemCode(),
                    p.item() == null ? null : p.item().name().zh(),
                    p.item() == null ? null : p.item().name().en(),
                    p.reason()))
        .toList();
  }
}
