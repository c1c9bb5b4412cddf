package cn.oneseal.web.api;

import cn.oneseal.application.AuditChainService;
import cn.oneseal.application.AuditTrail;
import cn.oneseal.application.dto.AuditVerification;
import cn.oneseal.application.dto.CaseAuditLine;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.infrastructure.seal.SystemKeyService;
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
 * The tamper-evident audit trail (docs/audit.md, docs/supervision.md): a case's trail for
 * supervisors, its verification, for supervisors and the audit administrator, and the system
 * certificate that checks its signed anchors, for anyone — a public key hides nothing, and whoever
 * keeps a copy of an anchor must be able to check it without an account.
 */
@Path("/audit")
@RequestScoped
public class AuditChainResource {

  /** The media type of a PEM certificate. */
  static final String PEM = "application/x-pem-file";

  @Inject CurrentActor currentActor;

  @Inject AuditChainService chain;

  @Inject SystemKeyService systemKey;

  @Inject AuditTrail audit;

  @Operation(
      summary =
          "A page of one case's audit trail — its acts and the reads of it, oldest first"
              + " (supervisors)")
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Page<CaseAuditLine> caseTrail(
      @QueryParam("application") String application, @BeanParam PageRequest page) {
    var paging = page.unsorted();
    if (application == null || application.isBlank()) {
      throw DomainException.invalidField("application", "error.audit.applicationRequired");
    }
    return Page.of(audit.caseTrail(currentActor.require(), application, paging), paging, e -> e);
  }

  @Operation(
      summary =
          "Verify the audit chain: the first altered, inserted or deleted entry (supervisors,"
              + " audit administrator)")
  @GET
  @Path("verification")
  @Produces(MediaType.APPLICATION_JSON)
  public AuditVerification verification() {
    return chain.verify(currentActor.require());
  }

  @Operation(summary = "The system key's certificate (PEM), which checks the audit anchors")
  @GET
  @Path("system-certificate")
  @Produces(PEM)
  public String systemCertificate() {
    return systemKey.certificatePem();
  }
}
