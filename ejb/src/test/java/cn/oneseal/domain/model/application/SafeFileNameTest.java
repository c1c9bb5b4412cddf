package cn.oneseal.domain.model.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafeFileNameTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "营业执照副本.pdf | 营业执照副本.pdf",
        "C:\\Users\\张三\\Desktop\\场所平面图.png | 场所平面图.png",
        "../../etc/passwd | passwd",
        "/var/www/../../公司章程.pdf | 公司章程.pdf",
        ".htaccess | htaccess",
        "...pdf | pdf",
        "报告:2026?.pdf | 报告_2026_.pdf",
        "'  申请书 .pdf.  ' | 申请书 .pdf",
      })
  void keepsTheOwnNameOfTheFileOnly(String raw, String safe) {
    assertThat(SafeFileName.of(raw)).isEqualTo(safe);
  }

  @Test
  void controlAndInvisibleCharactersGo() {
    assertThat(SafeFileName.of("plan\u0000\r\n.pdf")).isEqualTo("plan.pdf");
    // a right-to-left override would show "invoice\u202Efdp.exe" as "invoiceexe.pdf"
    assertThat(SafeFileName.of("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
    assertThat(SafeFileName.of("zero\u200Bwidth.pdf")).isEqualTo("zerowidth.pdf");
    assertThat(SafeFileName.of("tab\tand  spaces.pdf")).isEqualTo("taband spaces.pdf");
  }

  @Test
  void nothingLeftIsEmpty() {
    assertThat(SafeFileName.of(null)).isEmpty();
    assertThat(SafeFileName.of("   ")).isEmpty();
    assertThat(SafeFileName.of("../..")).isEmpty();
    assertThat(SafeFileName.of("dir/")).isEmpty();
  }

  @Test
  void aLongNameIsCutInItsStemAndKeepsItsExtension() {
    String name = SafeFileName.of("申".repeat(500) + ".pdf");
    assertThat(name).hasSize(SafeFileName.MAX_LENGTH).startsWith("申申").endsWith("申.pdf");
  }

  @Test
  void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
    // U+20000 (𠀀, CJK Extension B) takes two UTF-16 units
    String name = SafeFileName.of("a" + "\uD840\uDC00".repeat(300) + ".pdf");
    assertThat(name.length()).isLessThanOrEqualTo(SafeFileName.MAX_LENGTH);
    assertThat(name).endsWith(".pdf");
    assertThat(name.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE))
        .as("no half of a character in %s", name)
        .isTrue();
  }
}
