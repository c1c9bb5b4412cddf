package cn.oneseal.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Issue 18's whole-case benchmark: the generic licensing model's plain path (file, accept, review,
 * decide) run by N concurrent clients, either over OneSeal's REST API or on a bare Camunda engine
 * with no-op delegates. Prints {@code RESULT} lines (see {@link Timings}) for ear/src/bench/run.sh.
 *
 * <pre>
 *   CaseBench api  BASE_URL SERVER_PID ITEM_CODE CASES CLIENTS[,CLIENTS…]
 *   CaseBench bare JDBC_URL USER PASSWORD BPMN_FILE CASES CLIENTS[,CLIENTS…]
 * </pre>
 *
 * CASES is the number of measured cases per client count, after a warm-up of a tenth of them (at
 * least 3) with one client.
 */
public final class CaseBench {

  /** One whole case, from filing to decision, run by the client with the given index. */
  interface Driver extends AutoCloseable {
    void runCase(int client, Timings timings) throws Exception;

    /** Called once a run's cases are all decided (OneSeal waits for the deliveries). */
    default void afterRun(String system, int clients, double seconds, int cases) throws Exception {}

    /** CPU time, in nanoseconds, of whatever runs the cases (the server's process, or this JVM). */
    long cpuNanos();

    @Override
    default void close() throws Exception {}
  }

  private CaseBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 6) {
      System.err.println(
          "usage: CaseBench api BASE_URL SERVER_PID ITEM_CODE CASES CLIENTS[,…]\n"
              + "       CaseBench bare JDBC_URL USER PASSWORD BPMN_FILE CASES CLIENTS[,…]");
      System.exit(2);
    }
    String system = args[0];
    Driver driver;
    int cases;
    String clientCounts;
    if ("api".equals(system)) {
      driver = new ApiCase(args[1], Long.parseLong(args[2]), args[3]);
      cases = Integer.parseInt(args[4]);
      clientCounts = args[5];
      system = "oneseal";
    } else {
      driver = new BareCase(args[1], args[2], args[3], Path.of(args[4]));
      cases = Integer.parseInt(args[5]);
      clientCounts = args[6];
    }
    try (driver) {
      run(driver, system + "-warmup", 1, Math.max(3, cases / 10), false);
      for (String count : clientCounts.split(",")) {
        run(driver, system, Integer.parseInt(count.trim()), cases, true);
      }
    }
  }

  private static void run(Driver driver, String system, int clients, int cases, boolean report)
      throws Exception {
    Timings timings = new Timings();
    AtomicInteger left = new AtomicInteger(cases);
    AtomicInteger failures = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long serverCpu = driver.cpuNanos();
    long clientCpu = ownCpuNanos();
    long start = System.nanoTime();
    List<Future<?>> running = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      int client = i;
      running.add(
          pool.submit(
              () -> {
                while (left.getAndDecrement() > 0) {
                  try {
                    driver.runCase(client, timings);
                  } catch (Exception | AssertionError e) {
                    failures.incrementAndGet();
                    System.err.println(system + " case failed: " + e);
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long serverCpuUsed = driver.cpuNanos() - serverCpu;
    long clientCpuUsed = ownCpuNanos() - clientCpu;
    pool.shutdown();
    int done = cases - failures.get();
    System.err.printf(
        Locale.ROOT, "%s, %d client(s): %d cases in %.1f s%n", system, clients, done, seconds);
    if (!report) {
      return;
    }
    Timings.result(system, clients, "cases", String.valueOf(done));
    Timings.result(system, clients, "failed cases", String.valueOf(failures.get()));
    Timings.result(system, clients, "cases/s", String.format(Locale.ROOT, "%.2f", done / seconds));
    timings.print(system, clients);
    Timings.result(
        system,
        clients,
        "CPU ms per case (server / engine JVM)",
        String.format(Locale.ROOT, "%.0f", serverCpuUsed / 1e6 / Math.max(1, done)));
    Timings.result(
        system,
        clients,
        "client CPU share of the run (% of one core)",
        String.format(Locale.ROOT, "%.0f", 100.0 * clientCpuUsed / 1e9 / seconds));
    driver.afterRun(system, clients, seconds, done);
  }

  static long ownCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** CPU time (user + system) of another process, from /proc (Linux), in nanoseconds. */
  static long processCpuNanos(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // fields after "(comm) ": state=0 … utime=11, stime=12; clock ticks of 1/100 s on Linux
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
