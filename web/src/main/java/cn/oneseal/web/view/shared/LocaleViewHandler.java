package cn.oneseal.web.view.shared;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Gives every view the language the person chose from the moment it is created. Without it a view
 * starts in the browser's language and takes the chosen one only when its page is built for
 * rendering — too late for view parameters and view actions, which already produce text.
 */
public class LocaleViewHandler extends ViewHandlerWrapper {

  public LocaleViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Locale calculateLocale(FacesContext context) {
    return CDI.current().select(LocaleView.class).get().getLocale();
  }
}
