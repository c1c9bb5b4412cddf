package cn.oneseal.application;

import java.util.Map;

/**
 * The province's data-sharing platform as the bureau sees it: registration data goes to the
 * department that receives one integrated certificate, which answers with a receipt number.
 */
public interface DataExchange {

  /**
   * Sends the data; returns the department's receipt number.
   *
   * @throws DepartmentUnavailableException when the department cannot take it now (try again)
   */
  String send(String certificateCode, String applicationNumber, Map<String, String> data);

  /** The department's system did not take the data; the push is retried. */
  class DepartmentUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DepartmentUnavailableException(String message) {
      super(message);
    }
  }
}
