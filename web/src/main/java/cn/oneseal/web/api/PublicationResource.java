package cn.oneseal.web.api;

import cn.oneseal.application.Paging;
import cn.oneseal.application.publication.PublicationLine;
import cn.oneseal.application.publication.PublicationQuery;
import cn.oneseal.application.publication.PublicationService;
import cn.oneseal.web.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * 双公示: the licensing decisions, sanctions and revocations published within 7 working days of the
 * decision — public, read-only; and, for supervisors and the director, the overdue ones.
 */
@Path("/publications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PublicationResource {

  @Inject PublicationService publications;

  @Inject CurrentActor currentActor;

  /**
   * A page of what is published, latest decision first. {@code q} matches the holder's name as
   * published (a natural person only by the surname shown), a credit code or a decision number;
   * {@code kind} is {@code licensing}, {@code sanction} or {@code revocation}; {@code item} an item
   * code; {@code from}/{@code to} bound the day of the decision (ISO dates, both included).
   */
  @Operation(summary = "A page of the published licensing decisions, sanctions and revocations")
  @GET
  public Page<PublicationJson> list(
      @QueryParam("q") String text,
      @QueryParam("kind") String kind,
      @QueryParam("item") String item,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @BeanParam PageRequest page) {
    Paging paging = page.toPaging(PublicationService.SORTABLE);
    var filter = PublicationQuery.parse(text, kind, item, from, to);
    return Page.of(publications.search(filter, paging), paging, PublicationJson::of);
  }

  /**
   * A page of the overdue publications (pending after their due day, or published after it), latest
   * due first: supervisors and the director.
   */
  @Operation(summary = "A page of the overdue publications (supervisors, director)")
  @GET
  @Path("/overdue")
  public Page<PublicationJson> overdue(@BeanParam PageRequest page) {
    Paging paging = page.unsorted();
    return Page.of(
        publications.overdue(currentActor.require(), paging), paging, PublicationJson::of);
  }

  /** An item's name in both languages. */
  public record Names(String zh, String en) {}

  /**
   * One publication. {@code holderName} is a natural person's surname followed by {@code **}, or an
   * entity's registered name; {@code creditCode} is {@code null} for a natural person; {@code
   * publishedAt} is {@code null} (and {@code overdue} may be true) only in the supervisors' list.
   */
  public record PublicationJson(
      long id,
      String kind,
      String holderName,
      boolean naturalPerson,
      String creditCode,
      String itemCode,
      Names itemName,
      String documentNumber,
      String authority,
      String summary,
      LocalDate decidedOn,
      LocalDate dueOn,
      Instant publishedAt,
      boolean overdue) {

    static PublicationJson of(PublicationLine p) {
      return new PublicationJson(
          p.id(),
          p.kind(),
          p.holderName(),
          p.naturalPerson(),
          p.creditCode(),
          p.itemCode(),
          p.itemCode() == null ? null : new Names(p.itemNameZh(), p.itemNameEn()),
          p.documentNumber(),
          p.authority(),
          p.summary(),
          p.decidedOn(),
          p.dueOn(),
          p.publishedAt(),
          p.overdue());
    }
  }
}
