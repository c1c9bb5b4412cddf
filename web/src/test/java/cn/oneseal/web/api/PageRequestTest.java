package cn.oneseal.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.oneseal.application.Paging;
import cn.oneseal.domain.shared.DomainException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PageRequestTest {

  private static final Set<String> SORTABLE = Set.of("code", "name");

  @Test
  void noParametersMeanTheFirstTwentyInNaturalOrder() {
    assertThat(new PageRequest(null, null, null).toPaging(SORTABLE))
        .isEqualTo(new Paging(0, 20, null, false));
  }

  @Test
  void aSortWithoutDirectionIsAscending() {
    assertThat(new PageRequest("2", "100", "name").toPaging(SORTABLE))
        .isEqualTo(new Paging(2, 100, "name", false));
    assertThat(new PageRequest("0", "1", " code , DESC ").toPaging(SORTABLE))
        .isEqualTo(new Paging(0, 1, "code", true));
  }

  @Test
  void everyProblemIsReportedWithItsParameter() {
    assertThatThrownBy(() -> new PageRequest("-1", "101", "price,asc").toPaging(SORTABLE))
        .isInstanceOfSatisfying(
            DomainException.class,
            e ->
                assertThat(e.details())
                    .extracting(DomainException.Detail::field, DomainException.Detail::code)
                    .containsExactly(
                        tuple("page", "error.paging.page"),
                        tuple("size", "error.paging.size"),
                        tuple("sort", "error.paging.sortField")));
    assertThatThrownBy(() -> new PageRequest("x", "0", "code,up").toPaging(SORTABLE))
        .isInstanceOfSatisfying(
            DomainException.class,
            e ->
                assertThat(e.details())
                    .extracting(DomainException.Detail::field)
                    .containsExactly("page", "size", "sort"));
  }

  @Test
  void anUnsortableListRefusesEverySort() {
    assertThatThrownBy(() -> new PageRequest(null, null, "code").unsorted())
        .isInstanceOf(DomainException.class)
        .hasMessage("error.paging.sortField");
  }

  @Test
  void aListInMemoryIsSortedThenSlicedAndKeepsItsTotal() {
    List<String> all = List.of("b", "d", "a", "c", "e");
    Map<String, Comparator<String>> sorts = Map.of("name", Comparator.naturalOrder());

    Page<String> second = Page.of(all, new Paging(1, 2, "name", true), sorts);

    assertThat(second).isEqualTo(new Page<>(List.of("c", "b"), 1, 2, 5));
    assertThat(Page.of(all, new Paging(2, 2, null, false)).items()).containsExactly("e");
    assertThat(Page.of(all, new Paging(9, 2, null, false)).items()).isEmpty();
  }
}
