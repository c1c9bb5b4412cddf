package cn.oneseal.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.PageSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page of a role's folder, found in the web module's sources — so a new page is checked
 * without anyone listing it: an anonymous visitor is sent to sign in, and a signed-in person of
 * another role is refused (403).
 */
@ExtendWith(OneSealServer.class)
class PageAuthorizationIT {

  private static final Path PAGES =
      Path.of(System.getProperty("oneseal.webapp", "../web/src/main/webapp"));

  /** Each role's folder and a person who does not hold that role. */
  private static final Map<String, String> OUTSIDER =
      Map.of(
          "admin", "clerk",
          "staff", "zhangsan",
          "supervisor", "clerk",
          "citizen", "clerk",
          "inspector", "supervisor");

  static Stream<Arguments> restrictedPages() {
    return OUTSIDER.entrySet().stream()
        .flatMap(
            folder -> {
              List<String> pages = pagesIn(folder.getKey());
              assertThat(pages).as("pages in %s", folder.getKey()).isNotEmpty();
              return pages.stream().map(page -> Arguments.of(page, folder.getValue()));
            });
  }

  private static List<String> pagesIn(String folder) {
    try (Stream<Path> files = Files.list(PAGES.resolve(folder))) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(name -> name.endsWith(".xhtml"))
          .sorted()
          .map(name -> "/" + folder + "/" + name)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("the web module's pages at " + PAGES.toAbsolutePath(), e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("restrictedPages")
  void anonymousVisitorsAreSentToSignInAndOtherRolesAreRefused(String page, String outsider) {
    Api.Response anonymous = Api.anonymous().get(page);
    assertThat(anonymous.status()).as("%s anonymous: %s", page, anonymous).isIn(302, 303);
    assertThat(anonymous.header("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains("/login.xhtml"));

    PageSession.Answer refused = PageSession.signedIn(outsider).get(page);
    assertThat(refused.status()).as("%s as %s", page, outsider).isEqualTo(403);
  }

  /** A holder's credit record (issue 15): staff and supervisors, not citizens or administrators. */
  @org.junit.jupiter.api.Test
  void theCreditRecordIsForStaffAndSupervisorsOnly() {
    String page = "/credit-record.xhtml";
    Api.Response anonymous = Api.anonymous().get(page);
    assertThat(anonymous.status()).as("%s anonymous", page).isIn(302, 303);
    for (String outsider : List.of("zhangsan", "admin")) {
      assertThat(PageSession.signedIn(outsider).get(page).status())
          .as("%s as %s", page, outsider)
          .isEqualTo(403);
    }
    assertThat(PageSession.signedIn("supervisor").get(page).status()).isEqualTo(200);
  }
}
