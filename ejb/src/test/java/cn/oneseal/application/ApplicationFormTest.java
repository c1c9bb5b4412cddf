package cn.oneseal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.oneseal.domain.shared.DomainException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApplicationFormTest {

  private static Map<String, String> valid() {
    Map<String, String> form = new HashMap<>();
    form.put("applicantName", " 张三 ");
    form.put("contactPhone", "13800138000");
    form.put("description", "开办理发店");
    return form;
  }

  @Test
  void aCompleteFormIsTrimmedAndKept() {
    assertThat(ApplicationForm.validate(valid())).containsEntry("applicantName", "张三").hasSize(3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"applicantName", "contactPhone", "description"})
  void eachRequiredFieldIsRequired(String field) {
    Map<String, String> form = valid();
    form.put(field, "   ");
    assertThatThrownBy(() -> ApplicationForm.validate(form))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.code()).isEqualTo("error.form.required");
              assertThat(e.arguments()).containsExactly(field);
              assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "12", "1380013800a", "++8613800138000"})
  void phoneNumbersMustLookLikePhoneNumbers(String phone) {
    Map<String, String> form = valid();
    form.put("contactPhone", phone);
    assertThatThrownBy(() -> ApplicationForm.validate(form)).hasMessage("error.form.phone");
  }

  @ParameterizedTest
  @ValueSource(strings = {"13800138000", "0351-1234567", "+86 138 0013 8000"})
  void commonPhoneFormatsPass(String phone) {
    Map<String, String> form = valid();
    form.put("contactPhone", phone);
    assertThat(ApplicationForm.validate(form)).containsEntry("contactPhone", phone);
  }

  @Test
  void aMissingFormIsRefused() {
    assertThatThrownBy(() -> ApplicationForm.validate(null)).hasMessage("error.form.missing");
  }

  @Test
  void anApplicantsCreditCodeIsOptionalButMustCheck() {
    Map<String, String> form = valid();
    form.put("creditCode", "91350100M000100Y43");
    assertThat(ApplicationForm.validate(form)).containsEntry("creditCode", "91350100M000100Y43");
    form.put("creditCode", "91350100M000100Y44");
    assertThatThrownBy(() -> ApplicationForm.validate(form)).hasMessage("error.creditCode.check");
  }
}
