package cn.oneseal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
}
