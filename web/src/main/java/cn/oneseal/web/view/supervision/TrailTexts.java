package cn.oneseal.web.view.supervision;

import cn.oneseal.web.i18n.Messages;
import cn.oneseal.web.view.shared.FacesSupport;
import cn.oneseal.workflow.supervision.TimelineEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * How the audit trail reads on pages, in the person's language: the purpose of a read (a step's
 * name, or electronic supervision), an act's name, an engine line. For pages: {@code
 * #{trailTexts.purpose(v.purpose())}}.
 */
@Named
@ApplicationScoped
public class TrailTexts {

  static final String BUNDLE = "cn.oneseal.web.i18n.trail";

  static String text(String key, Object... arguments) {
    return Messages.textOr(BUNDLE, key, key, FacesSupport.locale(), arguments);
  }

  /** The purpose of a read: the name of the step that was open, or one of the trail's purposes. */
  public String purpose(String code) {
    if (code == null) {
      return "";
    }
    String own = Messages.textOr(BUNDLE, "trail.purpose." + code, null, FacesSupport.locale());
    return own != null
        ? own
        : Messages.textOr(Messages.UI_BUNDLE, "step." + code, code, FacesSupport.locale());
  }

  /** A role's name. */
  public String role(String id) {
    return id == null
        ? ""
        : Messages.textOr(Messages.UI_BUNDLE, "role." + id, id, FacesSupport.locale());
  }

  /** An act's name: a case's act by its history name, the trail's own acts, else its code. */
  public String action(String code) {
    if (code == null) {
      return "";
    }
    String own = Messages.textOr(BUNDLE, "trail.action." + code, null, FacesSupport.locale());
    if (own != null) {
      return own;
    }
    return code.startsWith("case.")
        ? Messages.textOr(
            Messages.UI_BUNDLE, "action." + code.substring(5), code, FacesSupport.locale())
        : code;
  }

  /** What a line of the timeline says happened. */
  public String what(TimelineEntry line) {
    return switch (line.kind()) {
      case TimelineEntry.ENGINE -> text("trail.engine." + line.code(), line.subject());
      case TimelineEntry.READ -> text("trail.read", purpose(line.code()));
      default -> action(line.code());
    };
  }

  /** The name of a kind of line. */
  public String kind(String kind) {
    return text("trail.kind." + kind);
  }
}
