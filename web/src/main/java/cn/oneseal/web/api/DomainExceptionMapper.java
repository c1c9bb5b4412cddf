package cn.oneseal.web.api;

import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.web.i18n.Messages;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * Turns a refusal of the domain into its HTTP answer. A record the caller may not see is "not
 * found" (the domain already says so), a state conflict is 409, a wrong role 403.
 */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(DomainException e) {
    return toResponse(e, locale(headers));
  }

  static Response toResponse(DomainException e, Locale locale) {
    Response.Status status =
        switch (e.kind()) {
          case INVALID -> Response.Status.BAD_REQUEST;
          case NOT_FOUND -> Response.Status.NOT_FOUND;
          case FORBIDDEN -> Response.Status.FORBIDDEN;
          case CONFLICT -> Response.Status.CONFLICT;
          case UNAUTHENTICATED -> Response.Status.UNAUTHORIZED;
        };
    Response.ResponseBuilder response =
        Response.status(status)
            .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
            .entity(error(e, locale));
    if (status == Response.Status.UNAUTHORIZED) {
      response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"OneSeal\", charset=\"UTF-8\"");
    }
    return response.build();
  }

  private static ApiError error(DomainException e, Locale locale) {
    if (e.details().size() < 2) {
      return new ApiError(e.code(), Messages.error(e, locale));
    }
    return new ApiError(
        e.code(),
        Messages.error(e, locale),
        e.details().stream()
            .map(
                d ->
                    new ApiError.Problem(d.code(), Messages.error(d.code(), locale, d.arguments())))
            .toList());
  }

  static Locale locale(HttpHeaders headers) {
    if (headers == null || headers.getAcceptableLanguages().isEmpty()) {
      return Messages.DEFAULT_LOCALE;
    }
    return Messages.supported(headers.getAcceptableLanguages().get(0));
  }
}
