package cn.oneseal.infrastructure.sms;

import cn.oneseal.application.SmsGateway;
import cn.oneseal.domain.model.notification.NotificationDelivery;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The demo's SMS gateway: sends nothing. The message is kept in the notification log by the caller
 * (with the number masked) and named in the server log, so a demonstration and the tests see what a
 * phone would have received. A real provider replaces this bean (see {@link SmsGateway}).
 */
@ApplicationScoped
public class LogOnlySmsGateway implements SmsGateway {

  private static final Logger LOG = Logger.getLogger(LogOnlySmsGateway.class.getName());

  @Override
  public String send(String mobile, String text, String messageKey) {
    String receipt = "demo-" + UUID.randomUUID();
    LOG.info(
        () ->
            "SMS (demo, not sent) to "
                + NotificationDelivery.maskPhone(mobile)
                + ", "
                + text.length()
                + " characters, "
                + messageKey
                + ": "
                + receipt);
    return receipt;
  }
}
