package cn.oneseal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Coverage of the page harness by construction (issue 17): every page of the web module (every
 * {@code .xhtml} under {@code web/src/main/webapp} except the templates and includes of {@code
 * WEB-INF/} and the composite components of {@code resources/}) is named — as a string literal
 * starting with its path, e.g. {@code "/staff/task.xhtml?id="} — in some {@code *BrowserIT} that
 * calls {@link cn.oneseal.it.support.PageCheck}. A new page without a browser test through the
 * harness fails this test, with its name. Runs in the ear module's unit-test phase; starts no
 * server.
 */
class EveryPageCheckedTest {

  private static final Path WEBAPP =
      Path.of(System.getProperty("oneseal.webapp", "../web/src/main/webapp"));

  private static final Path BROWSER_TESTS =
      Path.of(System.getProperty("oneseal.browserTests", "src/test/java/cn/oneseal/it/browser"));

  @Test
  void everyPageIsNamedByABrowserTestThatCallsThePageHarness() throws IOException {
    List<String> pages = pages();
    List<String> checkingSources = browserTestsCallingThePageHarness();

    List<String> unchecked =
        pages.stream()
            .filter(page -> checkingSources.stream().noneMatch(s -> s.contains("\"" + page)))
            .toList();

    assertThat(pages).as("pages found under " + WEBAPP.toAbsolutePath()).hasSizeGreaterThan(40);
    assertThat(unchecked)
        .as(
            "pages that no *BrowserIT calling PageCheck names (a string literal starting with the"
                + " page's path): give each a browser test through PageCheck.phone or keyPage")
        .isEmpty();
  }

  private static List<String> pages() throws IOException {
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      return files
          .filter(f -> f.toString().endsWith(".xhtml"))
          .map(f -> "/" + WEBAPP.relativize(f).toString().replace('\\', '/'))
          .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/"))
          .sorted()
          .toList();
    }
  }

  private static List<String> browserTestsCallingThePageHarness() throws IOException {
    try (Stream<Path> files = Files.walk(BROWSER_TESTS)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith("BrowserIT.java"))
          .map(EveryPageCheckedTest::read)
          .filter(source -> source.contains("PageCheck."))
          .toList();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
