package cn.oneseal.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/**
 * Starts the provisioned WildFly ({@code ear/target/server}) once per test JVM and stops it when
 * the JUnit engine finishes. Failsafe forks one JVM per execution, so each execution gets a fresh
 * server on a fresh database: {@code -Doneseal.it.db=h2} (file database under target/) or {@code
 * postgresql} (database {@code oneseal_it}, dropped and recreated).
 *
 * <p>The server mails through a GreenMail SMTP sink on port 3025 + offset ({@link #mailbox()}).
 *
 * <p>The server runs with port offset 100, so it never collides with a demo server on 8080, and
 * with {@code ONESEAL_ACCEPTANCE_REMINDER=PT5S} so that the deemed-acceptance timer fires within a
 * test's patience. A second checkout testing on the same machine passes another {@code
 * -Doneseal.it.portOffset}; it then also gets its own PostgreSQL database.
 *
 * <p>The handle lives in the root store as an {@link AutoCloseable}: JUnit closes it after the last
 * test class. ({@code Store.CloseableResource} is deprecated since JUnit 5.13 and only logs a
 * warning when it is not also {@code AutoCloseable}.)
 */
public final class OneSealServer implements BeforeAllCallback {

  /**
   * 100 unless {@code -Doneseal.it.portOffset} says otherwise (two checkouts testing on one
   * machine).
   */
  public static final int PORT_OFFSET = Integer.getInteger("oneseal.it.portOffset", 100);

  /** The test server's node name ({@code jboss.node.name}). */
  public static final String NODE_A = "node-a";

  /** The port offset of a second node ({@link #startNode}): the test server's and 50. */
  public static final int NODE_B_OFFSET = PORT_OFFSET + 50;

  /** WildFly's JGroups socket (jgroups-tcp) before the port offset. */
  private static final int JGROUPS_PORT = 7600;

  public static final int HTTP_PORT = 8080 + PORT_OFFSET;
  public static final int MANAGEMENT_PORT = 9990 + PORT_OFFSET;
  public static final String BASE_URL = "http://localhost:" + HTTP_PORT;
  public static final int SMTP_PORT = 3025 + PORT_OFFSET;

  private static final Mailbox MAILBOX = new Mailbox(SMTP_PORT);

  /**
   * The sign-in throttle of the test server (README, "Sign-in"), short enough for a test to see
   * every stage in seconds: an address is refused after {@value #SIGNIN_ADDRESS_LIMIT} unsuccessful
   * attempts within {@link #SIGNIN_WINDOW}; an account waits {@link #SIGNIN_DELAY} after each
   * failure (long enough for a test's next request to arrive within it even on a busy machine; the
   * doubling is SignInThrottleTest's business); {@value #LOCKOUT_THRESHOLD} failures within the
   * window lock it. Every test not playing another address signs in from 127.0.0.1, so the whole
   * suite may make at most {@value #SIGNIN_ADDRESS_LIMIT} failed sign-ins within 30 s from there.
   */
  public static final int SIGNIN_ADDRESS_LIMIT = 5;

  public static final Duration SIGNIN_WINDOW = Duration.ofSeconds(30);
  public static final Duration SIGNIN_DELAY = Duration.ofSeconds(1);
  public static final Duration SIGNIN_DELAY_MAX = Duration.ofSeconds(1);
  public static final int LOCKOUT_THRESHOLD = 6;

  /**
   * The test client plays the reverse proxy: {@code X-Forwarded-For} from the loopback address is
   * believed, so that a test can send requests "from" other addresses.
   */
  public static final String TRUSTED_PROXIES = "127.0.0.1,0:0:0:0:0:0:0:1,::1";

  static final String READINESS_PATH = "/api/items";

  /**
   * PT0.5S unless {@code -Doneseal.it.jobMaxWait} says otherwise ({@code PT10S}, production's
   * default, to see what the suite spends waiting for the job executor).
   */
  static final Duration JOB_MAX_WAIT =
      Duration.parse(System.getProperty("oneseal.it.jobMaxWait", "PT0.5S"));

  /** 180 s; {@code -Doneseal.it.startupSeconds=N} on a machine shared with other builds. */
  private static final Duration STARTUP_TIMEOUT =
      Duration.ofSeconds(Long.getLong("oneseal.it.startupSeconds", 180));

  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

  /**
   * After WildFly reports its boot: how long the readiness check may still fail (a loaded machine).
   */
  private static final Duration BOOT_GRACE = Duration.ofSeconds(60);

  private static final int LOG_TAIL_LINES = 80;
  private static final int LOG_ERROR_LINES = 20;

  private static final String POSTGRESQL_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
  private static final String POSTGRESQL_TEST_DATABASE =
      PORT_OFFSET == 100 ? "oneseal_it" : "oneseal_it_" + PORT_OFFSET;
  private static final String TRUST_PLACEHOLDER_PASSWORD = "unused-with-trust-authentication";

  /** As README.md recommends: without the planner's JIT (docs/performance.md, issue 18). */
  private static final String POSTGRESQL_TEST_URL =
      "jdbc:postgresql://127.0.0.1:5432/" + POSTGRESQL_TEST_DATABASE + "?options=-c%20jit=off";

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(OneSealServer.class);

  /**
   * The SMTP sink the server mails to, started before the server and stopped after it; demo
   * accounts have the address {@code <username>@oneseal.example}.
   */
  public static Mailbox mailbox() {
    return MAILBOX;
  }

  /** The database of this test JVM: {@code h2} or {@code postgresql}. */
  public static String database() {
    return System.getProperty("oneseal.it.db", "h2");
  }

  /** The server's console log of this run (one per database). */
  public static Path logFile() {
    return targetDir().resolve("server-" + database() + ".log");
  }

  static Path targetDir() {
    return Path.of(System.getProperty("oneseal.target.dir", "target")).toAbsolutePath();
  }

  static Path serverDir() {
    return Path.of(
            System.getProperty("oneseal.server.dir", targetDir().resolve("server").toString()))
        .toAbsolutePath();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(RunningServer.class, key -> new RunningServer(), RunningServer.class)
        .ensureStarted();
  }

  /**
   * Remembers the outcome of the one start attempt, so that after a failure every further test
   * class fails (or aborts) at once instead of waiting for another timeout.
   */
  static final class RunningServer implements AutoCloseable {

    /** {@code null} for the server of the test JVM; the name of another node of it. */
    private final String nodeName;

    private final int portOffset;

    /** The node's own copy of {@code standalone/}; {@code null}: the provisioned server's own. */
    private final Path baseDir;

    /** Settings of this node that differ from the test server's. */
    private final Map<String, String> settings;

    private Process process;
    private Path log;
    private String abortedBecause;
    private String failedBecause;
    private boolean attempted;

    /** The server of the test JVM: node A of a cluster (ClusterIT). */
    RunningServer() {
      this(NODE_A, PORT_OFFSET, null, Map.of());
    }

    RunningServer(String nodeName, int portOffset, Path baseDir, Map<String, String> settings) {
      this.nodeName = nodeName;
      this.portOffset = portOffset;
      this.baseDir = baseDir;
      this.settings = settings;
    }

    private boolean primary() {
      return baseDir == null;
    }

    String baseUrl() {
      return "http://localhost:" + (8080 + portOffset);
    }

    private Path deployments() {
      return primary() ? deploymentsDir() : baseDir.resolve("deployments");
    }

    synchronized void ensureStarted() {
      if (!attempted) {
        attempted = true;
        try {
          start();
        } catch (TestAbortedException e) {
          abortedBecause = e.getMessage();
          throw e;
        } catch (RuntimeException | Error e) {
          failedBecause = e.getMessage();
          throw e;
        }
        return;
      }
      if (abortedBecause != null) {
        Assumptions.abort(abortedBecause);
      }
      if (failedBecause != null) {
        throw new IllegalStateException(
            "The OneSeal server did not start (see the first failing test class): "
                + failedBecause);
      }
    }

    private void start() {
      Path script = serverDir().resolve("bin/standalone.sh");
      if (!Files.isRegularFile(script)) {
        throw new IllegalStateException(
            "No provisioned server at "
                + serverDir()
                + ": the ear module's package phase provisions it (run mvn verify, with provisioning enabled)");
      }
      failIfPortAnswers(8080 + portOffset);
      failIfPortAnswers(9990 + portOffset);
      if (primary()) {
        failIfPortAnswers(SMTP_PORT);
        deleteFailedDeploymentMarkers();
        MAILBOX.start();
      } else {
        copyBaseDir(baseDir);
      }

      Map<String, String> env = new LinkedHashMap<>();
      env.put("JBOSS_HOME", serverDir().toString());
      env.put("ONESEAL_DEMO", "true");
      // passwords are hashed with PBKDF2's smallest accepted count instead of production's 120,000:
      // every API call of the tests signs in with Basic, and the same code runs at any count
      env.put("ONESEAL_PASSWORD_ITERATIONS", "10000");
      env.put("ONESEAL_ACCEPTANCE_REMINDER", "PT5S");
      // the job executor looks for due jobs every JOB_MAX_WAIT when idle (production: 10 s): the
      // retries, timers and watches above are due seconds after they are planned, and nothing
      // tells the executor when they fall due, so with 10 s every such test waited up to 10 s
      // per step for the executor instead of for the behaviour it checks (docs/performance.md)
      env.put("ONESEAL_JOB_MAX_WAIT", JOB_MAX_WAIT.toString());
      // a failed push is attempted twice, a second apart, so its incident shows within seconds
      env.put("ONESEAL_PUSH_RETRY_CYCLE", "R2/PT1S");
      // likewise a mail the SMTP server refuses
      env.put("ONESEAL_MAIL_RETRY_CYCLE", "R2/PT1S");
      env.put("ONESEAL_PUBLIC_URL", BASE_URL);
      // the legal clock's tests move the application's clock and watch the cards every 2 s
      env.put("ONESEAL_CLOCK_CONTROL", "true");
      env.put("ONESEAL_CARD_WATCH_CYCLE", "R/PT2S");
      env.put("ONESEAL_TRUSTED_PROXIES", TRUSTED_PROXIES);
      // the nodes find each other over JGroups at the test server's port and the second node's
      // (configure-server.cli); the test server alone forms a cluster of one
      env.put("ONESEAL_CLUSTER_PEER_A_PORT", Integer.toString(JGROUPS_PORT + PORT_OFFSET));
      env.put("ONESEAL_CLUSTER_PEER_B_PORT", Integer.toString(JGROUPS_PORT + NODE_B_OFFSET));
      // the publication job (双公示) records and publishes every 2 s instead of every minute
      env.put("ONESEAL_PUBLICATION_INTERVAL", "PT2S");
      env.put("ONESEAL_SIGNIN_ADDRESS_LIMIT", Integer.toString(SIGNIN_ADDRESS_LIMIT));
      env.put("ONESEAL_SIGNIN_WINDOW", SIGNIN_WINDOW.toString());
      env.put("ONESEAL_SIGNIN_DELAY", SIGNIN_DELAY.toString());
      env.put("ONESEAL_SIGNIN_DELAY_MAX", SIGNIN_DELAY_MAX.toString());
      env.put("ONESEAL_LOCKOUT_THRESHOLD", Integer.toString(LOCKOUT_THRESHOLD));
      env.put("ONESEAL_SMTP_HOST", Mailbox.HOST);
      env.put("ONESEAL_SMTP_PORT", Integer.toString(SMTP_PORT));
      // keys of this test server live in target/, not in the user's ~/.oneseal
      env.put("ONESEAL_HOME", targetDir().resolve("oneseal-home-" + database()).toString());
      env.put(
          "JAVA_OPTS",
          "-Xms256m -Xmx768m -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=384m"
              + " -Djava.net.preferIPv4Stack=true");
      env.putAll(primary() ? databaseEnvironment(database()) : sharedDatabaseEnvironment());
      if (!primary()) {
        // a node killed in a test would leave its class archive half written
        env.put("ONESEAL_CLASS_ARCHIVE", "off");
        // behind a balancer, a starting node answers 503 instead of holding requests
        env.put("ONESEAL_QUEUE_REQUESTS_ON_START", "false");
      }
      env.putAll(settings);

      List<String> command = new ArrayList<>();
      if (!Files.isExecutable(script)) {
        command.add("sh");
      }
      command.add(script.toString());
      command.add("-Djboss.socket.binding.port-offset=" + portOffset);
      if (!primary()) {
        command.add("-Djboss.server.base.dir=" + baseDir);
      }
      command.add("-Djboss.node.name=" + nodeName);
      command.add("-Djboss.tx.node.id=" + nodeName);
      // the Prometheus registry of the micrometer subsystem is of "community" stability
      command.add("--stability=community");

      log =
          primary()
              ? logFile()
              : targetDir().resolve("server-" + database() + "-" + nodeName + ".log");
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(serverDir().toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      builder.environment().putAll(env);
      System.err.printf(
          "[OneSealServer] starting %s on %s (database %s, log %s)%n",
          primary() ? serverDir() : baseDir, baseUrl(), database(), log);
      try {
        process = builder.start();
      } catch (IOException e) {
        throw new UncheckedIOException("Could not run " + script, e);
      }
      Runtime.getRuntime()
          .addShutdownHook(new Thread(this::killIfStillRunning, "oneseal-server-killer"));
      awaitReadiness();
    }

    /**
     * Polls the API until it answers 200. Gives up early when the server exited, when the
     * deployment scanner marked the EAR as failed, or when the boot finished (WFLYSRV0025/26) and
     * the API still does not answer: waiting out the timeout would tell nothing more.
     */
    private void awaitReadiness() {
      HttpClient http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(2))
              .build();
      HttpRequest probe =
          HttpRequest.newBuilder(URI.create(baseUrl() + READINESS_PATH))
              .timeout(Duration.ofSeconds(5))
              .GET()
              .build();
      long started = System.nanoTime();
      long deadline = started + STARTUP_TIMEOUT.toNanos();
      long bootFinished = 0;
      String lastAnswer = "no answer";
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          throw new IllegalStateException(
              "The server exited with status "
                  + process.exitValue()
                  + " before it became ready. "
                  + logExcerpt());
        }
        try {
          HttpResponse<Void> response = http.send(probe, HttpResponse.BodyHandlers.discarding());
          if (response.statusCode() == 200) {
            System.err.printf(
                "[OneSealServer] ready after %d s%n",
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
            return;
          }
          lastAnswer = "HTTP " + response.statusCode();
        } catch (ConnectException e) {
          lastAnswer = "connection refused";
        } catch (IOException e) {
          lastAnswer = e.toString();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          stop();
          throw new IllegalStateException("Interrupted while waiting for the server", e);
        }
        String failedDeployment = failedDeploymentMarker();
        if (failedDeployment != null) {
          String excerpt = logExcerpt();
          stop();
          throw new IllegalStateException(
              "The deployment failed (" + failedDeployment + "). " + excerpt);
        }
        if (bootFinished == 0 && bootFinished()) {
          bootFinished = System.nanoTime();
        }
        if (bootFinished != 0 && System.nanoTime() - bootFinished > BOOT_GRACE.toNanos()) {
          String excerpt = logExcerpt();
          stop();
          throw new IllegalStateException(
              "The server booted but GET "
                  + READINESS_PATH
                  + " still answers "
                  + lastAnswer
                  + " (did the deployment fail?). "
                  + excerpt);
        }
        Casework.pause(Duration.ofSeconds(1));
      }
      String excerpt = logExcerpt();
      stop();
      throw new IllegalStateException(
          "The server did not answer 200 on GET "
              + READINESS_PATH
              + " within "
              + STARTUP_TIMEOUT.toSeconds()
              + " s (last: "
              + lastAnswer
              + "). "
              + excerpt);
    }

    private String failedDeploymentMarker() {
      try (Stream<Path> markers = Files.list(deployments())) {
        return markers
            .map(path -> path.getFileName().toString())
            .filter(name -> name.endsWith(".failed"))
            .findFirst()
            .orElse(null);
      } catch (IOException e) {
        return null;
      }
    }

    private boolean bootFinished() {
      return logLines().stream()
          .anyMatch(line -> line.contains("WFLYSRV0025") || line.contains("WFLYSRV0026"));
    }

    @Override
    public synchronized void close() {
      stop();
      if (primary()) {
        MAILBOX.stop();
      }
    }

    /** SIGKILL to the server and its JVM: a node that dies mid-request, with nothing shut down. */
    synchronized void kill() {
      end(true, "killed");
    }

    /** SIGTERM lets WildFly shut down gracefully (its shutdown hook undeploys the EAR). */
    private void stop() {
      end(false, "stopped");
    }

    /** Ends the server's process tree with SIGKILL or SIGTERM and waits for it. */
    private void end(boolean forcibly, String what) {
      if (process == null) {
        return;
      }
      List<ProcessHandle> tree = process.descendants().toList();
      if (!forcibly && database().equals("h2")) {
        shutdownThroughManagement();
      }
      Predicate<ProcessHandle> signal =
          forcibly ? ProcessHandle::destroyForcibly : ProcessHandle::destroy;
      tree.forEach(signal::test);
      signal.test(process.toHandle());
      for (ProcessHandle handle : tree) {
        awaitExit(handle);
      }
      awaitExit(process.toHandle());
      System.err.printf("[OneSealServer] %s %s (log %s)%n", what, baseUrl(), log);
      process = null;
    }

    /**
     * The H2 database of the tests closes with the JVM's shutdown hooks ({@link #h2Url()}): a
     * SIGTERM would run those beside WildFly's and close it under the engine's job executor.
     * WildFly's own {@code :shutdown} stops every service first; SIGTERM remains the fallback.
     */
    private void shutdownThroughManagement() {
      try {
        Process cli =
            new ProcessBuilder(
                    serverDir().resolve("bin/jboss-cli.sh").toString(),
                    "--connect",
                    "--controller=localhost:" + (9990 + portOffset),
                    "--command=:shutdown")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (cli.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
          process.toHandle().onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } else {
          cli.destroyForcibly();
        }
      } catch (IOException
          | java.util.concurrent.ExecutionException
          | java.util.concurrent.TimeoutException e) {
        System.err.println("[OneSealServer] :shutdown failed, stopping with SIGTERM: " + e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    private static void awaitExit(ProcessHandle handle) {
      try {
        handle.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      } catch (Exception e) {
        handle.destroyForcibly();
      }
    }

    /** A safety net for a JVM that ends without closing the root store (e.g. killed fork). */
    private void killIfStillRunning() {
      Process running = process;
      if (running != null && running.isAlive()) {
        running.descendants().forEach(ProcessHandle::destroyForcibly);
        running.destroyForcibly();
      }
    }

    /** The first ERROR lines (usually the cause) and the last lines of the server log. */
    private String logExcerpt() {
      List<String> lines = logLines();
      List<String> errors =
          lines.stream().filter(line -> line.contains(" ERROR ")).limit(LOG_ERROR_LINES).toList();
      List<String> tail = lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size());
      return "First ERROR lines of "
          + log
          + ":\n"
          + String.join("\n", errors)
          + "\nLast "
          + tail.size()
          + " lines:\n"
          + String.join("\n", tail);
    }

    private List<String> logLines() {
      try {
        return new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
      } catch (IOException e) {
        return List.of("(cannot read " + log + ": " + e + ")");
      }
    }
  }

  /**
   * Starts another node of the server under test (issue 19): the same provisioned server and EAR
   * with its own copy of {@code standalone/} under {@code target/}, its own port offset and {@code
   * jboss.node.name}, on the same PostgreSQL database, keys ({@code ONESEAL_HOME}) and mailbox,
   * with the test server's settings but {@code settings}. Only with {@code
   * -Doneseal.it.db=postgresql}: the tests' H2 is a file that one server opens. The test server
   * must be running.
   */
  public static Node startNode(String name, int portOffset, Map<String, String> settings) {
    if (!database().equals("postgresql") || postgresqlUser == null) {
      throw new IllegalStateException(
          "a second node shares the test server's PostgreSQL database: start the test server first,"
              + " with -Doneseal.it.db=postgresql");
    }
    Path base = targetDir().resolve("node-" + name).resolve("standalone");
    RunningServer server = new RunningServer(name, portOffset, base, Map.copyOf(settings));
    server.ensureStarted();
    return new Node(server);
  }

  /** Another node of the server under test ({@link #startNode}). */
  public static final class Node implements AutoCloseable {

    private final RunningServer server;

    private Node(RunningServer server) {
      this.server = server;
    }

    public String baseUrl() {
      return server.baseUrl();
    }

    /** The node's management interface (health, metrics). */
    public String managementUrl() {
      return "http://localhost:" + (9990 + server.portOffset);
    }

    /** Kills the node with SIGKILL, as a crash or an operator's {@code kill -9} would. */
    public void kill() {
      server.kill();
    }

    /** Stops the node gracefully, if it still runs. */
    @Override
    public void close() {
      server.close();
    }
  }

  /**
   * A fresh copy of the provisioned server's configuration and deployments at {@code base}: the
   * node's data, logs and transaction store are its own.
   */
  private static void copyBaseDir(Path base) {
    deleteRecursively(base);
    Path standalone = serverDir().resolve("standalone");
    for (String part : List.of("configuration", "deployments")) {
      Path from = standalone.resolve(part);
      try (Stream<Path> paths = Files.walk(from)) {
        for (Path path : paths.toList()) {
          String name = path.getFileName().toString();
          // the running test server's own: its configuration's history and deployment markers
          if (name.endsWith(".failed")
              || name.endsWith(".isdeploying")
              || path.toString().contains("standalone_xml_history")) {
            continue;
          }
          Path to = base.resolve(part).resolve(from.relativize(path).toString());
          if (Files.isDirectory(path)) {
            Files.createDirectories(to);
          } else {
            Files.copy(path, to);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Could not copy " + from + " to " + base, e);
      }
    }
  }

  /** The test server's PostgreSQL database, as another node reaches it: not recreated. */
  private static Map<String, String> sharedDatabaseEnvironment() {
    String password = System.getenv().getOrDefault("PGPASSWORD", "");
    return postgresqlEnvironment(postgresqlUser, password);
  }

  static Path deploymentsDir() {
    return serverDir().resolve("standalone/deployments");
  }

  /**
   * A marker left by an earlier failed run would keep the scanner from deploying the EAR at all.
   */
  private static void deleteFailedDeploymentMarkers() {
    if (!Files.isDirectory(deploymentsDir())) {
      return;
    }
    try (Stream<Path> markers = Files.list(deploymentsDir())) {
      for (Path marker :
          markers.filter(path -> path.getFileName().toString().endsWith(".failed")).toList()) {
        Files.delete(marker);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not clean " + deploymentsDir(), e);
    }
  }

  private static Map<String, String> databaseEnvironment(String database) {
    Map<String, String> env = new LinkedHashMap<>();
    switch (database) {
      case "h2" -> {
        Path dir = targetDir().resolve("it-h2");
        deleteRecursively(dir);
        env.put("DB_DRIVER", "h2");
        env.put("DB_URL", h2Url());
        env.put("DB_USER", "sa");
        env.put("DB_PASSWORD", "sa");
      }
      case "postgresql" -> {
        String password = System.getenv().getOrDefault("PGPASSWORD", "");
        String user = recreatePostgresqlDatabase(password);
        postgresqlUser = user;
        env.putAll(postgresqlEnvironment(user, password));
      }
      default ->
          throw new IllegalStateException(
              "Unknown -Doneseal.it.db=" + database + " (expected h2 or postgresql)");
    }
    return env;
  }

  /**
   * The H2 file database of this run; {@code AUTO_SERVER} lets a test open it beside the server
   * ({@link TestDatabase}). H2 refuses it together with {@code DB_CLOSE_ON_EXIT=FALSE}, so the
   * database closes with the JVM's shutdown hooks, after the tests.
   */
  static String h2Url() {
    return "jdbc:h2:file:" + targetDir().resolve("it-h2").resolve("oneseal") + ";AUTO_SERVER=TRUE";
  }

  private static Map<String, String> postgresqlEnvironment(String user, String password) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("DB_DRIVER", "postgresql");
    env.put("DB_URL", POSTGRESQL_TEST_URL);
    env.put("DB_USER", user);
    // WildFly rejects an empty datasource password (WFLYCTL0113); trust authentication ignores it
    env.put("DB_PASSWORD", password.isEmpty() ? TRUST_PLACEHOLDER_PASSWORD : password);
    return env;
  }

  /** The owner of the PostgreSQL database of this run, once it is created. */
  static volatile String postgresqlUser;

  /** The PostgreSQL database of this run. */
  static String postgresqlUrl() {
    return POSTGRESQL_TEST_URL;
  }

  /**
   * Drops and recreates the test database as the first user that can connect. Aborts (not fails)
   * when no PostgreSQL answers, so that machines without one still run the H2 execution; under
   * {@code CI=true} it fails ({@link TestTier}).
   *
   * @return the user that owns the new database
   */
  private static String recreatePostgresqlDatabase(String password) {
    String configured = System.getenv("PGUSER");
    List<String> users = new ArrayList<>();
    users.add(configured == null || configured.isBlank() ? "postgres" : configured);
    if (!users.contains("root")) {
      users.add("root");
    }
    List<String> refusals = new ArrayList<>();
    SQLException sqlFailure = null;
    for (String user : users) {
      Properties properties = new Properties();
      properties.setProperty("user", user);
      properties.setProperty("password", password);
      properties.setProperty("connectTimeout", "5");
      properties.setProperty("loginTimeout", "10");
      Connection connection;
      try {
        connection = DriverManager.getConnection(POSTGRESQL_ADMIN_URL, properties);
      } catch (SQLException e) {
        refusals.add(user + ": " + e.getMessage());
        continue;
      }
      try (connection;
          Statement statement = connection.createStatement()) {
        statement.execute("DROP DATABASE IF EXISTS " + POSTGRESQL_TEST_DATABASE + " WITH (FORCE)");
        statement.execute("CREATE DATABASE " + POSTGRESQL_TEST_DATABASE);
        return user;
      } catch (SQLException e) {
        sqlFailure = e;
      }
    }
    if (sqlFailure != null) {
      throw new IllegalStateException(
          "PostgreSQL answers on 127.0.0.1:5432 but the database "
              + POSTGRESQL_TEST_DATABASE
              + " could not be recreated",
          sqlFailure);
    }
    TestTier.unavailable(
        "PostgreSQL is not reachable at "
            + POSTGRESQL_ADMIN_URL
            + " ("
            + String.join("; ", refusals)
            + ") for the PostgreSQL integration tests (see the README for a local PostgreSQL).");
    throw new AssertionError("unreachable");
  }

  private static void failIfPortAnswers(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("localhost", port), 500);
    } catch (IOException e) {
      return;
    }
    throw new IllegalStateException(
        "Something already listens on localhost:"
            + port
            + " (a OneSeal server left over from an earlier run?). Stop it: the integration tests"
            + " start their own server with port offset "
            + PORT_OFFSET
            + ".");
  }

  static void banner(String message) {
    String line = "!".repeat(100);
    System.err.println();
    System.err.println(line);
    System.err.println("!!! " + message);
    System.err.println(line);
    System.err.println();
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not delete " + dir, e);
    }
  }
}
