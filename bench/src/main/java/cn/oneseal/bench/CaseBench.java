package cn.oneseal.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
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
 * CASES is the number of measured cases per client count, after a warm-up of as many cases with the
 * largest client count: a server just booted spends a third of its CPU in the JIT compiler for
 * minutes (the flight recording of 2026-12-05 09:31), which is not what a case costs a bureau's
 * server that runs for weeks. The JIT's share of the measured runs is reported beside the CPU.
 * {@code -Dbench.warmup=N} sets another warm-up (run.sh {@code --warmup N}). {@code
 * -Dbench.jfr=FILE} records the server (the driver's process) with the flight recorder during the
 * measured runs only, without the warm-up, whose samples are the JIT compiler's and interpreted
 * code's (run.sh {@code --jfr}, which starts the server's recording {@code bench} at its boot).
 */
public final class CaseBench {

  /** One whole case, from filing to decision, run by the client with the given index. */
  interface Driver extends AutoCloseable {
    void runCase(int client, Timings timings) throws Exception;

    /** Called once a run's cases are all decided (OneSeal waits for the deliveries). */
    default void afterRun(String system, int clients, double seconds, int cases) throws Exception {}

    /** The process that runs the cases: the server's, or this JVM. */
    long pid();

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
      int most = 1;
      for (String count : clientCounts.split(",")) {
        most = Math.max(most, Integer.parseInt(count.trim()));
      }
      int warmup = Integer.getInteger("bench.warmup", Math.max(3, cases));
      run(driver, system + "-warmup", most, warmup, false);
      warmup += warmUntilCompiled(driver, system, most);
      Timings.result(
          system,
          most,
          "warm-up cases (until the JIT compiler's threads use under "
              + STEADY_JIT_PERCENT
              + " % of the CPU)",
          String.valueOf(warmup));
      String recording = System.getProperty("bench.jfr");
      // the server records from its start (run.sh): a recording started now would instrument the
      // JDK's I/O classes again and throw away the code compiled against them, so that the
      // measured runs paid for compiling it again (2.95 instead of 6.84 cases/s, 2026-12-05)
      LocalDateTime measured = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
      for (String count : clientCounts.split(",")) {
        run(driver, system, Integer.parseInt(count.trim()), cases, true);
      }
      if (recording != null) {
        jcmd(driver.pid(), "JFR.dump", "name=bench", "begin=" + measured, "filename=" + recording);
      }
    }
  }

  /** The JIT compiler's share of the server's CPU below which a warmed-up server is steady. */
  static final int STEADY_JIT_PERCENT = 5;

  /** Cases per round of the extended warm-up, and at most this many rounds. */
  private static final int ROUND = 40;

  private static final int MAX_ROUNDS = 40;

  /**
   * Goes on warming up, in rounds of {@link #ROUND} cases, until the JIT compiler's threads used
   * less than {@link #STEADY_JIT_PERCENT} % of the server's CPU in a round. On a slow host the
   * compiler is still behind after the fixed warm-up (81 ms of 432 ms per case on 2026-12-05), and
   * code waiting for it runs unoptimised: the RSA signature's big-number arithmetic, for one, is
   * fast only once compiled with its intrinsics. Answers the number of extra cases run.
   */
  private static int warmUntilCompiled(Driver driver, String system, int clients) throws Exception {
    for (int round = 1; round <= MAX_ROUNDS; round++) {
      long serverCpu = processCpuNanos(driver.pid());
      long jitCpu = compilerCpuNanos(driver.pid());
      run(driver, system + "-warmup", clients, ROUND, false);
      long server = processCpuNanos(driver.pid()) - serverCpu;
      long jit = compilerCpuNanos(driver.pid()) - jitCpu;
      System.err.printf(
          Locale.ROOT, "  the JIT compiler's share: %.1f %%%n", 100.0 * jit / Math.max(1, server));
      if (jit * 100 < server * STEADY_JIT_PERCENT) {
        return round * ROUND;
      }
    }
    System.err.println(
        system + ": the JIT compiler is still busy after " + MAX_ROUNDS * ROUND + " more cases");
    return MAX_ROUNDS * ROUND;
  }

  /** Runs {@code jcmd} on the process {@code pid}; a refusal ends the benchmark. */
  private static void jcmd(long pid, String... command) throws Exception {
    List<String> line = new ArrayList<>(List.of("jcmd", String.valueOf(pid)));
    line.addAll(List.of(command));
    Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (process.waitFor() != 0) {
      throw new IllegalStateException(line + " failed: " + output);
    }
  }

  private static void run(Driver driver, String system, int clients, int cases, boolean report)
      throws Exception {
    Timings timings = new Timings();
    AtomicInteger left = new AtomicInteger(cases);
    AtomicInteger failures = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long[] databaseWork = report ? databaseCounters() : null;
    long serverCpu = processCpuNanos(driver.pid());
    long jitCpu = compilerCpuNanos(driver.pid());
    long databaseCpu = databaseCpuNanos();
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
    long serverCpuUsed = processCpuNanos(driver.pid()) - serverCpu;
    long jitCpuUsed = compilerCpuNanos(driver.pid()) - jitCpu;
    long databaseCpuUsed = databaseCpuNanos() - databaseCpu;
    long[] databaseWorkAfter = report ? databaseCounters() : null;
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
        "of which the JIT compiler's threads (ms per case)",
        String.format(Locale.ROOT, "%.0f", jitCpuUsed / 1e6 / Math.max(1, done)));
    Timings.result(
        system,
        clients,
        "CPU ms per case of PostgreSQL (all its processes on this host)",
        String.format(Locale.ROOT, "%.0f", databaseCpuUsed / 1e6 / Math.max(1, done)));
    if (databaseWork != null && databaseWorkAfter != null) {
      Timings.result(
          system,
          clients,
          "database transactions / rows written (inserted, updated, deleted) per case",
          String.format(
              Locale.ROOT,
              "%.1f / %.1f",
              (databaseWorkAfter[0] - databaseWork[0]) / (double) Math.max(1, done),
              (databaseWorkAfter[1] - databaseWork[1]) / (double) Math.max(1, done)));
    }
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

  /** CPU time (user + system) of a process, from /proc (Linux), in nanoseconds. */
  static long processCpuNanos(long pid) {
    try {
      return cpuNanos(Path.of("/proc/" + pid + "/stat"), false);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * CPU time of a JVM's JIT compiler threads ("C1 CompilerThre…", "C2 CompilerThre…"). A compiler
   * thread that ends takes its time with it: run.sh starts the server with a fixed number of them.
   */
  static long compilerCpuNanos(long pid) {
    return cpuNanosOf(
        Path.of("/proc/" + pid + "/task"), comm -> comm.matches("C\\d CompilerThre\\S*"), false);
  }

  /**
   * CPU time of the PostgreSQL processes on this host: each one's user and system time, and the
   * postmaster's waited-for children (backends that ended). Assumes nothing else uses the server
   * during a run.
   */
  static long databaseCpuNanos() {
    return cpuNanosOf(Path.of("/proc"), "postgres"::equals, true);
  }

  /**
   * The CPU time of the processes (or threads) listed in {@code dir} whose name ({@code comm})
   * {@code named} accepts; with their waited-for children's where {@code children}. One that ends
   * or cannot be read meanwhile is not counted.
   */
  private static long cpuNanosOf(
      Path dir, java.util.function.Predicate<String> named, boolean children) {
    long sum = 0;
    try (var entries = Files.list(dir)) {
      for (Path entry : (Iterable<Path>) entries::iterator) {
        try {
          if (named.test(Files.readString(entry.resolve("comm")).strip())) {
            sum += cpuNanos(entry.resolve("stat"), children);
          }
        } catch (java.io.IOException ended) {
          // ended between the listing and the read, or not a process: not counted
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return sum;
  }

  /**
   * Transactions committed and rows written in the benchmark's database ({@code -Dbench.database},
   * read with psql from pg_stat_database), or {@code null} without one. Counts that do not depend
   * on the host's speed. A backend reports its counts when it goes idle, at the latest after 10 s
   * (PostgreSQL's PGSTAT_IDLE_INTERVAL): each reading waits that long first.
   */
  static long[] databaseCounters() throws Exception {
    String database = System.getProperty("bench.database");
    if (database == null || !database.matches("[a-z0-9_]+")) {
      return null;
    }
    Thread.sleep(11_000);
    ProcessBuilder command =
        new ProcessBuilder(
                "psql",
                "-h",
                "127.0.0.1",
                "-d",
                "postgres",
                "-Atc",
                "select xact_commit, tup_inserted + tup_updated + tup_deleted"
                    + " from pg_stat_database where datname = '"
                    + database
                    + "'")
            .redirectErrorStream(true);
    command.environment().putIfAbsent("PGUSER", "postgres");
    Process psql = command.start();
    String out = new String(psql.getInputStream().readAllBytes()).strip();
    if (psql.waitFor() != 0 || !out.matches("\\d+\\|\\d+")) {
      System.err.println("pg_stat_database not read: " + out);
      return null;
    }
    String[] fields = out.split("\\|");
    return new long[] {Long.parseLong(fields[0]), Long.parseLong(fields[1])};
  }

  /**
   * utime + stime of a /proc stat file (fields 14 and 15), and cutime + cstime (16 and 17) where
   * {@code children}: clock ticks of 1/100 s on Linux, in nanoseconds.
   */
  private static long cpuNanos(Path stat, boolean children) throws java.io.IOException {
    String text = Files.readString(stat);
    String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    if (children) {
      ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
    }
    return ticks * 10_000_000L;
  }
}
