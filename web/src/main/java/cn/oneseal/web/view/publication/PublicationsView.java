package cn.oneseal.web.view.publication;

import cn.oneseal.application.publication.PublicationLine;
import cn.oneseal.application.publication.PublicationQuery;
import cn.oneseal.application.publication.PublicationService;
import cn.oneseal.domain.model.publication.PublicationFilter;
import cn.oneseal.domain.shared.BilingualText;
import cn.oneseal.web.view.shared.FacesSupport;
import cn.oneseal.web.view.shared.PagedModel;
import cn.oneseal.web.view.shared.ReportsProblems;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/**
 * The public page of 双公示 (/publications.xhtml): the published licensing decisions, sanctions and
 * revocations, searched by name or credit code, kind and period, page by page; the table reflows
 * into cards on a phone.
 */
@Named
@ViewScoped
public class PublicationsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PublicationService publications;

  private LazyDataModel<PublicationLine> model;

  private PublicationFilter filter = PublicationFilter.ALL;

  private String text;
  private String kind = "";
  private String from;
  private String to;

  @PostConstruct
  void init() {
    model =
        new PagedModel<>(
            paging -> publications.search(filter, paging), p -> String.valueOf(p.id()));
  }

  /** Applies the search; a refused field is told on the page and the last search stays. */
  @ReportsProblems
  public void search() {
    filter = PublicationQuery.parse(text, kind, null, from, to);
  }

  /** Shows everything again. */
  public void reset() {
    text = null;
    kind = "";
    from = null;
    to = null;
    filter = PublicationFilter.ALL;
  }

  /** The item's name in the page's language. */
  public String itemName(PublicationLine line) {
    if (line.itemCode() == null) {
      return null;
    }
    return new BilingualText(line.itemNameZh(), line.itemNameEn()).in(FacesSupport.locale());
  }

  public LazyDataModel<PublicationLine> getModel() {
    return model;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind == null ? "" : kind;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }
}
