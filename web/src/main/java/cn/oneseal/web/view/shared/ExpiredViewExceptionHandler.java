package cn.oneseal.web.view.shared;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.RequestDispatcher;
import java.util.Iterator;
import java.util.Map;

/**
 * A form sent from a page whose state expired or was forged is the sender's case: the friendly
 * error page with 400, rendered here instead of letting the exception reach the container (which
 * would answer 500 and log the person's stale form as a server failure).
 */
public class ExpiredViewExceptionHandler extends ExceptionHandlerWrapper {

  public ExpiredViewExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Throwable failure = events.next().getContext().getException();
      ViewExpiredException expired = expiredIn(failure);
      if (expired != null) {
        events.remove();
        showErrorPage(expired);
      }
    }
    getWrapped().handle();
  }

  private static ViewExpiredException expiredIn(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ViewExpiredException expired) {
        return expired;
      }
    }
    return null;
  }

  private static void showErrorPage(ViewExpiredException expired) {
    FacesContext context = FacesContext.getCurrentInstance();
    Map<String, Object> request = context.getExternalContext().getRequestMap();
    request.put(RequestDispatcher.ERROR_EXCEPTION, expired);
    request.put(RequestDispatcher.ERROR_EXCEPTION_TYPE, ViewExpiredException.class);
    request.put(RequestDispatcher.ERROR_STATUS_CODE, 400);
    context.getExternalContext().setResponseStatus(400);
    context.setViewRoot(
        context.getApplication().getViewHandler().createView(context, "/error.xhtml"));
    context.getPartialViewContext().setRenderAll(true);
    context.renderResponse();
  }

  /** Registered in faces-config.xml. */
  public static class Factory extends ExceptionHandlerFactory {

    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new ExpiredViewExceptionHandler(getWrapped().getExceptionHandler());
    }
  }
}
