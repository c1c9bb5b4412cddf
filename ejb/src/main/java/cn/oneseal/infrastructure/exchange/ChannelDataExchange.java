package cn.oneseal.infrastructure.exchange;

import cn.oneseal.application.DataExchange;
import cn.oneseal.domain.model.registration.DataExchangeChannel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Sends a push the way its channel says: refused while the channel is closed (the department's
 * maintenance), else simulated or over HTTPS to the department's receiver.
 */
@ApplicationScoped
public class ChannelDataExchange implements DataExchange {

  @Inject SimulatedDataExchange simulated;

  @Inject HttpsDataExchange https;

  @Override
  public Answer send(Channel channel, Outgoing push) {
    if (!channel.available()) {
      throw new DepartmentUnavailableException(
          "channel closed"
              + (channel.note() == null ? "" : ": " + channel.note())
              + " ("
              + channel.certificateCode()
              + ")");
    }
    return DataExchangeChannel.Mode.HTTPS.id().equals(channel.mode())
        ? https.send(channel, push)
        : simulated.send(channel, push);
  }
}
