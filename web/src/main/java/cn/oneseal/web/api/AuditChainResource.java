package cn.oneseal.web.api;

import cn.oneseal.application.AuditChainService;
import cn.oneseal.application.dto.AuditVerification;
import cn.oneseal.infrastructure.seal.SystemKeyService;
import cn.oneseal.web.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The tamper-evident audit trail (docs/audit.md): its verification, for supervisors and the audit
 * administrator, and the system certificate that checks its signed anchors, for anyone — a public
 * key hides nothing, and whoever keeps a copy of an anchor must be able to check it without an
 * account.
 */
@Path("/audit")
@RequestScoped
public class AuditChainResource {

  /** The media type of a PEM certificate. */
  static final String PEM = "application/x-pem-file";

  @Inject CurrentActor currentActor;

  @Inject AuditChainService chain;

  @Inject SystemKeyService systemKey;

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
