package cn.oneseal.web.api;

import cn.oneseal.web.i18n.Messages;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The runtime's own refusals (unknown path, wrong method or media type) in our error format. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(WebApplicationException e) {
    int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
    String code =
        switch (status) {
          case 404 -> "error.request.notFound";
          case 405 -> "error.request.methodNotAllowed";
          case 406 -> "error.request.notAcceptable";
          case 415 -> "error.request.unsupportedMediaType";
          default -> status >= 500 ? null : "error.request.malformed";
        };
    if (code == null) {
      return UnexpectedExceptionMapper.internalError(e, headers);
    }
    if (status == 400 && isMultipart(headers)) {
      // the runtime's words for it name our resource method: say what is wrong instead
      code = "error.request.multipart";
    }
    String detail = status == 400 ? String.valueOf(e.getMessage()) : "";
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(
            new ApiError(code, Messages.error(code, DomainExceptionMapper.locale(headers), detail)))
        .build();
  }

  private static boolean isMultipart(HttpHeaders headers) {
    try {
      MediaType type = headers == null ? null : headers.getMediaType();
      return type != null && "multipart".equalsIgnoreCase(type.getType());
    } catch (IllegalArgumentException unparsable) {
      return false;
    }
  }
}
