package cn.oneseal.web.view.shared;

import cn.oneseal.application.Paging;
import cn.oneseal.application.ResultPage;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces table's rows read one page at a time from a service that pages in the database (or
 * the engine): the table asks for the total and for the page it shows, each through {@code pages}.
 * A refusal or failure is shown on the page ({@link FacesSupport#attempt}) and leaves the table
 * empty.
 */
public final class PagedModel<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** One page of the rows (a view's method reference, so serializable with the view). */
  @FunctionalInterface
  public interface Pages<T> extends Serializable {
    ResultPage<T> read(Paging paging);
  }

  /** A row's key, unique in the list. */
  @FunctionalInterface
  public interface Key<T> extends Serializable {
    String of(T row);
  }

  private final Pages<T> pages;
  private final Key<T> key;
  private boolean totalEstimated;

  public PagedModel(Pages<T> pages, Key<T> key) {
    this.pages = pages;
    this.key = key;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    long[] total = {0};
    totalEstimated = false;
    FacesSupport.attempt(
        () -> {
          ResultPage<T> first = pages.read(new Paging(0, 1, null, false));
          total[0] = first.total();
          totalEstimated = first.estimated();
        });
    return (int) Math.min(Integer.MAX_VALUE, total[0]);
  }

  /**
   * Whether the row count is the database's estimate ({@link ResultPage#estimated()}), which the
   * page says ("约").
   */
  public boolean isTotalEstimated() {
    return totalEstimated;
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    List<T> page = new ArrayList<>();
    int size = Math.max(pageSize, 1);
    FacesSupport.attempt(
        () -> page.addAll(pages.read(new Paging(first / size, size, null, false)).items()));
    return page;
  }

  @Override
  public String getRowKey(T row) {
    return key.of(row);
  }

  /** Rows are not selected in these tables; a key never leads back to a row. */
  @Override
  public T getRowData(String rowKey) {
    return null;
  }
}
