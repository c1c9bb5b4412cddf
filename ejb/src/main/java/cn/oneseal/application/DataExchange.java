package cn.oneseal.application;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/**
 * The province's data-sharing platform as the bureau sees it: registration data goes to the
 * department that receives one integrated certificate, which answers with a receipt number — at
 * once, or later by a signed callback ({@code POST /api/exchange/receipts}).
 */
public interface DataExchange {

  /**
   * Sends one push over its channel.
   *
   * @return the department's answer: its receipt, or that it took the data and answers later
   * @throws DepartmentUnavailableException when the department did not take it (try again: the same
   *     push id is sent again, and the department deduplicates by it)
   */
  Answer send(Channel channel, Outgoing push);

  /** How a channel sends, as it stands now; the secret opened for this send only. */
  record Channel(
      String certificateCode,
      boolean available,
      String note,
      String mode,
      String endpointUrl,
      String keyId,
      String secret,
      int timeoutSeconds) {

    @Override
    public String toString() {
      // never the secret
      return "Channel[" + certificateCode + ", " + mode + ", " + endpointUrl + "]";
    }
  }

  /** One push: its stable id (the outbox row's), the application, the data. */
  record Outgoing(
      String pushId, String certificateCode, String applicationNumber, Map<String, String> data) {}

  /** A receipt, or none yet: the department took the data and gives its receipt by callback. */
  record Answer(String receipt) {

    public static Answer receipt(String receipt) {
      return new Answer(receipt);
    }

    public static Answer awaitingReceipt() {
      return new Answer(null);
    }

    public boolean awaiting() {
      return receipt == null;
    }
  }

  /**
   * The department's system did not take the data; the push is retried. An expected failure, not
   * the server's: thrown from a container transaction it rolls it back and reaches the engine's job
   * as it is, which notes it and retries, where as a system exception the container logged an ERROR
   * with its stack trace at every try (WFLYEJB0034).
   */
  @ApplicationException(rollback = true)
  class DepartmentUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DepartmentUnavailableException(String message) {
      super(message);
    }
  }
}
