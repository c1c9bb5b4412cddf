package cn.oneseal.web.view.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.application.ResultPage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The table's row count, and whether the page says it is the database's estimate. */
class PagedModelTest {

  @Test
  void anEstimatedTotalIsCountedAndSaidToBeAnEstimate() {
    PagedModel<String> model =
        new PagedModel<>(paging -> new ResultPage<>(List.of("XK1"), 1_020_000, true), row -> row);
    assertThat(model.count(Map.of())).isEqualTo(1_020_000);
    assertThat(model.isTotalEstimated()).isTrue();
  }

  @Test
  void anExactTotalIsNotAnEstimate() {
    PagedModel<String> model =
        new PagedModel<>(paging -> new ResultPage<>(List.of("XK1"), 57), row -> row);
    assertThat(model.count(Map.of())).isEqualTo(57);
    assertThat(model.isTotalEstimated()).isFalse();
  }
}
