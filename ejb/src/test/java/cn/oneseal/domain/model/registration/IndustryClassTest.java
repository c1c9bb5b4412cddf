package cn.oneseal.domain.model.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The industry classes the one form offers: well-formed, each once, and every class the follow-up
 * permit decision names is among them (so a restaurant can be chosen, not only typed).
 */
class IndustryClassTest {

  @Test
  void everyClassHasAFourDigitCodeBothNamesAndAppearsOnce() {
    Set<String> codes = new HashSet<>();
    assertThat(IndustryClass.ALL).hasSizeGreaterThan(80);
    IndustryClass.ALL.forEach(
        c -> {
          assertThat(c.code()).matches("[0-9]{4}");
          assertThat(c.nameZh()).isNotBlank();
          assertThat(c.nameEn()).isNotBlank();
          assertThat(codes.add(c.code())).as("%s twice", c.code()).isTrue();
        });
  }

  @Test
  void theClassesThatNeedAFollowUpPermitAreOffered() {
    for (String code :
        List.of("6210", "6220", "6231", "6291", "5221", "7271", "9011", "9012", "7262", "7263")) {
      assertThat(IndustryClass.of(code)).as(code).isPresent();
    }
    assertThat(IndustryClass.of("5431").orElseThrow().name(false)).isEqualTo("普通货物道路运输");
    assertThat(IndustryClass.of("6511").orElseThrow().name(true))
        .isEqualTo("Basic software development");
    assertThat(IndustryClass.of("0000")).isEmpty();
  }
}
