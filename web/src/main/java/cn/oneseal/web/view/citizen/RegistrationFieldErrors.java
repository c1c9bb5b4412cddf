package cn.oneseal.web.view.citizen;

import cn.oneseal.application.dto.RegistrationView;
import cn.oneseal.web.i18n.Messages;
import cn.oneseal.web.view.shared.FacesSupport;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts what a save refused beside the fields it concerns: each problem becomes a message of its
 * input (shown by the {@code p:message} next to it), and the input is marked invalid, which
 * PrimeFaces renders as {@code aria-invalid} and the error style. A problem whose input is not on
 * the page (the list as a whole, a field of another step) is shown at the top.
 */
final class RegistrationFieldErrors {

  static final String FORM = "wizardForm";

  private static final Pattern ROW = Pattern.compile("(scope|investors)\\[(\\d+)]\\.(\\w+)");

  private RegistrationFieldErrors() {}

  /** Which data row a form row was sent as, for the rows of the scope and the investors. */
  record Rows(IntUnaryOperator scopeRowOfSent, IntUnaryOperator investorRowOfSent) {}

  /**
   * The client id of the input of a field of the one form ({@code domicile}, {@code
   * scope[0].industryCode} …, see {@link RegistrationView.FieldProblem}), if it has one.
   *
   * @param departmentInput the input of a department field, by the field's name
   */
  static Optional<String> clientId(
      String field, Rows rows, Function<String, Optional<String>> departmentInput) {
    if (field.startsWith("extra.")) {
      return departmentInput.apply(field.substring("extra.".length()));
    }
    Matcher row = ROW.matcher(field);
    if (row.matches()) {
      int sent = Integer.parseInt(row.group(2));
      boolean scope = row.group(1).equals("scope");
      int formRow =
          scope
              ? rows.scopeRowOfSent().applyAsInt(sent)
              : rows.investorRowOfSent().applyAsInt(sent);
      String input = inputOfRow(scope, row.group(3));
      return formRow < 0 || input == null
          ? Optional.empty()
          : Optional.of(
              FORM + ":" + (scope ? "scopeRows" : "investorRows") + ":" + formRow + ":" + input);
    }
    String input =
        switch (field) {
          case "area" -> "nameChoice";
          case "domicile", "capitalAmount", "capitalCurrency", "operatingYears" -> field;
          case "contactPhone", "contactEmail" -> field;
          case "legalRepresentativeName" -> "legalRepName";
          case "legalRepresentativeIdentity" -> "legalRepIdentity";
          default -> null;
        };
    return Optional.ofNullable(input).map(i -> FORM + ":" + i);
  }

  private static String inputOfRow(boolean scope, String part) {
    if (scope) {
      return switch (part) {
        case "description" -> "scopeDescription";
        case "industryCode" -> "scopeIndustryCode";
        default -> null;
      };
    }
    return switch (part) {
      case "name" -> "investorName";
      case "country" -> "investorCountry";
      case "identity" -> "investorIdentity";
      case "contribution" -> "investorContribution";
      default -> null;
    };
  }

  /** Whether the component is on the page: it and every container around it rendered. */
  private static boolean shown(UIComponent component) {
    for (UIComponent c = component; c != null; c = c.getParent()) {
      if (!c.isRendered()) {
        return false;
      }
    }
    return true;
  }

  /** A refused answer's text in the reader's language. */
  static String text(RegistrationView.FieldProblem problem) {
    return Messages.error(problem.code(), FacesSupport.locale(), problem.args().toArray());
  }

  /**
   * Shows a problem beside its input when the page has it, else at the top.
   *
   * @return whether it went beside its input
   */
  static boolean show(Optional<String> clientId, String text) {
    FacesContext context = FacesSupport.context();
    FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
    boolean[] found = {false};
    clientId.ifPresent(
        id ->
            context
                .getViewRoot()
                .invokeOnComponent(
                    context,
                    id,
                    (ctx, component) -> {
                      if (shown(component)) {
                        found[0] = true;
                        if (component instanceof UIInput input) {
                          input.setValid(false);
                        }
                      }
                    }));
    context.addMessage(found[0] ? clientId.get() : null, message);
    return found[0];
  }
}
