package cn.oneseal.application;

import cn.oneseal.domain.model.notification.NotificationKind;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The e-mail copy of a notification, Chinese first and English below, so that one message serves
 * every reader without knowing their language. The wording is data ({@code
 * cn/oneseal/notifications/mail} bundle).
 */
public record NotificationMail(String subject, String body) {

  private static final String BUNDLE = "cn.oneseal.notifications.mail";
  private static final String[] LANGUAGES = {"zh", "en"};

  /**
   * The mail for a notice; it links to the task when there is one, else to the application, else to
   * the notification list.
   */
  public static NotificationMail compose(
      NotificationKind kind,
      String applicationNumber,
      String taskId,
      String step,
      String detail,
      String publicUrl) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
    String link = link(publicUrl, applicationNumber, taskId);
    List<String> subjects = new ArrayList<>();
    List<String> blocks = new ArrayList<>();
    for (String language : LANGUAGES) {
      String number =
          present(applicationNumber)
              ? format(bundle, "subject.number." + language, applicationNumber)
              : "";
      subjects.add(
          format(bundle, "subject." + language, text(bundle, kind.id() + "." + language), number));
      List<String> lines = new ArrayList<>();
      lines.add(text(bundle, kind.id() + ".sentence." + language));
      lines.add("");
      if (present(applicationNumber)) {
        lines.add(format(bundle, "line.application." + language, applicationNumber));
      }
      if (present(step)) {
        lines.add(format(bundle, "line.step." + language, stepName(bundle, step, language)));
      }
      if (present(detail)) {
        lines.add(format(bundle, "line.detail." + language, detail.strip()));
      }
      lines.add(format(bundle, "line.link." + language, link));
      lines.add("");
      lines.add(text(bundle, "footer." + language));
      blocks.add(String.join("\n", lines));
    }
    return new NotificationMail(
        String.join(" / ", subjects),
        String.join("\n\n----------------------------------------\n\n", blocks) + "\n");
  }

  static String link(String publicUrl, String applicationNumber, String taskId) {
    if (present(taskId)) {
      return publicUrl + "/staff/task.xhtml?id=" + encode(taskId);
    }
    if (present(applicationNumber)) {
      return publicUrl + "/application.xhtml?number=" + encode(applicationNumber);
    }
    return publicUrl + "/notifications.xhtml";
  }

  /** A step known by its BPMN id reads by its name; any other text is shown as given. */
  private static String stepName(ResourceBundle bundle, String step, String language) {
    String key = "step." + step.strip() + "." + language;
    return bundle.containsKey(key) ? bundle.getString(key) : step.strip();
  }

  private static String text(ResourceBundle bundle, String key) {
    return bundle.getString(key);
  }

  private static String format(ResourceBundle bundle, String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), Locale.ROOT).format(arguments);
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value.strip(), StandardCharsets.UTF_8);
  }
}
