package cn.oneseal.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.OneSealServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * After every other test of the run (the last class, see junit-platform.properties): the server
 * logged no failure of its own while the whole suite, bad inputs and all, was thrown at it. A
 * request that ended in a 500 — from the API, a page or the container — leaves one of these marks.
 */
@ExtendWith(OneSealServer.class)
@Order(Integer.MAX_VALUE)
class ServerLogIT {

  /** What the API's and the pages' last line and the container write for a server failure. */
  private static final List<String> MARKS =
      List.of(
          "unexpected failure, reference", // UnexpectedExceptionMapper, FacesSupport.unexpected
          "UT005023", // Undertow: exception handling request (an error page for a Throwable)
          "Error Rendering View");

  /** WildFly's line once the server has started, with the application deployed. */
  private static final String STARTED = "WFLYSRV0025";

  @Test
  void theServerLoggedNoFailureOfItsOwnDuringTheSuite() throws IOException {
    List<String> lines = Files.readAllLines(OneSealServer.logFile(), StandardCharsets.UTF_8);
    assertThat(lines).as("server log %s", OneSealServer.logFile()).isNotEmpty();
    List<String> failures =
        lines.stream().filter(line -> MARKS.stream().anyMatch(line::contains)).toList();
    assertThat(failures)
        .as(
            "server failures in %s (each a request answered 500 or a page's error)",
            OneSealServer.logFile())
        .isEmpty();
  }

  /**
   * A department or the mail server that does not answer is another system's failure, noted on the
   * push or the notification and retried by the engine: not an ERROR of this server's (the suite
   * makes both fail on purpose: DepartmentExchangeIT, EngineIncidentsIT, MailOutboxIT …).
   */
  @Test
  void anotherSystemsFailureIsNotLoggedAsTheServersError() throws IOException {
    assertThat(
            ejbInvocationFailures(
                line ->
                    line.contains("DepartmentPushService.deliver(")
                        || line.contains("NotificationMailer.deliver(")
                        || line.contains("NotificationCopies.deliver(")))
        .as("expected failures logged as EJB invocation errors in %s", OneSealServer.logFile())
        .isEmpty();
  }

  /**
   * Two people acting on one case at once (WorkbenchIT's transfer and completion,
   * ConcurrentClaimIT's claims): the one who comes second is answered 409 and tries again. A
   * conflict, not an ERROR of this server's.
   */
  @Test
  void aConflictOverOneCaseIsNotLoggedAsTheServersError() throws IOException {
    assertThat(ejbInvocationFailures(line -> line.contains("ApplicationService.lockForWork(")))
        .as("conflicts logged as EJB invocation errors in %s", OneSealServer.logFile())
        .isEmpty();
  }

  /** The lines where WildFly logged an EJB invocation as failed (an ERROR), of these methods. */
  private static List<String> ejbInvocationFailures(Predicate<String> of) throws IOException {
    return Files.readAllLines(OneSealServer.logFile(), StandardCharsets.UTF_8).stream()
        .filter(line -> line.contains("WFLYEJB0034"))
        .filter(of)
        .toList();
  }

  @Test
  void theServerStartedWithoutAnError() throws IOException {
    List<String> lines = Files.readAllLines(OneSealServer.logFile(), StandardCharsets.UTF_8);
    int started = firstLine(lines, STARTED);
    assertThat(started).as("the start in %s", OneSealServer.logFile()).isNotNegative();
    assertThat(lines.subList(0, started).stream().filter(line -> line.contains(" ERROR [")))
        .as("errors logged while the server started (%s)", OneSealServer.logFile())
        .isEmpty();
  }

  @Test
  void theSealWasLoadedOnceTheServerHadStartedNotDuringItsStart() throws IOException {
    List<String> lines = Files.readAllLines(OneSealServer.logFile(), StandardCharsets.UTF_8);
    int started = firstLine(lines, STARTED);
    int sealReady = firstLine(lines, "Bureau seal ready");
    assertThat(started).as("the start in %s", OneSealServer.logFile()).isNotNegative();
    // the keys' derivation takes a second of CPU that the start needs (SealWarmUp)
    assertThat(sealReady)
        .as("the seal's warm-up in %s, after the start's line %d", OneSealServer.logFile(), started)
        .isGreaterThan(started);
  }

  private static int firstLine(List<String> lines, String text) {
    return IntStream.range(0, lines.size())
        .filter(i -> lines.get(i).contains(text))
        .findFirst()
        .orElse(-1);
  }
}
