package cn.oneseal.web.api;

import cn.oneseal.application.AuditTrail;
import cn.oneseal.application.dto.CaseAuditLine;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.web.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The audit trail of cases, for supervisors (电子监察): every act on a case and every read of it by
 * staff and supervisors. The security log (sign-ins, accounts, roles) is the audit administrator's,
 * at {@code /api/admin/security-log}.
 */
@Path("/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject CurrentActor currentActor;

  @Inject AuditTrail audit;

  @Operation(
      summary =
          "A page of one case's audit trail — its acts and the reads of it, oldest first"
              + " (supervisors)")
  @GET
  public Page<CaseAuditLine> caseTrail(
      @QueryParam("application") String application, @BeanParam PageRequest page) {
    var paging = page.unsorted();
    if (application == null || application.isBlank()) {
      throw DomainException.invalidField("application", "error.audit.applicationRequired");
    }
    return Page.of(audit.caseTrail(currentActor.require(), application, paging), paging, e -> e);
  }
}
