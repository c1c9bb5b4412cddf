package cn.oneseal.web.api;

import cn.oneseal.application.Paging;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.domain.shared.DomainException.Detail;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The paging parameters every list takes ({@code @BeanParam PageRequest paging}): {@code page}
 * (0-based, default 0), {@code size} (1 to {@value #MAX_SIZE}, default {@value #DEFAULT_SIZE}) and
 * {@code sort=field,asc|desc} over the fields that list allows. They are read as text and checked
 * here, so that {@code ?page=x} answers 400 with {@code problems[].field = "page"} (Jakarta REST
 * would answer an unparsable number parameter with 404) and every problem is reported at once.
 */
public class PageRequest {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;

  @QueryParam("page")
  @DefaultValue("0")
  String page;

  @QueryParam("size")
  @DefaultValue("" + DEFAULT_SIZE)
  String size;

  @QueryParam("sort")
  String sort;

  public PageRequest() {}

  PageRequest(String page, String size, String sort) {
    this.page = page;
    this.size = size;
    this.sort = sort;
  }

  /** The page of a list that cannot be sorted otherwise than in its natural order. */
  public Paging unsorted() {
    return toPaging(Set.of());
  }

  /**
   * The checked request; {@code sortable} are the fields this list may be sorted by. Refuses (400)
   * a negative or unreadable page, a size outside 1..{@value #MAX_SIZE}, an unknown sort field or a
   * direction other than {@code asc} or {@code desc}.
   */
  public Paging toPaging(Collection<String> sortable) {
    List<Detail> problems = new ArrayList<>();
    int pageNo = number(page, 0);
    if (pageNo < 0) {
      problems.add(Detail.of("page", "error.paging.page", String.valueOf(page)));
    }
    int pageSize = number(size, DEFAULT_SIZE);
    if (pageSize < 1 || pageSize > MAX_SIZE) {
      problems.add(Detail.of("size", "error.paging.size", String.valueOf(size), MAX_SIZE));
    }
    String field = null;
    boolean descending = false;
    if (sort != null && !sort.isBlank()) {
      String[] parts = sort.strip().split(",", -1);
      field = parts[0].strip();
      String direction = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "asc";
      if (parts.length > 2 || !sortable.contains(field)) {
        problems.add(
            Detail.of(
                "sort",
                "error.paging.sortField",
                sort.strip(),
                sortable.isEmpty() ? "-" : String.join(", ", new TreeSet<>(sortable))));
      } else if (!direction.equals("asc") && !direction.equals("desc")) {
        problems.add(Detail.of("sort", "error.paging.sortDirection", sort.strip()));
      }
      descending = direction.equals("desc");
    }
    if (!problems.isEmpty()) {
      throw DomainException.invalidAll(problems);
    }
    return new Paging(pageNo, pageSize, field, descending);
  }

  /** The number given, or -1 (refused by the range checks) when it is not a whole number. */
  private static int number(String text, int absent) {
    if (text == null || text.isBlank()) {
      return absent;
    }
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
