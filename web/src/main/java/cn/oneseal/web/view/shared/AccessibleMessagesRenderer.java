package cn.oneseal.web.view.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages, with each message a plain list item. PrimeFaces 15 gives every {@code <li>}
 * of the list {@code role="alert"}, which makes it no list item any more: screen readers no longer
 * count the problems, and axe-core reports the list as broken (serious). The container already is a
 * polite live region, so the problems are still announced when they appear.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

  @Override
  protected void encodeMessage(
      ResponseWriter writer,
      Messages messages,
      FacesMessage message,
      String severity,
      boolean escape)
      throws IOException {
    super.encodeMessage(new ListItemWriter(writer), messages, message, severity, escape);
  }

  /** Writes everything but the role and atomicity PrimeFaces puts on the item. */
  private static final class ListItemWriter extends ResponseWriterWrapper {

    ListItemWriter(ResponseWriter wrapped) {
      super(wrapped);
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
      if (!"role".equals(name) && !"aria-atomic".equals(name)) {
        super.writeAttribute(name, value, property);
      }
    }
  }
}
