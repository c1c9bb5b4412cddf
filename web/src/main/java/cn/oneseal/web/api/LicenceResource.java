package cn.oneseal.web.api;

import cn.oneseal.application.LicenceLifecycleService;
import cn.oneseal.application.LicenceService;
import cn.oneseal.application.dto.BusinessSummary;
import cn.oneseal.application.dto.CredentialView;
import cn.oneseal.application.dto.LicenceView;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.web.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Business licences (营业执照, docs/licences.md): anyone may look a licence up by its unified social
 * credit code — the version in force or, with {@code ?version=N}, an earlier one (then superseded);
 * the legal representative's name is masked. The holder and bureau staff fetch the licence without
 * a medium (无介质电子营业执照), a credential signed with the system key; a citizen lists the businesses
 * they registered.
 */
@Path("/licenses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LicenceResource {

  /** A version number longer than this is no version anyone issued. */
  private static final int MAX_VERSION_DIGITS = 6;

  @Inject LicenceService licences;

  @Inject LicenceLifecycleService lifecycle;

  @Inject CurrentActor currentActor;

  @Operation(
      summary =
          "The public data of a business licence, by unified social credit code: the version in"
              + " force, or ?version=N (an earlier one shows as superseded)")
  @GET
  @Path("/{creditCode}")
  public LicenceView get(
      @PathParam("creditCode") String creditCode, @QueryParam("version") String version) {
    return licences.publicLicence(creditCode, version(version));
  }

  @Operation(
      summary =
          "The licence without a medium (无介质电子营业执照): a compact JWS signed with the system key"
              + " (the holder and bureau staff)")
  @GET
  @Path("/{creditCode}/credential")
  public CredentialView credential(@PathParam("creditCode") String creditCode) {
    return lifecycle.credential(currentActor.require(), creditCode);
  }

  @Operation(summary = "A page of the businesses I registered, with their licences (citizens)")
  @GET
  @Path("/mine")
  public Page<BusinessSummary> mine(@BeanParam PageRequest page) {
    var actor = currentActor.require();
    return Page.of(lifecycle.mine(actor), page.unsorted());
  }

  /** {@code ?version=}: absent for the version in force, else a whole number from 1. */
  static Integer version(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.strip();
    if (value.length() > MAX_VERSION_DIGITS || !value.matches("[0-9]+")) {
      throw DomainException.invalidField("version", "error.licence.version", value);
    }
    int version = Integer.parseInt(value);
    if (version < 1) {
      throw DomainException.invalidField("version", "error.licence.version", value);
    }
    return version;
  }
}
