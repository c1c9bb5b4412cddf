package cn.oneseal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ResultPageTest {

  private final AtomicInteger counted = new AtomicInteger();

  private long count(long rows) {
    counted.incrementAndGet();
    return rows;
  }

  @Test
  void aShortPageIsTheLastAndItsTotalComesFromItsRowsEvenWhenACountWouldSeeMore() {
    // a row written between the read of the rows and the count must not show as "total 1, no rows"
    ResultPage<String> empty =
        ResultPage.of(List.of(), new Paging(0, 20, null, false), () -> count(1));
    assertThat(empty.total()).isZero();

    ResultPage<String> last =
        ResultPage.of(List.of("a", "b"), new Paging(2, 20, null, false), () -> count(99));
    assertThat(last.total()).isEqualTo(42);
    assertThat(counted).hasValue(0);
  }

  @Test
  void aFullPageOrAnEmptyPagePastTheFirstIsCounted() {
    assertThat(
            ResultPage.of(List.of("a", "b"), new Paging(0, 2, null, false), () -> count(7)).total())
        .isEqualTo(7);
    assertThat(ResultPage.of(List.of(), new Paging(3, 2, null, false), () -> count(4)).total())
        .isEqualTo(4);
    assertThat(counted).hasValue(2);
  }

  @Test
  void everyRowOfAVeryLargeTableIsEstimatedNotCounted() {
    Paging first = new Paging(0, 20, null, false);
    ResultPage<String> large =
        ResultPage.estimatedOr(
            List.of("a"), first, OptionalLong.of(1_020_000), () -> count(1_020_007));
    assertThat(large.total()).isEqualTo(1_020_000);
    assertThat(large.estimated()).isTrue();
    assertThat(counted).hasValue(0);
    assertThat(large.map(String::length).estimated()).isTrue();
  }

  @Test
  void belowTheThresholdOrWithoutAnEstimateTheTotalIsExact() {
    Paging first = new Paging(0, 1, null, false);
    ResultPage<String> small =
        ResultPage.estimatedOr(
            List.of("a"),
            first,
            OptionalLong.of(ResultPage.ESTIMATED_FROM - 1),
            () -> count(ResultPage.ESTIMATED_FROM + 3));
    assertThat(small.total()).isEqualTo(ResultPage.ESTIMATED_FROM + 3);
    assertThat(small.estimated()).isFalse();

    // H2 (the embedded default) has no estimate: always counted
    ResultPage<String> h2 =
        ResultPage.estimatedOr(List.of("a"), first, OptionalLong.empty(), () -> count(5));
    assertThat(h2.total()).isEqualTo(5);
    assertThat(h2.estimated()).isFalse();
    assertThat(counted).hasValue(2);
  }
}
