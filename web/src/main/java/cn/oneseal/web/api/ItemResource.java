package cn.oneseal.web.api;

import cn.oneseal.application.CatalogService;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.web.api.ApiRepresentations.ItemJson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The public catalogue of approval items. */
@Path("/items")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ItemResource {

  @Inject CatalogService catalog;

  @GET
  public List<ItemJson> list() {
    return catalog.activeItems().stream().map(ItemJson::of).toList();
  }

  @GET
  @Path("/{code}")
  public ItemJson get(@PathParam("code") String code) {
    return catalog
        .find(code)
        .map(ItemJson::of)
        .orElseThrow(() -> DomainException.notFound("error.item.unknown", code));
  }
}
