package cn.oneseal.web.view.shared;

import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.web.i18n.Messages;
import cn.oneseal.web.input.InputConstraints;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What every view does with Faces: find the person's locale, tell them what happened (always in
 * their language, never as a stack trace), and move them on.
 */
public final class FacesSupport {

  private static final Logger LOG = Logger.getLogger(FacesSupport.class.getName());

  private FacesSupport() {}

  public static FacesContext context() {
    return FacesContext.getCurrentInstance();
  }

  public static Locale locale() {
    FacesContext context = context();
    if (context != null && context.getViewRoot() != null) {
      return Messages.supported(context.getViewRoot().getLocale());
    }
    return Messages.DEFAULT_LOCALE;
  }

  public static String text(String key, Object... arguments) {
    return Messages.ui(key, locale(), arguments);
  }

  /** A refusal of the domain, translated, as a global error message. */
  public static void error(DomainException e) {
    if (e.details().size() > 1) {
      e.details()
          .forEach(
              d ->
                  add(
                      null,
                      FacesMessage.SEVERITY_ERROR,
                      Messages.error(d.code(), locale(), d.arguments())));
      return;
    }
    add(null, FacesMessage.SEVERITY_ERROR, Messages.error(e, locale()));
  }

  /**
   * A failure the person cannot fix (the database, the process engine): logged with a reference the
   * person can quote, and shown as "try again later" instead of an error page.
   */
  public static void unexpected(EJBException e) {
    Optional<DomainException> refusal = InputConstraints.refusalIn(e);
    if (refusal.isPresent()) {
      error(refusal.get());
      return;
    }
    String reference = UUID.randomUUID().toString().substring(0, 8);
    LOG.log(Level.SEVERE, "unexpected failure, reference " + reference, e);
    add(null, FacesMessage.SEVERITY_ERROR, Messages.error("error.internal", locale(), reference));
  }

  /**
   * Runs part of an action and shows its refusal or failure the way {@link ReportsProblems} does:
   * for a method the view itself calls, or for an action that goes on after a failed step (reloads
   * its list, for example).
   *
   * @return whether the part succeeded
   */
  public static boolean attempt(Runnable part) {
    return attempt(part, false);
  }

  /** {@link #attempt(Runnable)} for reading the page's subject: a refusal also sets the status. */
  public static boolean attemptLoading(Runnable part) {
    return attempt(part, true);
  }

  private static boolean attempt(Runnable part, boolean pageStatus) {
    try {
      part.run();
      return true;
    } catch (DomainException e) {
      error(e);
      if (pageStatus) {
        statusFor(e);
      }
    } catch (EJBException e) {
      unexpected(e);
    }
    return false;
  }

  public static void info(String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
  }

  /** A confirmation whose text is in another bundle than the UI's main one. */
  public static void infoFrom(String bundle, String key, Object... arguments) {
    add(
        null,
        FacesMessage.SEVERITY_INFO,
        cn.oneseal.web.i18n.Messages.textOr(bundle, key, key, locale(), arguments));
  }

  /** A message that survives the redirect that follows (post / redirect / get). */
  public static void infoAfterRedirect(String key, Object... arguments) {
    context().getExternalContext().getFlash().setKeepMessages(true);
    info(key, arguments);
  }

  private static void add(String clientId, FacesMessage.Severity severity, String text) {
    context().addMessage(clientId, new FacesMessage(severity, text, null));
  }

  public static String param(String name) {
    return context().getExternalContext().getRequestParameterMap().get(name);
  }

  public static void status(int status) {
    context().getExternalContext().setResponseStatus(status);
  }

  /** The HTTP status that fits a refusal shown on a page that could not load its subject. */
  public static void statusFor(DomainException e) {
    switch (e.kind()) {
      case NOT_FOUND -> status(404);
      case FORBIDDEN -> status(403);
      case CONFLICT -> status(409);
      default -> status(400);
    }
  }

  /** Redirects to a path of this application (starting with "/") and ends the Faces lifecycle. */
  public static void redirect(String path) {
    ExternalContext external = context().getExternalContext();
    try {
      external.redirect(external.getRequestContextPath() + path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context().responseComplete();
  }
}
