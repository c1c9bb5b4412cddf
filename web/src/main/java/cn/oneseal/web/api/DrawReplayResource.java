package cn.oneseal.web.api;

import cn.oneseal.application.SpotCheckService;
import cn.oneseal.application.dto.DrawDocument;
import cn.oneseal.application.dto.InspectionAssignmentView;
import cn.oneseal.web.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Anyone re-runs a published draw: {@code POST /api/draws/replay} takes the document of {@code GET
 * /api/inspection-plans/{id}/draw} as it is and answers it recomputed from its inputs — the same
 * selection, byte for byte, when nothing was changed. Also the inspector's own assignments.
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DrawReplayResource {

  @Inject SpotCheckService spotChecks;

  @Inject CurrentActor currentActor;

  @Operation(summary = "Re-runs a draw from its published document (public)")
  @POST
  @Path("draws/replay")
  @Consumes(MediaType.APPLICATION_JSON)
  public DrawDocument replay(DrawDocument document) {
    if (document == null) {
      throw cn.oneseal.domain.shared.DomainException.invalid("error.request.malformed", "body");
    }
    return spotChecks.replay(document);
  }

  @Operation(summary = "The inspector's assignments, latest plan first")
  @GET
  @Path("inspections/assignments")
  public Page<InspectionAssignmentView> mine(@jakarta.ws.rs.BeanParam PageRequest page) {
    var paging = page.unsorted();
    List<InspectionAssignmentView> all = spotChecks.myAssignments(currentActor.require());
    return Page.of(all, paging);
  }
}
