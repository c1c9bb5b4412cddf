package cn.oneseal.infrastructure.exchange;

import cn.oneseal.application.DataExchange;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * The departments' systems as this installation simulates them (a channel in mode {@code
 * simulated}, the demo default): a department takes the data while its channel is open and answers
 * with a receipt made of the certificate, the application and the field count; while the channel is
 * closed it refuses, as a department whose system is down does. Administrators open and close
 * channels, so staff can practise the incident handling they will need in production.
 */
@ApplicationScoped
public class SimulatedDataExchange {

  private static final Logger LOG = Logger.getLogger(SimulatedDataExchange.class.getName());

  public DataExchange.Answer send(DataExchange.Channel channel, DataExchange.Outgoing push) {
    String receipt =
        push.certificateCode().toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "").substring(0, 3)
            + "-"
            + push.applicationNumber()
            + "-"
            + push.data().size();
    LOG.info(
        () ->
            "Data of "
                + push.applicationNumber()
                + " taken by "
                + push.certificateCode()
                + " (simulated): "
                + receipt);
    return DataExchange.Answer.receipt(receipt);
  }
}
