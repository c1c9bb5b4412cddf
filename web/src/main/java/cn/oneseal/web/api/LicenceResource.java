package cn.oneseal.web.api;

import cn.oneseal.application.LicenceService;
import cn.oneseal.application.dto.LicenceView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Public verification of business licences (电子营业执照): anyone may look a licence up by its unified
 * social credit code; the legal representative's name is masked.
 */
@Path("/licenses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LicenceResource {

  @Inject LicenceService licences;

  @Operation(summary = "The public data of a business licence, by unified social credit code")
  @GET
  @Path("/{creditCode}")
  public LicenceView get(@PathParam("creditCode") String creditCode) {
    return licences.publicLicence(creditCode);
  }
}
