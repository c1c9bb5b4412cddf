package cn.oneseal.web.view;

import cn.oneseal.application.CatalogService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The public list of approval items (办事指南) on the home page. */
@Named
@RequestScoped
public class CatalogView {

  @Inject private CatalogService catalog;

  private List<ItemSheet> items;

  public List<ItemSheet> getItems() {
    if (items == null) {
      items =
          catalog.activeItems().stream().map(i -> ItemSheet.of(i, FacesSupport.locale())).toList();
    }
    return items;
  }
}
