package cn.oneseal.web.view.shared;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.util.Map;

/** What the error page says: which kind of failure, in words, never a stack trace. */
@Named
@RequestScoped
public class ErrorView {

  /**
   * A form sent from a page whose state expired (the session ended) or was forged is the sender's
   * case, not the server's: the container reports it as a failure (500); the page answers 400.
   */
  @PostConstruct
  void statusOfAnExpiredView() {
    if (isViewExpired()) {
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(400);
    }
  }

  /** The HTTP status of the failed request (0 when the page is opened directly). */
  public int getStatus() {
    Object code = attributes().get(RequestDispatcher.ERROR_STATUS_CODE);
    return code instanceof Integer status ? status : 0;
  }

  /** The page a form was sent from expired (the session ended): not an error of the person. */
  public boolean isViewExpired() {
    Object type = attributes().get(RequestDispatcher.ERROR_EXCEPTION_TYPE);
    if (type instanceof Class<?> c && ViewExpiredException.class.isAssignableFrom(c)) {
      return true;
    }
    for (Object t = attributes().get(RequestDispatcher.ERROR_EXCEPTION);
        t instanceof Throwable cause;
        t = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof ViewExpiredException) {
        return true;
      }
    }
    return false;
  }

  /** The bundle key suffix of the explanation: expired, generic, 400, 401, 403, 404 or 500. */
  public String getKind() {
    if (isViewExpired()) {
      return "expired";
    }
    return switch (getStatus()) {
      case 401, 403, 404 -> String.valueOf(getStatus());
      case 400, 405, 409, 413 -> "400";
      case 0 -> "generic";
      default -> "500";
    };
  }

  private static Map<String, Object> attributes() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
  }
}
