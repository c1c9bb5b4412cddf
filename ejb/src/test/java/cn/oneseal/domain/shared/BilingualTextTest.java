package cn.oneseal.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class BilingualTextTest {

  private final BilingualText basis =
      new BilingualText("《公共场所卫生管理条例》第八条", "Regulations on public places, Art. 8");

  @Test
  void chineseIsReadUnlessTheReaderAsksForEnglish() {
    assertThat(basis.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("《公共场所卫生管理条例》第八条");
    assertThat(basis.in(null)).isEqualTo("《公共场所卫生管理条例》第八条");
    assertThat(basis.in(Locale.GERMAN)).isEqualTo("《公共场所卫生管理条例》第八条");
    assertThat(basis.in(Locale.ENGLISH)).isEqualTo("Regulations on public places, Art. 8");
    assertThat(basis.in(Locale.UK)).isEqualTo("Regulations on public places, Art. 8");
  }

  @Test
  void anEnglishReaderOfAnUntranslatedTextReadsTheChinese() {
    assertThat(new BilingualText("按规定收费", " ").in(Locale.ENGLISH)).isEqualTo("按规定收费");
    assertThat(new BilingualText("按规定收费", null).in(Locale.ENGLISH)).isEqualTo("按规定收费");
    assertThat(BilingualText.NONE.in(Locale.ENGLISH)).isNull();
  }
}
