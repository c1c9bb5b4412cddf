package cn.oneseal.web.api;

import cn.oneseal.application.CreditCodeService;
import cn.oneseal.domain.model.registration.Validation;
import cn.oneseal.web.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Public check of a unified social credit code, for anyone about to type one into a form or a
 * contract. Any string gets a 200: whether it is valid, and why not, is the answer.
 *
 * <p>Citizen identity numbers are personal data and have no such public check.
 */
@Path("/credit-codes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CreditCodeResource {

  @Inject CreditCodeService creditCodes;

  @Context HttpHeaders headers;

  /** Every problem of {@code code}, each in the caller's language (Accept-Language). */
  @Operation(
      summary =
          "Checks a unified social credit code (GB 32100): every problem, in the caller's language")
  @GET
  @Path("/{code}")
  public CreditCodeCheckJson check(@PathParam("code") String code) {
    Locale locale = DomainExceptionMapper.locale(headers);
    Validation validation = creditCodes.check(code);
    List<ProblemJson> problems =
        validation.problems().stream()
            .map(
                p ->
                    new ProblemJson(p.code(), Messages.error(p.code(), locale, p.args().toArray())))
            .toList();
    return new CreditCodeCheckJson(code, validation.isValid(), problems);
  }

  /** The answer: the code as asked, whether it is valid, and what is wrong with it. */
  public record CreditCodeCheckJson(String code, boolean valid, List<ProblemJson> problems) {}

  /** One problem: its stable code and its text in the caller's language. */
  public record ProblemJson(String code, String message) {}
}
