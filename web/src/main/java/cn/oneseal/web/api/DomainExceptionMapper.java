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
 * Turns a refusal of the domain into its HTTP answer (the table in docs/conventions.md). A record
 * the caller may not see is "not found" (the domain already says so), a state conflict is 409, a
 * wrong role 403, an idempotency key reused for another request 422, too many attempts 429 with
 * {@code Retry-After}.
 */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(DomainException e) {
    return toResponse(e, locale(headers));
  }

  static Response toResponse(DomainException e, Locale locale) {
    Response.StatusType status =
        switch (e.kind()) {
          case INVALID -> Response.Status.BAD_REQUEST;
          case NOT_FOUND -> Response.Status.NOT_FOUND;
          case FORBIDDEN -> Response.Status.FORBIDDEN;
          case CONFLICT -> Response.Status.CONFLICT;
          case UNAUTHENTICATED -> Response.Status.UNAUTHORIZED;
          case UNPROCESSABLE -> UNPROCESSABLE_CONTENT;
          case TOO_MANY_REQUESTS -> Response.Status.TOO_MANY_REQUESTS;
          case UNAVAILABLE -> Response.Status.SERVICE_UNAVAILABLE;
        };
    Response.ResponseBuilder response =
        Response.status(status)
            .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
            .entity(error(e, locale));
    if (status == Response.Status.UNAUTHORIZED) {
      response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"OneSeal\", charset=\"UTF-8\"");
    }
    // whole seconds rounded up: a client that waits fewer would be refused again
    e.retryAfter()
        .ifPresent(
            wait ->
                response.header(
                    HttpHeaders.RETRY_AFTER, Math.max(1, (wait.toMillis() + 999) / 1000)));
    return response.build();
  }

  /** 422 has no constant in {@link Response.Status} (Jakarta REST 3.1). */
  private static final Response.StatusType UNPROCESSABLE_CONTENT =
      new Response.StatusType() {
        @Override
        public int getStatusCode() {
          return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
          return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
          return "Unprocessable Content";
        }
      };

  /** A refused input always lists its problems, so that a client can mark each field. */
  private static ApiError error(DomainException e, Locale locale) {
    if (e.kind() != DomainException.Kind.INVALID) {
      return new ApiError(e.code(), Messages.error(e, locale));
    }
    return new ApiError(
        e.code(),
        Messages.error(e, locale),
        e.details().stream()
            .map(
                d ->
                    new ApiError.Problem(
                        d.code(), Messages.error(d.code(), locale, d.arguments()), d.field()))
            .toList());
  }

  static Locale locale(HttpHeaders headers) {
    if (headers == null || headers.getAcceptableLanguages().isEmpty()) {
      return Messages.DEFAULT_LOCALE;
    }
    return Messages.supported(headers.getAcceptableLanguages().get(0));
  }
}
