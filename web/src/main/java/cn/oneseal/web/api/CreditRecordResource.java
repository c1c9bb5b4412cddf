package cn.oneseal.web.api;

import cn.oneseal.application.credit.CreditCheckService;
import cn.oneseal.application.credit.CreditViews.HolderRecord;
import cn.oneseal.web.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A holder's credit record (信用记录) for staff and supervisors: whether the register of seriously
 * dishonest subjects lists it, its entries, the facts of its record and the findings of the
 * supervising departments. A code nobody knows answers an empty record, as a check would.
 */
@Path("/credit/subjects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CreditRecordResource {

  @Inject CurrentActor currentActor;

  @Inject CreditCheckService credit;

  @Operation(
      summary = "A holder's credit record by unified social credit code (staff, supervisors)")
  @GET
  @Path("/{creditCode}")
  public HolderRecord record(@PathParam("creditCode") String creditCode) {
    return credit.record(currentActor.require(), creditCode);
  }
}
