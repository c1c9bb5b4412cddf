package cn.oneseal.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's nginx as the load balancer in front of two nodes, configured from the template the
 * two-node demo uses ({@code ear/src/cluster/nginx.conf}, docs/cluster.md): sticky by the node name
 * that ends a session id, the other node while that one is down. Its access log says which node
 * answered each request.
 */
public final class Balancer implements AutoCloseable {

  private static final Path NGINX = Path.of("/usr/sbin/nginx");

  private final int port;
  private final Path dir;
  private final Process process;

  private Balancer(int port, Path dir, Process process) {
    this.port = port;
    this.dir = dir;
    this.process = process;
  }

  /**
   * Starts nginx on {@code port} in front of the nodes at {@code nodeA} and {@code nodeB}
   * (host:port). Without nginx the calling test is skipped, loudly, or fails under CI=true: the
   * test command installs it (prepare-test-environment.sh).
   */
  public static Balancer start(int port, String nodeA, String nodeB) {
    if (!Files.isExecutable(NGINX)) {
      String missing = NGINX + " is missing: apt-get install nginx-light";
      if ("true".equals(System.getenv("CI"))) {
        throw new IllegalStateException(missing);
      }
      System.err.println("!!! SKIPPED: " + missing);
      Assumptions.abort(missing);
    }
    Path dir = OneSealServer.targetDir().resolve("balancer-" + port);
    Path template = OneSealServer.targetDir().resolveSibling("src/cluster/nginx.conf");
    try {
      Files.createDirectories(dir);
      Files.deleteIfExists(dir.resolve("access.log"));
      String config =
          Files.readString(template)
              .replace("@PREFIX@", dir.toString())
              .replace("@LISTEN@", Integer.toString(port))
              .replace("@NODE_A@", nodeA)
              .replace("@NODE_B@", nodeB);
      Path conf = dir.resolve("nginx.conf");
      Files.writeString(conf, config);
      Process process =
          new ProcessBuilder(NGINX.toString(), "-p", dir.toString(), "-c", conf.toString())
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("nginx.out").toFile())
              .start();
      Balancer balancer = new Balancer(port, dir, process);
      balancer.awaitListening();
      return balancer;
    } catch (IOException e) {
      throw new UncheckedIOException("could not start nginx in " + dir, e);
    }
  }

  public String baseUrl() {
    return "http://localhost:" + port;
  }

  /**
   * The node addresses that answered the last request of the access log whose request line contains
   * {@code path}: one, or two when the first failed and nginx went on to the other.
   */
  public String upstreamOfLast(String path) {
    try {
      List<String> lines = Files.readAllLines(dir.resolve("access.log"), StandardCharsets.UTF_8);
      for (int i = lines.size() - 1; i >= 0; i--) {
        String line = lines.get(i);
        if (line.contains(path)) {
          return line.substring(line.indexOf("upstream=") + "upstream=".length());
        }
      }
      throw new AssertionError("no request for " + path + " in the balancer's log: " + lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void awaitListening() {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("nginx exited: see " + dir.resolve("nginx.out"));
      }
      try (Socket ignored = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException notYet) {
        Casework.pause(Duration.ofMillis(100));
      }
    }
    throw new IllegalStateException("nginx does not listen on " + port);
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
