package cn.oneseal.domain.model.publication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 双公示 shows a natural person by the surname only, an entity by its registered name. */
class PublicNameTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "张三, 张**",
    "王小明, 王**",
    "李, 李**",
    "欧阳娜娜, 欧阳**",
    "司马相如, 司马**",
    "诸葛亮, 诸葛**",
    "上官婉儿, 上官**",
    "皇甫嵩, 皇甫**",
    // two characters: the first is the surname even when both could be a compound one (欧 阳)
    "欧阳, 欧**",
    "阿依古丽·买买提, 阿**",
    "John Smith, Smith **",
    "Madonna, M**",
    "'  赵六  ', 赵**"
  })
  void aNaturalPersonKeepsTheSurnameOnly(String name, String shown) {
    assertThat(PublicName.of(name, true)).isEqualTo(shown);
  }

  @Test
  void theMaskDoesNotRevealTheLengthOfTheGivenName() {
    assertThat(PublicName.of("张三", true)).isEqualTo(PublicName.of("张三丰", true));
  }

  @Test
  void anEntityIsShownByItsRegisteredName() {
    assertThat(PublicName.of("太原市小店区张三小吃店", false)).isEqualTo("太原市小店区张三小吃店");
    assertThat(PublicName.of("山西一颗印章科技有限公司", false)).isEqualTo("山西一颗印章科技有限公司");
  }

  @Test
  void nobodyIsANaturalPersonWithACreditCodeOrARegisteredEntityType() {
    assertThat(PublicName.naturalPerson("91140100MA0K0A1B2C", false)).isFalse();
    assertThat(PublicName.naturalPerson(null, true)).isFalse();
    assertThat(PublicName.naturalPerson(null, false)).isTrue();
    assertThat(PublicName.naturalPerson("  ", false)).isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "经营者身份证号 110101199003071234 未亮证 | 经营者身份证号 *** 未亮证",
        "旧证 110101900307123 号 | 旧证 *** 号",
        "末位 X 的号码 11010119900307123X | 末位 X 的号码 ***",
        "联系电话 13812345678 | 联系电话 ***",
        "电话 +86 138-1234-5678 | 电话 ***",
        "座机 0351-1234567 | 座机 ***",
        "处以罚款 5000 元 | 处以罚款 5000 元"
      })
  void identityNumbersAndPhonesAreScrubbedFromFreeText(String text, String scrubbed) {
    assertThat(PublicName.scrub(text)).isEqualTo(scrubbed);
  }

  @Test
  void anEntityNameCarryingAPhoneLosesIt() {
    assertThat(PublicName.of("订餐13812345678小吃店", false)).doesNotContain("13812345678");
  }
}
