package cn.oneseal.web.api;

import cn.oneseal.application.Paging;
import cn.oneseal.application.credit.CreditListService;
import cn.oneseal.application.credit.CreditViews.ImportResult;
import cn.oneseal.application.credit.CreditViews.Listing;
import cn.oneseal.application.credit.ListingInput;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.web.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The register of seriously dishonest subjects (严重失信主体名单) for the system administrator: a page of
 * it, an import (JSON or a CSV file; every problem at once, nothing stored from a refused file, the
 * same entry again changes nothing) and the removal of an entry with a reason. docs/credit.md.
 */
@Path("/admin/credit-list")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CreditListResource {

  /** An import: the rows as {@link ListingInput} (dates ISO, exactly one of the two subjects). */
  public record ImportRequest(@Size(max = CreditListService.MAX_ROWS) List<@Valid Row> entries) {}

  /** One row of an import. */
  public record Row(
      @Size(max = 18) String creditCode,
      @Size(max = 18) String identityNumber,
      @Size(max = ListingInput.NAME_MAX) String name,
      @Size(max = ListingInput.AUTHORITY_MAX) String authority,
      @Size(max = 10) String listedOn,
      @Size(max = 10) String endsOn,
      @Size(max = ListingInput.REASON_MAX) String reason) {

    ListingInput input() {
      return new ListingInput(
          creditCode, identityNumber, name, authority, listedOn, endsOn, reason);
    }
  }

  /** Why an entry is removed. */
  public record RemovalRequest(@Size(max = ListingInput.REASON_MAX) String reason) {}

  /** A CSV file is at most this large (5000 rows of generous width). */
  static final int MAX_CSV_BYTES = 4 * 1024 * 1024;

  @Inject CurrentActor currentActor;

  @Inject CreditListService list;

  @Operation(
      summary = "A page of the register of seriously dishonest subjects, latest listing first")
  @GET
  public Page<Listing> page(@BeanParam PageRequest page) {
    Actor actor = currentActor.require();
    actor.require(Role.ADMIN);
    Paging paging = page.unsorted();
    return Page.of(list.page(actor, paging), paging, Function.identity());
  }

  @Operation(summary = "Imports entries of the register from JSON; all problems at once")
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public ImportResult importJson(ImportRequest request) {
    Actor actor = currentActor.require();
    actor.require(Role.ADMIN);
    if (request == null || request.entries() == null) {
      throw DomainException.invalidField("entries", "error.creditList.empty");
    }
    return list.importEntries(
        actor, request.entries().stream().map(r -> r == null ? null : r.input()).toList());
  }

  @Operation(summary = "Imports entries of the register from a CSV file (UTF-8, header line)")
  @POST
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  public ImportResult importCsv(byte[] csv) {
    Actor actor = currentActor.require();
    actor.require(Role.ADMIN);
    if (csv != null && csv.length > MAX_CSV_BYTES) {
      throw DomainException.invalidField(
          "file", "error.request.tooLarge", MAX_CSV_BYTES / (1024 * 1024));
    }
    // the file is UTF-8 whatever the client's header says (docs/credit.md)
    return list.importCsv(actor, csv == null ? "" : new String(csv, StandardCharsets.UTF_8));
  }

  @Operation(summary = "Removes an entry of the register, with the reason (audited)")
  @POST
  @Path("/{id}/removal")
  @Consumes(MediaType.APPLICATION_JSON)
  public Listing remove(@PathParam("id") String id, RemovalRequest request) {
    Actor actor = currentActor.require();
    actor.require(Role.ADMIN);
    long entry;
    try {
      entry = Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw DomainException.notFound("error.creditList.notFound", id);
    }
    return list.remove(actor, entry, request == null ? null : request.reason());
  }
}
