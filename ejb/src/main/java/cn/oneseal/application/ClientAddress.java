package cn.oneseal.application;

import java.util.Optional;

/**
 * The address of the client whose request the current thread serves, for the audit trail's "from
 * where". The web layer sets it for each request (behind trusted proxies, the forwarded address)
 * and clears it afterwards; the services the request calls run on the same thread. Work without a
 * request — a timer, a job — has none.
 */
public final class ClientAddress {

  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private ClientAddress() {}

  /** While the request is served; closing it forgets the address. */
  public interface Serving extends AutoCloseable {
    @Override
    void close();
  }

  /** Notes that the current thread serves a request from {@code address} until closed. */
  public static Serving serving(String address) {
    String before = CURRENT.get();
    CURRENT.set(address);
    return () -> {
      if (before == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(before);
      }
    };
  }

  /** The client address of the request being served, if any. */
  public static Optional<String> current() {
    return Optional.ofNullable(CURRENT.get());
  }
}
