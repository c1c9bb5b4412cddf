package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static cn.oneseal.it.support.ApiAssertions.assertStatusIn;
import static cn.oneseal.it.support.Casework.ACCEPT;
import static cn.oneseal.it.support.Casework.REVIEW;
import static cn.oneseal.it.support.Casework.anyItemCode;
import static cn.oneseal.it.support.Casework.application;
import static cn.oneseal.it.support.Casework.awaitTask;
import static cn.oneseal.it.support.Casework.claim;
import static cn.oneseal.it.support.Casework.complete;
import static cn.oneseal.it.support.Casework.numbersOf;
import static cn.oneseal.it.support.Casework.submitWithKey;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Api.Response;
import cn.oneseal.it.support.Balancer;
import cn.oneseal.it.support.Casework;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.PageSession;
import cn.oneseal.it.support.Readiness;
import cn.oneseal.it.support.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two nodes on one PostgreSQL database (issue 19): the test server (node A) and a second node (B)
 * from the same provisioned server and EAR. Work started on one node goes on on the other, every
 * timer fires once across both, and a node killed with SIGKILL loses nothing its clients were told.
 * The API is stateless (Basic or a token on every call), so these calls need no shared session; the
 * clients play the load balancer, sending each call to a node of their choice and a call whose
 * connection failed to the other one. A page session is kept on both nodes, and nginx in front (the
 * demo's balancer) keeps it on its node while that node lives.
 */
@ExtendWith(OneSealServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  /**
   * Node B holds the jobs it takes for 10 s instead of production's 5 minutes, so that the jobs it
   * held when it is killed are taken over within a test's patience.
   */
  private static final Duration NODE_B_LOCK_TIME = Duration.ofSeconds(10);

  private static final String DEEMED_ACCEPTED = "deemedAccepted";

  private static OneSealServer.Node nodeB;

  private static final String NODE_B_ADDRESS = "127.0.0.1:" + (8080 + OneSealServer.NODE_B_OFFSET);

  private static final String INBOX = "/staff/inbox.xhtml";

  /** A clerk's page session, signed in on node B before it is killed. */
  private static PageSession pageSessionOfB;

  /** nginx in front of both nodes (ear/src/cluster/nginx.conf), once test 4 started it. */
  private static Balancer balancer;

  private final Api zhangsan = Api.as("zhangsan");

  @BeforeAll
  static void startNodeB() {
    Assumptions.assumeTrue(
        OneSealServer.database().equals("postgresql"),
        "two nodes share one database: PostgreSQL only (the tests' H2 is a file one server opens)");
    nodeB =
        OneSealServer.startNode(
            "node-b",
            OneSealServer.NODE_B_OFFSET,
            Map.of("ONESEAL_JOB_LOCK_TIME", NODE_B_LOCK_TIME.toString()));
  }

  @AfterAll
  static void stopNodeB() {
    if (balancer != null) {
      balancer.close();
    }
    if (nodeB != null) {
      nodeB.close();
    }
  }

  @Test
  @Order(1)
  void eachNodeLocksJobsInItsOwnName() {
    JsonNode onA = jobExecutor(Readiness.testServer());
    JsonNode onB = jobExecutor(nodeB.managementUrl());

    assertThat(onB.path("lockOwner").asText()).as("%s", onB).isEqualTo("node-b");
    assertThat(onB.path("lockTimeSeconds").asLong()).isEqualTo(NODE_B_LOCK_TIME.toSeconds());
    assertThat(onA.path("lockOwner").asText()).as("%s", onA).isEqualTo(OneSealServer.NODE_A);
    assertThat(onA.path("active").asBoolean()).isTrue();
    assertThat(onB.path("active").asBoolean()).isTrue();
  }

  @Test
  @Order(2)
  void aTaskClaimedOnOneNodeIsCompletedOnTheOther() {
    String number = filed(assertStatus(submitWithKey(zhangsan, anyItemCode(), key()), 201));
    // after its deemed-acceptance timer (5 s in the tests), which would otherwise change the case
    // under a completion that takes longer on a node just started (409, "changed concurrently")
    assertDeemedAcceptedOnce(number);
    Api clerkOnA = Api.as("clerk");
    Api clerkOnB = clerkOnA.at(nodeB.baseUrl());

    String task = claim(clerkOnA, number, ACCEPT);
    assertStatus(complete(clerkOnB, task, "accept", null, null), 200);

    // node A sees what node B did: the case waits for its review
    awaitTask(Api.as("officer"), number, REVIEW);
    assertThat(application(zhangsan.at(nodeB.baseUrl()), number).path("status").asText())
        .isEqualTo(application(zhangsan, number).path("status").asText())
        .isNotEqualTo("SUBMITTED");
  }

  @Test
  @Order(3)
  void everyTimerFiresOnceAcrossBothNodes() {
    Object since = TestDatabase.rows("select current_timestamp").get(0).get(0);
    // filed alternately on each node; the deemed-acceptance timers (ONESEAL_ACCEPTANCE_REMINDER,
    // 5 s in the tests) are then due on both job executors at once
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Api citizen = i % 2 == 0 ? zhangsan : zhangsan.at(nodeB.baseUrl());
      numbers.add(filed(assertStatus(submitWithKey(citizen, anyItemCode(), key()), 201)));
    }
    for (String number : numbers) {
      assertDeemedAcceptedOnce(number);
    }

    // the legal clock's card watch, a cycle timer (every 2 s in the tests) that both job
    // executors could take: each cycle starts one watch, not one per node
    List<Instant> watches =
        TestDatabase.rows(
                "select start_time_ from act_hi_procinst where proc_def_key_ = 'legalClockWatch'"
                    + " and start_time_ > ? order by start_time_",
                since)
            .stream()
            .map(row -> ((java.sql.Timestamp) row.get(0)).toInstant())
            .toList();
    assertThat(watches).as("card watches while both nodes ran").hasSizeGreaterThanOrEqualTo(2);
    for (int i = 1; i < watches.size(); i++) {
      assertThat(Duration.between(watches.get(i - 1), watches.get(i)))
          .as("between the card watches %s and %s", watches.get(i - 1), watches.get(i))
          .isGreaterThan(Duration.ofSeconds(1));
    }
  }

  /**
   * A clerk signs in on the pages of node B. Its session id names node B, and the balancer keeps
   * sending the session there; the session is kept on both nodes (a distributable web application),
   * so it goes on at node A too.
   */
  @Test
  @Order(4)
  void aPageSessionSticksToItsNodeAndLivesOnBoth() {
    PageSession onB = new PageSession().at(nodeB.baseUrl());
    assertThat(onB.signIn("clerk", Api.DEMO_PASSWORD).status()).isIn(302, 303);
    assertThat(onB.cookie("JSESSIONID")).as("the session's route").endsWith(".node-b");
    pageSessionOfB = onB;

    assertSignedIn(onB.at(OneSealServer.BASE_URL));
    balancer =
        Balancer.start(
            8080 + OneSealServer.NODE_B_OFFSET + 20,
            "127.0.0.1:" + (8080 + OneSealServer.PORT_OFFSET),
            NODE_B_ADDRESS);
    assertSignedIn(onB.at(balancer.baseUrl()));
    assertThat(balancer.upstreamOfLast(INBOX))
        .as("the node that answered")
        .isEqualTo(NODE_B_ADDRESS);
  }

  /**
   * Filings go to node B; node B is killed while one of them is under way; the client sends what
   * got no answer to node A with the same idempotency key. Every application the citizen was told
   * of exists once, no other appeared, and each is deemed accepted once: node A runs the timers of
   * the cases filed on B, and takes over those B held when it died once their lock expires. The
   * page session signed in on B goes on at A, where the balancer now sends it.
   */
  @Test
  @Order(5)
  void aNodeKilledMidRequestLosesNothing() throws Exception {
    Set<String> before = Set.copyOf(numbersOf(zhangsan));
    Api onB = zhangsan.at(nodeB.baseUrl());
    Map<String, String> told = new LinkedHashMap<>();
    for (int i = 0; i < 3; i++) {
      String key = key();
      told.put(key, filed(assertStatus(submitWithKey(onB, anyItemCode(), key), 201)));
    }

    String inFlightKey = key();
    String item = anyItemCode();
    CompletableFuture<Response> inFlight =
        CompletableFuture.supplyAsync(() -> submitWithKey(onB, item, inFlightKey));
    Thread.sleep(30);
    nodeB.kill();
    told.put(inFlightKey, filedSomewhere(inFlight, item, inFlightKey));

    for (int i = 0; i < 3; i++) {
      String key = key();
      told.put(key, filed(assertStatus(submitWithKey(zhangsan, anyItemCode(), key), 201)));
    }

    List<String> after = numbersOf(zhangsan);
    List<String> added = after.stream().filter(number -> !before.contains(number)).toList();
    assertThat(added)
        .as("the applications filed in this test, each once")
        .containsExactlyInAnyOrderElementsOf(told.values());
    for (String number : told.values()) {
      assertDeemedAcceptedOnce(number);
    }
    if (pageSessionOfB != null) {
      assertSignedIn(pageSessionOfB.at(OneSealServer.BASE_URL));
    }
    if (balancer != null) {
      assertSignedIn(pageSessionOfB.at(balancer.baseUrl()));
      assertThat(balancer.upstreamOfLast(INBOX))
          .as("node A answered (after node B refused, unless nginx already knew B was down)")
          .endsWith("127.0.0.1:" + (8080 + OneSealServer.PORT_OFFSET));
    }
  }

  /** The clerk's inbox answers this session, instead of sending it to the login page. */
  private static void assertSignedIn(PageSession session) {
    PageSession.Answer inbox = session.get(INBOX);
    assertThat(inbox.status()).as("the inbox: %s", inbox.headers()).isEqualTo(200);
    assertThat(inbox.body()).doesNotContain("loginForm");
  }

  /**
   * The number the client is told in the end: node B's answer if it gave one (an error answer fails
   * the test: only a failed connection is retried), else node A's answer to the same request with
   * the same key (201 if B never committed it, 200 if it had).
   */
  private String filedSomewhere(CompletableFuture<Response> onB, String item, String key) {
    Response answer;
    try {
      answer = onB.join();
    } catch (RuntimeException e) {
      if (!(e.getCause() instanceof UncheckedIOException)) {
        throw e;
      }
      answer = null;
    }
    if (answer == null) {
      answer = submitWithKey(zhangsan, item, key);
    }
    return filed(assertStatusIn(answer, Set.of(200, 201)));
  }

  private void assertDeemedAcceptedOnce(String number) {
    Casework.await(
        "deemed acceptance of " + number,
        () -> application(zhangsan, number),
        application -> application.path(DEEMED_ACCEPTED).asBoolean(),
        Duration.ofSeconds(90));
    assertThat(Casework.historyEntries(zhangsan, number, DEEMED_ACCEPTED))
        .as("the %s entries of %s", DEEMED_ACCEPTED, number)
        .hasSize(1);
  }

  /** The job executor's part of a node's readiness, once the node is ready. */
  private static JsonNode jobExecutor(String managementUrl) {
    return Readiness.checkData(managementUrl, "oneseal-job-executor");
  }

  private static String filed(Response created) {
    String number = created.json().path("number").asText();
    assertThat(number).as("number in %s", created).isNotBlank();
    return number;
  }

  private static String key() {
    return UUID.randomUUID().toString();
  }
}
