package cn.oneseal.it;

import static cn.oneseal.it.support.Casework.ACCEPT;
import static cn.oneseal.it.support.Casework.anyItemCode;
import static cn.oneseal.it.support.Casework.numbersOf;
import static cn.oneseal.it.support.Casework.submitWithKey;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Api.Response;
import cn.oneseal.it.support.Balancer;
import cn.oneseal.it.support.Casework;
import cn.oneseal.it.support.Mailbox;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.Readiness;
import cn.oneseal.it.support.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The long run of issue 19 ({@code mvn -Pcluster verify}, PostgreSQL; not in the default suite):
 * two nodes, B and C, behind nginx, under a steady load of filings and acceptances through the
 * balancer, while one of them is killed with SIGKILL every minute and started again: {@code
 * oneseal.soak.minutes} (6) minutes, one kill a minute after the first. A kill waits until the
 * other node serves, so on a host where a start takes longer than a minute the kills slip. The test
 * server (node A) runs jobs on the same database too.
 *
 * <p>Counted against what the clients were told: every application filed exactly once, every
 * acceptance done exactly once with one sealed acceptance notice and one notice mail; and no answer
 * other than a failed connection (or the balancer's 502, 503 or 504 for a node that died or is
 * starting), which the clients repeat with the same idempotency key. The numbers go to {@code
 * target/cluster-soak.txt} and into docs/cluster.md.
 */
@ExtendWith(OneSealServer.class)
class ClusterSoakIT {

  private static final Duration RUN = Duration.ofMinutes(Long.getLong("oneseal.soak.minutes", 6));
  private static final Duration KILL_EVERY = Duration.ofMinutes(1);
  private static final int KILLS = (int) RUN.toMinutes() - 1;

  /** The load goes on this long after the last node killed serves again. */
  private static final Duration AFTER_LAST = Duration.ofSeconds(30);

  private static final int FILERS = 2;
  private static final Duration NODE_LOCK_TIME = Duration.ofSeconds(30);
  private static final String ACCEPTED = "accepted";
  private static final Set<Integer> BALANCER_FAILURES = Set.of(502, 503, 504);

  private final Api citizen = Api.as("zhangsan");
  private final Api clerk = Api.as("clerk");

  /** Idempotency key → the number the citizen was told. */
  private final Map<String, String> filed = new ConcurrentHashMap<>();

  /** Numbers the clerk was told were accepted, and those whose answer got lost on the way. */
  private final Set<String> accepted = ConcurrentHashMap.newKeySet();

  private final LinkedBlockingQueue<String> toAccept = new LinkedBlockingQueue<>();
  private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger retried = new AtomicInteger();
  private final List<Long> filingMillis = Collections.synchronizedList(new ArrayList<>());
  private final AtomicBoolean running = new AtomicBoolean(true);

  @Test
  void killingANodeEveryMinuteLosesAndDuplicatesNothing() throws Exception {
    Assumptions.assumeTrue(
        OneSealServer.database().equals("postgresql"),
        "the nodes share one database: PostgreSQL only");
    int offsetB = OneSealServer.NODE_B_OFFSET;
    int offsetC = OneSealServer.NODE_B_OFFSET + 10;
    Map<String, String> settings =
        Map.of(
            "ONESEAL_JOB_LOCK_TIME", NODE_LOCK_TIME.toString(),
            // the window's deemed-acceptance timer (PT5S on the test server) would race the
            // clerk's acceptances (ClusterIT checks that it fires once)
            "ONESEAL_ACCEPTANCE_REMINDER", "P30D",
            "ONESEAL_CLUSTER_PEER_A_PORT", Integer.toString(7600 + offsetB),
            "ONESEAL_CLUSTER_PEER_B_PORT", Integer.toString(7600 + offsetC));
    Map<String, Integer> offsets = Map.of("node-b", offsetB, "node-c", offsetC);
    Map<String, OneSealServer.Node> nodes = new ConcurrentHashMap<>();
    offsets.forEach(
        (name, offset) -> nodes.put(name, OneSealServer.startNode(name, offset, settings)));
    Set<String> before = new HashSet<>(numbersOf(citizen));
    List<String> restarts = Collections.synchronizedList(new ArrayList<>());
    List<String> holds = new ArrayList<>();

    ExecutorService clients = Executors.newCachedThreadPool();
    try (Balancer balancer =
        Balancer.start(
            8080 + offsetC + 10,
            "127.0.0.1:" + (8080 + offsetB),
            "127.0.0.1:" + (8080 + offsetC))) {
      Api citizenThere = citizen.at(balancer.baseUrl());
      Api clerkThere = clerk.at(balancer.baseUrl());
      List<Future<?>> load = new ArrayList<>();
      for (int i = 0; i < FILERS; i++) {
        load.add(clients.submit(() -> file(citizenThere)));
      }
      load.add(clients.submit(() -> accept(clerkThere)));

      long start = System.nanoTime();
      List<Future<?>> starting = new ArrayList<>();
      String victim = "node-b";
      for (int kill = 1; kill <= KILLS; kill++) {
        sleepUntil(start + kill * KILL_EVERY.toNanos());
        // the other node serves, or this kill would stop the service (it slips when a restart
        // takes longer than a minute)
        String other = victim.equals("node-b") ? "node-c" : "node-b";
        Readiness.awaitReady(
            "http://localhost:" + (9990 + offsets.get(other)), Duration.ofMinutes(5));
        nodes.get(victim).kill();
        String name = victim;
        long killed = System.nanoTime();
        starting.add(
            clients.submit(
                () -> {
                  nodes.put(name, OneSealServer.startNode(name, offsets.get(name), settings));
                  restarts.add(
                      String.format(
                          "%s killed at %d s, serving again after %.1f s",
                          name,
                          Duration.ofNanos(killed - start).toSeconds(),
                          (System.nanoTime() - killed) / 1e9));
                }));
        victim = other;
      }
      for (Future<?> each : starting) {
        each.get(5, TimeUnit.MINUTES);
      }
      sleepUntil(Math.max(start + RUN.toNanos(), System.nanoTime() + AFTER_LAST.toNanos()));
      running.set(false);
      for (Future<?> each : load) {
        each.get(5, TimeUnit.MINUTES);
      }
      // what the job executors held longest: node A all along, B and C since their last start
      holds.add("node A: " + jobExecutor(Readiness.testServer()));
      offsets.forEach(
          (name, offset) ->
              holds.add(name + ": " + jobExecutor("http://localhost:" + (9990 + offset))));
    } finally {
      running.set(false);
      clients.shutdown();
      clients.awaitTermination(2, TimeUnit.MINUTES);
      clients.shutdownNow();
      nodes.values().forEach(OneSealServer.Node::close);
    }

    report(restarts, holds);
    assertThat(errors).as("answers other than a failed connection").isEmpty();
    List<String> added = numbersOf(citizen).stream().filter(n -> !before.contains(n)).toList();
    assertThat(added)
        .as("the applications filed, each once")
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(filed.values());
    assertThat(accepted).as("acceptances").isNotEmpty();
    for (String number : accepted) {
      assertThat(Casework.historyEntries(citizen, number, ACCEPTED))
          .as("the acceptances of %s", number)
          .hasSize(1);
      assertThat(
              TestDatabase.rows(
                  "select count(*) from issued_document"
                      + " where application_number = ? and kind = 'ACCEPTANCE_NOTICE'",
                  number))
          .as("the sealed acceptance notices of %s", number)
          .containsExactly(List.of(1L));
    }
    // the notice mails: their jobs may have waited for a dead node's lock
    Casework.await(
        "a notice mail for each acceptance",
        () -> mailsPerAcceptance().size(),
        size -> size >= accepted.size(),
        NODE_LOCK_TIME.plusSeconds(90));
    assertThat(mailsPerAcceptance())
        .as("notice mails per accepted application")
        .hasSize(accepted.size())
        .allSatisfy((number, mails) -> assertThat(mails).as(number).isEqualTo(1));
  }

  /** Files applications through the balancer until the run ends. */
  private void file(Api citizenThere) {
    while (running.get()) {
      String key = UUID.randomUUID().toString();
      String item = anyItemCode();
      long began = System.nanoTime();
      Response answer = repeated(() -> submitWithKey(citizenThere, item, key));
      if (answer == null) {
        return;
      }
      if (answer.status() == 201 || answer.status() == 200) {
        String number = answer.json().path("number").asText();
        filed.put(key, number);
        toAccept.add(number);
        filingMillis.add((System.nanoTime() - began) / 1_000_000);
      } else {
        errors.add("filing: " + answer);
      }
    }
  }

  /** The clerk accepts the filed applications, oldest first, until the run ends. */
  private void accept(Api clerkThere) {
    while (running.get()) {
      String number;
      try {
        number = toAccept.poll(1, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      if (number != null) {
        acceptOne(clerkThere, number);
      }
    }
  }

  private void acceptOne(Api clerkThere, String number) {
    JsonNode task = null;
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (task == null && running.get() && System.nanoTime() < deadline) {
      Response tasks =
          repeated(() -> clerkThere.get("/api/tasks?step=" + ACCEPT + "&size=100&sort=created"));
      if (tasks == null) {
        return;
      }
      if (tasks.status() != 200) {
        errors.add("inbox: " + tasks);
        return;
      }
      for (JsonNode each : tasks.items()) {
        if (number.equals(each.path("applicationNumber").asText())) {
          task = each;
        }
      }
      if (task == null) {
        Casework.pause(Duration.ofMillis(300));
      }
    }
    if (task == null) {
      return;
    }
    String id = task.path("id").asText();
    if (!clerk.username().equals(Casework.text(task.path("assignee")))) {
      Response claimed = repeated(() -> clerkThere.post("/api/tasks/" + id + "/claim"));
      if (claimed == null) {
        return;
      }
      if (claimed.status() != 200) {
        errors.add("claim of " + number + ": " + claimed);
        return;
      }
    }
    AtomicBoolean repeatedCompletion = new AtomicBoolean();
    Response done =
        repeated(
            () -> Casework.complete(clerkThere, id, "accept", "材料齐全，予以受理", null),
            repeatedCompletion);
    if (done == null) {
      return;
    }
    if (done.status() == 200) {
      accepted.add(number);
    } else if (repeatedCompletion.get()
        && (done.status() == 404 || done.status() == 409)
        && !Casework.historyEntries(clerk, number, ACCEPTED).isEmpty()) {
      // the first attempt was done, but its answer was lost with its node
      accepted.add(number);
    } else {
      errors.add("acceptance of " + number + ": " + done);
    }
  }

  private Response repeated(Supplier<Response> call) {
    return repeated(call, new AtomicBoolean());
  }

  /**
   * The call's answer, repeated while the connection fails or the balancer answers 502, 503 or 504
   * (no node took it); null when the run ended meanwhile. {@code wasRepeated} says whether it was.
   */
  private Response repeated(Supplier<Response> call, AtomicBoolean wasRepeated) {
    while (true) {
      try {
        Response answer = call.get();
        if (!BALANCER_FAILURES.contains(answer.status())) {
          return answer;
        }
      } catch (UncheckedIOException failedConnection) {
        // repeated below
      }
      retried.incrementAndGet();
      wasRepeated.set(true);
      if (!running.get()) {
        return null;
      }
      Casework.pause(Duration.ofMillis(500));
    }
  }

  /** The acceptance mails each accepted application's applicant got, by number. */
  private Map<String, Integer> mailsPerAcceptance() {
    Map<String, Integer> counts = new ConcurrentHashMap<>();
    for (var message : OneSealServer.mailbox().messagesTo("zhangsan@oneseal.example")) {
      String subject = Mailbox.subject(message);
      for (String number : accepted) {
        if (subject.contains("申请已受理：" + number)) {
          counts.merge(number, 1, Integer::sum);
        }
      }
    }
    return counts;
  }

  private static String jobExecutor(String managementUrl) {
    JsonNode data = Readiness.checkData(managementUrl, "oneseal-job-executor");
    return String.format(
        "%d batches, %d handed back by a full queue, longest queue wait %d ms, longest hold %d ms",
        data.path("batches").asLong(),
        data.path("rejectedBatches").asLong(),
        data.path("longestQueueWaitMillis").asLong(),
        data.path("longestHoldMillis").asLong());
  }

  private void report(List<String> restarts, List<String> holds) {
    List<Long> sorted = new ArrayList<>(filingMillis);
    Collections.sort(sorted);
    String text =
        String.join(
                "\n",
                "cluster soak: " + RUN.toMinutes() + " min, a node killed every minute",
                "filings told: " + filed.size(),
                "acceptances told: " + accepted.size(),
                "calls repeated after a failed connection or the balancer's 502/503/504: "
                    + retried.get(),
                "other errors: " + errors.size(),
                "filing ms p50 / p95 / max: "
                    + percentile(sorted, 0.50)
                    + " / "
                    + percentile(sorted, 0.95)
                    + " / "
                    + percentile(sorted, 1.0))
            + "\n"
            + String.join("\n", restarts)
            + "\n"
            + String.join("\n", holds)
            + "\n";
    System.err.print(text);
    try {
      Files.writeString(
          Path.of(System.getProperty("oneseal.target.dir", "target"), "cluster-soak.txt"), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long percentile(List<Long> sorted, double share) {
    return sorted.isEmpty()
        ? 0
        : sorted.get((int) Math.min(sorted.size() - 1, share * sorted.size()));
  }

  private static void sleepUntil(long nanoTime) {
    long left = nanoTime - System.nanoTime();
    if (left > 0) {
      Casework.pause(Duration.ofNanos(left));
    }
  }
}
