package cn.oneseal.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.OneSealServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every answer carries the security headers — pages, the API, static resources, error pages —;
 * pages allow only the application's scripts and those carrying the page's nonce; the session
 * cookie is HttpOnly and SameSite; text is compressed; versioned resources are cached for long,
 * pages not at all.
 */
@ExtendWith(OneSealServer.class)
class ResponseHeadersIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @Test
  void aPageAllowsOnlyItsOwnAndNoncedScripts() {
    HttpResponse<byte[]> page = get("/item.xhtml?code=JZ-0001");

    assertThat(page.statusCode()).isEqualTo(200);
    assertSecurityHeaders(page);
    List<String> policies = page.headers().allValues("Content-Security-Policy");
    assertThat(policies).hasSize(1);
    Matcher nonce = Pattern.compile("script-src 'self' 'nonce-([^']+)'").matcher(policies.get(0));
    assertThat(nonce.find()).as(policies.get(0)).isTrue();
    assertThat(policies.get(0)).doesNotContainPattern("script-src[^;]*unsafe-(inline|eval)");
    assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");

    // every inline script carries the nonce; no inline event handler is left in the markup
    String html = text(page);
    Matcher script = Pattern.compile("<script(?![^>]*\\ssrc=)([^>]*)>").matcher(html);
    while (script.find()) {
      assertThat(script.group(1)).as("inline script %s", script.group()).contains(nonce.group(1));
    }
    assertThat(html).doesNotContainPattern("<[^>]+\\son(click|change|keyup|submit|load)=");
  }

  @Test
  void apiAnswersAndErrorPagesCarryTheHeadersToo() {
    HttpResponse<byte[]> api = get("/api/items");
    assertThat(api.statusCode()).isEqualTo(200);
    assertSecurityHeaders(api);
    assertThat(api.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("frame-ancestors 'none'");
    assertThat(api.headers().firstValue("Cache-Control")).hasValue("no-store");

    HttpResponse<byte[]> missing = get("/no-such-page.xhtml");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertSecurityHeaders(missing);
    assertThat(missing.headers().allValues("Content-Security-Policy")).hasSize(1);
  }

  @Test
  void versionedResourcesAreCachedForAYear() {
    String html = text(get("/item.xhtml?code=JZ-0001"));
    Matcher resource =
        Pattern.compile("(?:src|href)=\"(/jakarta\\.faces\\.resource/[^\"]+)\"").matcher(html);
    int checked = 0;
    boolean ownResource = false;
    while (resource.find()) {
      String path = resource.group(1).replace("&amp;", "&");
      assertThat(path).as("resource address").containsPattern("[?&]v=");
      HttpResponse<byte[]> answer = get(path);
      assertThat(answer.statusCode()).as(path).isEqualTo(200);
      assertThat(answer.headers().firstValue("Cache-Control"))
          .as(path)
          .hasValue("public, max-age=31536000, immutable");
      assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      ownResource |= !path.contains("ln=primefaces");
      checked++;
    }
    assertThat(checked).as("resources of the page").isGreaterThan(3);
    assertThat(ownResource).as("the application's own resources are versioned too").isTrue();
  }

  @Test
  void textIsCompressed() {
    HttpResponse<byte[]> page = get("/item.xhtml?code=JZ-0001", "Accept-Encoding", "gzip");

    assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(gunzip(page.body())).contains("</html>");

    HttpResponse<byte[]> api = get("/api/items?size=50", "Accept-Encoding", "gzip");
    assertThat(api.headers().firstValue("Content-Encoding")).hasValue("gzip");
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSite() {
    HttpResponse<byte[]> login = get("/login.xhtml");

    String cookie =
        login.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no session cookie: " + login.headers()));
    assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    // plain HTTP here: Secure would make the browser drop it; over HTTPS it is added
    assertThat(cookie).doesNotContainIgnoringCase("Secure");
  }

  private static void assertSecurityHeaders(HttpResponse<?> answer) {
    assertThat(answer.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(answer.headers().firstValue("Referrer-Policy"))
        .hasValue("strict-origin-when-cross-origin");
  }

  private static HttpResponse<byte[]> get(String path, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(OneSealServer.BASE_URL + path))
            .timeout(Duration.ofSeconds(30));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("GET " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String text(HttpResponse<byte[]> answer) {
    return new String(answer.body(), StandardCharsets.UTF_8);
  }

  private static String gunzip(byte[] body) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
