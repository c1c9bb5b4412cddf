package cn.oneseal.web.api;

import cn.oneseal.application.CatalogQuery;
import cn.oneseal.application.CatalogService;
import cn.oneseal.application.Paging;
import cn.oneseal.application.dto.ItemForm;
import cn.oneseal.application.dto.ItemGuide;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.web.api.ApiRepresentations.ItemJson;
import cn.oneseal.web.api.ApiRepresentations.ItemVersionJson;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.workflow.flowchart.FlowchartService;
import cn.oneseal.workflow.flowchart.StepAnnotation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The public catalogue of approval items, each item's versions and its flowchart; and, for
 * administrators, new items, new versions and retirement.
 */
@Path("/items")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ItemResource {

  @Inject CatalogService catalog;

  @Inject FlowchartService flowcharts;

  @Inject CurrentActor currentActor;

  /** How the catalogue may be sorted: by {@code code} or by (Chinese) {@code name}. */
  private static final Map<String, Comparator<ItemJson>> SORTS =
      Map.of(
          "code", Comparator.comparing(ItemJson::code),
          "name", Comparator.comparing(ItemJson::name, Collator.getInstance(Locale.CHINA)));

  /**
   * A page of the items in force today; {@code q} matches name or code. Which version of an item is
   * in force is decided per item in Java, so the catalogue (a few dozen items) is paged in memory.
   */
  @Operation(summary = "A page of the items in force today; q matches name or code")
  @GET
  public Page<ItemJson> list(
      @QueryParam("q") String text,
      @QueryParam("department") String department,
      @QueryParam("section") String section,
      @QueryParam("kind") String kind,
      @QueryParam("theme") String theme,
      @BeanParam PageRequest page) {
    Paging paging = page.toPaging(SORTS.keySet());
    return Page.of(
        catalog.search(new CatalogQuery(text, department, section, kind, theme)).stream()
            .map(ItemJson::of)
            .toList(),
        paging,
        SORTS);
  }

  /** The version in force today (or the one asked for with {@code ?version=}). */
  @Operation(summary = "The version in force today (or the one asked for with ?version=)")
  @GET
  @Path("/{code}")
  public ItemJson get(@PathParam("code") String code, @QueryParam("version") Integer version) {
    return ItemJson.of(guide(code, version));
  }

  /** The item's versions, latest first. */
  @Operation(summary = "The item's versions, latest first")
  @GET
  @Path("/{code}/versions")
  public Page<ItemVersionJson> versions(
      @PathParam("code") String code, @BeanParam PageRequest page) {
    Paging paging = page.unsorted();
    return Page.of(catalog.versions(code).stream().map(ItemVersionJson::of).toList(), paging);
  }

  /** The BPMN 2.0 XML of the process that executes the item: its published flowchart. */
  @Operation(
      summary = "The BPMN 2.0 XML of the process that executes the item: its published flowchart")
  @GET
  @Path("/{code}/flowchart")
  @Produces(MediaType.APPLICATION_XML)
  public String flowchart(@PathParam("code") String code, @QueryParam("version") Integer version) {
    return flowcharts.bpmnXml(guide(code, version).processKey());
  }

  /** What the flowchart shows beside each step for this item: role, days, skipped. */
  @Operation(
      summary = "What the flowchart shows beside each step for this item: role, days, skipped")
  @GET
  @Path("/{code}/flowchart/annotations")
  public Map<String, StepAnnotation> annotations(
      @PathParam("code") String code, @QueryParam("version") Integer version) {
    return flowcharts.annotations(guide(code, version));
  }

  @Operation(summary = "Creates an approval item (its first version)")
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(ItemForm form) {
    ItemGuide created = catalog.create(currentActor.require(), form);
    return Response.created(UriBuilder.fromPath("items/{code}").build(created.code()))
        .entity(ItemJson.of(created))
        .build();
  }

  /** An edit: writes a new version that takes effect on {@code effectiveFrom} (default today). */
  @Operation(
      summary = "An edit: writes a new version that takes effect on effectiveFrom (default today)")
  @POST
  @Path("/{code}/versions")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response revise(@PathParam("code") String code, ItemForm form) {
    ItemGuide revised = catalog.revise(currentActor.require(), code, form);
    return Response.status(Response.Status.CREATED).entity(ItemJson.of(revised)).build();
  }

  @Operation(summary = "Retires an item from a date on, with a reason")
  @POST
  @Path("/{code}/retire")
  public ItemJson retire(@PathParam("code") String code, Map<String, String> body) {
    catalog.retire(currentActor.require(), code, body == null ? null : body.get("reason"));
    return ItemJson.of(guide(code, null));
  }

  private ItemGuide guide(String code, Integer version) {
    return (version == null ? catalog.current(code) : catalog.version(code, version))
        .orElseThrow(
            () ->
                version == null
                    ? DomainException.notFound("error.item.unknown", code)
                    : DomainException.notFound("error.item.versionNotFound", code, version));
  }
}
