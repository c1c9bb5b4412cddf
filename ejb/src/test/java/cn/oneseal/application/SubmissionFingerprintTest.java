package cn.oneseal.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.domain.model.application.Upload;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubmissionFingerprintTest {

  private static final Upload LICENCE =
      new Upload(
          "licence", "营业执照.pdf", "application/pdf", "%PDF-1".getBytes(StandardCharsets.UTF_8));

  @Test
  void theSameRequestInAnotherPropertyOrderIsTheSameRequest() {
    Map<String, String> one = new LinkedHashMap<>();
    one.put("applicantName", "张三");
    one.put("contactPhone", "13800138000");
    Map<String, String> other = new LinkedHashMap<>();
    other.put("contactPhone", "13800138000");
    other.put("applicantName", "张三");

    assertThat(SubmissionFingerprint.of("XK-0001", one, List.of(LICENCE)))
        .isEqualTo(SubmissionFingerprint.of("XK-0001", other, List.of(LICENCE)))
        .hasSize(64);
  }

  @Test
  void anotherItemFormValueOrFileIsAnotherRequest() {
    String original = SubmissionFingerprint.of("XK-0001", Map.of("a", "bc"), List.of(LICENCE));

    assertThat(SubmissionFingerprint.of("XK-0002", Map.of("a", "bc"), List.of(LICENCE)))
        .isNotEqualTo(original);
    assertThat(SubmissionFingerprint.of("XK-0001", Map.of("ab", "c"), List.of(LICENCE)))
        .isNotEqualTo(original);
    assertThat(SubmissionFingerprint.of("XK-0001", Map.of("a", "bc"), List.of()))
        .isNotEqualTo(original);
    Upload changed =
        new Upload(
            "licence", "营业执照.pdf", "application/pdf", "%PDF-2".getBytes(StandardCharsets.UTF_8));
    assertThat(SubmissionFingerprint.of("XK-0001", Map.of("a", "bc"), List.of(changed)))
        .isNotEqualTo(original);
  }

  @Test
  void aMissingFormIsNotAnEmptyValue() {
    assertThat(SubmissionFingerprint.of(null, null, null))
        .isEqualTo(SubmissionFingerprint.of(null, Map.of(), List.of()))
        .isNotEqualTo(SubmissionFingerprint.of("", Map.of(), List.of()));
  }
}
