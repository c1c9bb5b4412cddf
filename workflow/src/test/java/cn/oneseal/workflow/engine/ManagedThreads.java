package cn.oneseal.workflow.engine;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.lang.reflect.Proxy;
import java.util.concurrent.Executor;

/** The server's managed executor in the job executor's tests, as far as the engine uses it. */
final class ManagedThreads {

  private ManagedThreads() {}

  /** A managed executor whose {@code execute} runs on {@code threads}; nothing else is used. */
  static ManagedExecutorService of(Executor threads) {
    return (ManagedExecutorService)
        Proxy.newProxyInstance(
            ManagedThreads.class.getClassLoader(),
            new Class<?>[] {ManagedExecutorService.class},
            (proxy, method, args) -> {
              if (method.getName().equals("execute")) {
                threads.execute((Runnable) args[0]);
                return null;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }
}
