package cn.oneseal.application.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Line breaking measured in characters: every character is one unit wide. */
class LineBreakerTest {

  private static List<String> lines(String text, float width) throws IOException {
    return LineBreaker.lines(text, part -> part.codePointCount(0, part.length()), width);
  }

  @Test
  void chineseBreaksBetweenAnyTwoCharacters() throws IOException {
    assertThat(lines("餐饮服务食品销售", 3)).containsExactly("餐饮服", "务食品", "销售");
  }

  @Test
  void closingPunctuationNeverStartsALine() throws IOException {
    assertThat(lines("餐饮服务，食品销售", 4)).containsExactly("餐饮服", "务，食品", "销售");
  }

  @Test
  void openingPunctuationNeverEndsALine() throws IOException {
    assertThat(lines("餐饮服（堂食）", 4)).containsExactly("餐饮服", "（堂食）");
  }

  @Test
  void numbersAndLatinWordsStayWhole() throws IOException {
    assertThat(lines("长治路1501室", 5)).containsExactly("长治路", "1501室");
  }

  @Test
  void onlyARunWiderThanTheLineIsCut() throws IOException {
    assertThat(lines("码ABCDEFG", 3)).containsExactly("码", "ABC", "DEF", "G");
  }

  @Test
  void lineBreaksInTheTextAreKeptAndSpacesAtLineEndsDropped() throws IOException {
    assertThat(lines("一般项目：软件开发 \n 许可项目：出版物零售", 20)).containsExactly("一般项目：软件开发", "许可项目：出版物零售");
    assertThat(lines("食品 销售", 2)).containsExactly("食品", "销售");
  }
}
