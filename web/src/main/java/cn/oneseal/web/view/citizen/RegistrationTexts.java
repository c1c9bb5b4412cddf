package cn.oneseal.web.view.citizen;

import cn.oneseal.application.dto.RegistrationView;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.web.i18n.Messages;
import cn.oneseal.web.view.shared.FacesSupport;
import jakarta.faces.application.FacesMessage;
import java.util.List;

/**
 * The texts of the registration screens (the {@code registration} bundle) and the translation of
 * the one form's problems, which come from the domain as message keys of the {@code errors} bundle.
 */
public final class RegistrationTexts {

  public static final String BUNDLE = "cn.oneseal.web.i18n.registration";

  private RegistrationTexts() {}

  public static String text(String key, Object... arguments) {
    return Messages.textOr(BUNDLE, key, key, FacesSupport.locale(), arguments);
  }

  /** What is still missing in a draft, in the reader's language. */
  static List<String> problems(List<RegistrationView.Problem> problems) {
    return problems.stream()
        .map(p -> Messages.error(p.code(), FacesSupport.locale(), p.args().toArray()))
        .toList();
  }

  /** Every problem of a refusal, each as its own error message on the page. */
  static void showAll(DomainException refusal) {
    refusal
        .details()
        .forEach(d -> error(Messages.error(d.code(), FacesSupport.locale(), d.arguments())));
  }

  static void error(String text) {
    FacesSupport.context()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  public static void info(String key, Object... arguments) {
    FacesSupport.context()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
  }

  /** Messages added from now on survive the redirect that follows. */
  static void keepMessagesAfterRedirect() {
    FacesSupport.context().getExternalContext().getFlash().setKeepMessages(true);
  }
}
