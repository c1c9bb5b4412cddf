package cn.oneseal.web.api;

import cn.oneseal.application.Paging;
import cn.oneseal.application.SpotCheckService;
import cn.oneseal.application.dto.InspectorView;
import cn.oneseal.web.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The inspectors' register (执法检查人员名录, docs/inspections.md): the system administrator registers an
 * account of role {@code inspector} with its supervising department and unit, and the subjects it
 * declared a conflict of interest with; only registered inspectors enter a plan's pool.
 */
@Path("/admin/inspectors")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InspectorResource {

  /**
   * A registration: the department's code, the unit (科室/执法队), declared conflicts (credit codes).
   */
  public record InspectorRequest(
      @Size(max = 32) String department,
      @Size(max = 64) String section,
      @Size(max = 100) List<@Size(max = 18) String> conflicts) {}

  @Inject CurrentActor currentActor;

  @Inject SpotCheckService spotChecks;

  @Operation(summary = "A page of the registered inspectors, by user name (system administrator)")
  @GET
  public Page<InspectorView> list(@BeanParam PageRequest page) {
    Paging paging = page.unsorted();
    return Page.of(spotChecks.inspectors(currentActor.require()), paging);
  }

  @Operation(summary = "Registers an inspector account, or changes its registration")
  @PUT
  @Path("/{username}")
  @Consumes(MediaType.APPLICATION_JSON)
  public InspectorView register(@PathParam("username") String username, InspectorRequest request) {
    InspectorRequest body = request == null ? new InspectorRequest(null, null, null) : request;
    return spotChecks.registerInspector(
        currentActor.require(),
        username,
        new SpotCheckService.InspectorRequest(body.department(), body.section(), body.conflicts()));
  }
}
