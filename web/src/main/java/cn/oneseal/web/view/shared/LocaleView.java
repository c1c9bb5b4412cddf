package cn.oneseal.web.view.shared;

import cn.oneseal.web.i18n.Messages;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The language a person reads the bureau's pages in: Chinese first, English on request. The switch
 * is a plain link ({@code ?lang=en}) to the page being read, so that it works on every page — error
 * pages and pages with parameters included — without a form or a script.
 */
@Named
@SessionScoped
public class LocaleView implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String PARAM = "lang";

  private Locale locale = Messages.DEFAULT_LOCALE;

  /** Bound to {@code <f:view locale>}; a {@code lang} parameter on the request switches first. */
  public Locale getLocale() {
    FacesContext context = FacesContext.getCurrentInstance();
    if (context != null) {
      String requested = context.getExternalContext().getRequestParameterMap().get(PARAM);
      if ("en".equals(requested)) {
        locale = Locale.ENGLISH;
      } else if ("zh".equals(requested)) {
        locale = Messages.DEFAULT_LOCALE;
      }
    }
    return locale;
  }

  public boolean isEnglish() {
    return Locale.ENGLISH.getLanguage().equals(getLocale().getLanguage());
  }

  /** For {@code <html lang>}. */
  public String getLanguageTag() {
    return getLocale().toLanguageTag();
  }

  /** Picks the Chinese or the English text of a bilingual record. */
  public String pick(String zh, String en) {
    return isEnglish() && en != null && !en.isBlank() ? en : zh;
  }

  /**
   * The page being read (on an error page: the page that failed) with its query, in the other
   * language.
   */
  public String switchUrl(String language) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (uri == null) {
      uri = request.getRequestURI();
    }
    String query = request.getQueryString();
    List<String> kept = new ArrayList<>();
    if (query != null && !query.isEmpty()) {
      for (String pair : query.split("&")) {
        if (!pair.isEmpty() && !PARAM.equals(pair.split("=", 2)[0])) {
          kept.add(pair);
        }
      }
    }
    kept.add(PARAM + "=" + URLEncoder.encode(language, StandardCharsets.UTF_8));
    return uri + "?" + String.join("&", kept);
  }
}
