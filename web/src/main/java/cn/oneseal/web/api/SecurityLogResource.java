package cn.oneseal.web.api;

import cn.oneseal.application.SecurityLog;
import cn.oneseal.application.dto.SecurityEventView;
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
 * The security log (sign-ins, account, role and password changes), for the audit administrator
 * alone: neither the system administrator nor the supervisors read it.
 */
@Path("/admin/security-log")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SecurityLogResource {

  @Inject CurrentActor currentActor;

  @Inject SecurityLog log;

  @Operation(
      summary = "The security log, newest first, optionally of one account (audit administrator)")
  @GET
  /** The security log, newest first, optionally of one account (audit administrator). */
  public Page<SecurityEventView> list(
      @QueryParam("account") String account, @BeanParam PageRequest page) {
    var paging = page.unsorted();
    return Page.of(log.page(currentActor.require(), account, paging), paging, e -> e);
  }
}
