package cn.oneseal.domain.model.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.oneseal.domain.shared.DomainException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  private final PasswordPolicy policy = new PasswordPolicy(12, 5);

  @Test
  void aLongPassphraseIsAccepted() {
    assertThat(policy.problems("zhaoliu", "correct horse battery")).isEmpty();
    assertThat(policy.problems("zhaoliu", "长城长江黄河泰山华山衡山")).isEmpty();
  }

  @Test
  void lengthIsCountedInCharactersNotBytes() {
    assertThat(codes("zhaoliu", "长城长江黄河泰山华山衡")).containsExactly("error.password.tooShort");
  }

  @Test
  void shortLongBlankAndRepetitivePasswordsAreRefusedWithEveryReason() {
    assertThat(codes("zhaoliu", "aaaa"))
        .containsExactly("error.password.tooShort", "error.password.tooSimple");
    assertThat(codes("zhaoliu", "x".repeat(64) + "yzw".repeat(30)))
        .containsExactly("error.password.tooLong");
    assertThat(codes("zhaoliu", "   ")).containsExactly("error.password.required");
    assertThat(codes("zhaoliu", null)).containsExactly("error.password.required");
    assertThat(codes("zhaoliu", "abababababababab")).containsExactly("error.password.tooSimple");
  }

  @Test
  void thePasswordMustNotContainTheUserName() {
    assertThat(codes("zhaoliu", "my-ZhaoLiu-2026!"))
        .containsExactly("error.password.containsUsername");
  }

  @Test
  void aPolicyBelowEightCharactersCannotBeConfigured() {
    assertThatThrownBy(() -> new PasswordPolicy(6, 5)).isInstanceOf(IllegalArgumentException.class);
  }

  private List<String> codes(String username, String password) {
    return policy.problems(username, password).stream().map(DomainException.Detail::code).toList();
  }
}
