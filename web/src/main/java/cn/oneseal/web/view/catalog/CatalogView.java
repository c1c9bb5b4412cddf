package cn.oneseal.web.view.catalog;

import cn.oneseal.application.CatalogQuery;
import cn.oneseal.application.CatalogService;
import cn.oneseal.application.dto.ItemGuide;
import cn.oneseal.application.dto.ItemGuide.CodeName;
import cn.oneseal.domain.model.catalog.ItemKind;
import cn.oneseal.web.view.shared.FacesSupport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The public catalogue of approval items (审批事项目录) on the home page, searchable by text, original
 * department, bureau section, kind and theme. The filters are the page's URL parameters ({@code
 * ?q=…&department=…}), so a search result is a link anyone can share; the search form only
 * redirects to that link.
 */
@Named
@RequestScoped
public class CatalogView {

  /** One item as a row of the list, in the reader's language. */
  public record Row(
      String code,
      String name,
      String department,
      String section,
      String theme,
      String legalBasis,
      String kind,
      int statutoryDays,
      int promisedDays,
      int specialSteps,
      String registrationType)
      implements Serializable {}

  /** One choice of a filter. */
  public record Option(String value, String label) implements Serializable {}

  @Inject private CatalogService catalog;

  private String q;
  private String department;
  private String section;
  private String kind;
  private String theme;

  private List<Row> items;
  private List<Option> departments;
  private List<Option> sections;
  private List<Option> themes;

  public List<Row> getItems() {
    if (items == null) {
      items = List.of();
      // the catalogue refuses no one: only a failure can leave the list unread
      FacesSupport.attempt(
          () -> {
            Locale locale = FacesSupport.locale();
            items =
                catalog
                    .search(
                        new CatalogQuery(
                            blankToNull(q),
                            blankToNull(department),
                            blankToNull(section),
                            blankToNull(kind),
                            blankToNull(theme)))
                    .stream()
                    .map(i -> row(i, locale))
                    .toList();
          });
    }
    return items;
  }

  /** Whether any filter is set (the count then says "found" rather than "in total"). */
  public boolean isFiltered() {
    return blankToNull(q) != null
        || blankToNull(department) != null
        || blankToNull(section) != null
        || blankToNull(kind) != null
        || blankToNull(theme) != null;
  }

  /** The search form: to the same page with the filters as URL parameters. */
  public void search() {
    List<String> params = new ArrayList<>();
    param(params, "q", q);
    param(params, "department", department);
    param(params, "section", section);
    param(params, "kind", kind);
    param(params, "theme", theme);
    FacesSupport.redirect(
        "/index.xhtml" + (params.isEmpty() ? "" : "?" + String.join("&", params)));
  }

  private static void param(List<String> params, String name, String value) {
    String text = blankToNull(value);
    if (text != null) {
      params.add(name + "=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
    }
  }

  public List<Option> getDepartments() {
    if (departments == null) {
      departments = options(catalog.departments());
    }
    return departments;
  }

  public List<Option> getSections() {
    if (sections == null) {
      sections = options(catalog.sections());
    }
    return sections;
  }

  public List<Option> getThemes() {
    if (themes == null) {
      themes = options(catalog.themes());
    }
    return themes;
  }

  public List<Option> getKinds() {
    return Arrays.stream(ItemKind.values())
        .map(k -> new Option(k.name(), FacesSupport.text("kind." + k.name())))
        .toList();
  }

  private static List<Option> options(List<CodeName> names) {
    Locale locale = FacesSupport.locale();
    return names.stream().map(n -> new Option(n.code(), n.name(locale))).toList();
  }

  private static Row row(ItemGuide item, Locale locale) {
    return new Row(
        item.code(),
        item.name(locale),
        item.department().name(locale),
        item.section().name(locale),
        item.theme().name(locale),
        item.legalBasis().in(locale),
        item.kind(),
        item.statutoryDays(),
        item.promisedDays(),
        item.specialSteps().size(),
        item.registrationType());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getDepartment() {
    return department;
  }

  public void setDepartment(String department) {
    this.department = department;
  }

  public String getSection() {
    return section;
  }

  public void setSection(String section) {
    this.section = section;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getTheme() {
    return theme;
  }

  public void setTheme(String theme) {
    this.theme = theme;
  }
}
