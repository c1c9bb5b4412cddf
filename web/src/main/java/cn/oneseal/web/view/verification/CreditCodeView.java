package cn.oneseal.web.view.verification;

import cn.oneseal.application.CreditCodeService;
import cn.oneseal.domain.model.registration.Validation;
import cn.oneseal.web.i18n.Messages;
import cn.oneseal.web.view.shared.FacesSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * Public check of a unified social credit code (统一社会信用代码校验): valid, or every problem in plain
 * language. {@code ?code=X} checks X straight away, so a result is a link.
 */
@Named
@ViewScoped
public class CreditCodeView implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int MAX_LENGTH = 64;

  @Inject private CreditCodeService creditCodes;

  private String creditCode;
  private String checkedCode;
  private boolean checked;
  private boolean valid;
  private List<String> problems = List.of();

  /** Checks the code given as {@code ?code=}, if any. */
  public void load() {
    if (creditCode != null && !creditCode.isBlank()) {
      verify();
    }
  }

  public void verify() {
    checked = false;
    problems = List.of();
    String typed = creditCode == null ? "" : creditCode.strip();
    String candidate = typed.length() > MAX_LENGTH ? typed.substring(0, MAX_LENGTH) : typed;
    FacesSupport.attempt(
        () -> {
          Validation validation = creditCodes.check(candidate);
          Locale locale = FacesSupport.locale();
          problems =
              validation.problems().stream()
                  .map(p -> Messages.error(p.code(), locale, p.args().toArray()))
                  .toList();
          valid = validation.isValid();
          checkedCode = candidate;
          checked = true;
        });
  }

  public boolean isChecked() {
    return checked;
  }

  public boolean isValid() {
    return valid;
  }

  public List<String> getProblems() {
    return problems;
  }

  public String getCheckedCode() {
    return checkedCode;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public void setCreditCode(String creditCode) {
    this.creditCode = creditCode;
  }
}
