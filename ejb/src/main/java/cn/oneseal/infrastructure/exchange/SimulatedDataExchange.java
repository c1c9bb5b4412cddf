package cn.oneseal.infrastructure.exchange;

import cn.oneseal.application.DataExchange;
import cn.oneseal.domain.model.registration.DataExchangeChannel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The departments' systems as this installation simulates them until the province's data-sharing
 * platform is connected: a department takes the data while its {@link DataExchangeChannel} is open
 * and answers with a receipt made of the certificate, the application and the field count; while
 * the channel is closed it refuses, as a department whose system is down does. Administrators open
 * and close channels, so staff can practise the incident handling they will need in production.
 */
@ApplicationScoped
public class SimulatedDataExchange implements DataExchange {

  private static final Logger LOG = Logger.getLogger(SimulatedDataExchange.class.getName());

  @PersistenceContext(unitName = "oneseal")
  private EntityManager em;

  @Override
  public String send(String certificateCode, String applicationNumber, Map<String, String> data) {
    DataExchangeChannel channel = em.find(DataExchangeChannel.class, certificateCode);
    if (channel == null) {
      throw new DepartmentUnavailableException("no data-sharing channel for " + certificateCode);
    }
    if (!channel.isAvailable()) {
      throw new DepartmentUnavailableException(
          "channel closed"
              + (channel.getNote() == null ? "" : ": " + channel.getNote())
              + " ("
              + certificateCode
              + ")");
    }
    String receipt =
        certificateCode.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "").substring(0, 3)
            + "-"
            + applicationNumber
            + "-"
            + data.size();
    LOG.info(
        () -> "Data of " + applicationNumber + " taken by " + certificateCode + ": " + receipt);
    return receipt;
  }
}
