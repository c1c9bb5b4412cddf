package cn.oneseal.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like session on the pages: signs in through the login form (pages take no Basic
 * credentials), keeps the session cookie, and can say where its requests come from (headers).
 */
public final class PageSession {

  public record Answer(int status, String body, Map<String, List<String>> headers) {

    /** The first error message of the login form. */
    public String message() {
      Matcher m = MESSAGE.matcher(body);
      if (!m.find()) {
        throw new AssertionError("no message on the page (" + status + "): " + body);
      }
      return m.group(1).strip();
    }

    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .findFirst()
          .map(e -> e.getValue().get(0))
          .orElse(null);
    }
  }

  private static final Pattern MESSAGE = Pattern.compile("ui-messages-error-summary\">([^<]*)<");
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");

  /** The page's CSP nonce, which PrimeFaces' script adds to every form the page posts. */
  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']*)'\\)");

  private static final Pattern CSRF =
      Pattern.compile("name=\"oneseal\\.csrf\"[^>]*value=\"([^\"]*)\"");

  /** A session signed in as this demo account (the demo password), or the test fails. */
  public static PageSession signedIn(String username) {
    PageSession session = new PageSession();
    Answer answer = session.signIn(username, Api.DEMO_PASSWORD);
    assertThat(answer.status()).as("sign-in of %s: %s", username, answer.body()).isIn(302, 303);
    return session;
  }

  /** Where paths are sent: the test server, or another node of a cluster ({@link #at}). */
  private final String baseUrl;

  private final CookieManager cookies;
  private final HttpClient http;

  public PageSession() {
    this(OneSealServer.BASE_URL, new CookieManager());
  }

  private PageSession(String baseUrl, CookieManager cookies) {
    this.baseUrl = baseUrl;
    this.cookies = cookies;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** This session, its cookies, sending its requests to another node ({@code baseUrl}). */
  public PageSession at(String baseUrl) {
    return new PageSession(baseUrl, cookies);
  }

  /** The value of the cookie {@code name} this session holds, or null. */
  public String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }

  /** Fills and posts the login form; {@code headers} (name, value pairs) go with the post. */
  public Answer signIn(String username, String password, String... headers) {
    Answer login = get("/login.xhtml");
    assertThat(login.status()).as("login page").isEqualTo(200);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("loginForm", "loginForm");
    fields.put("loginForm:next", "");
    fields.put("loginForm:username", username);
    fields.put("loginForm:password", password);
    fields.put("loginForm:loginButton", "");
    fields.put("jakarta.faces.ViewState", find(VIEW_STATE, login.body(), "view state"));
    return post(formAction("loginForm", login.body()), fields, headers);
  }

  public static Map<String, String> logoutFields(String html) {
    String form = form("logoutForm", html);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("logoutForm", "logoutForm");
    fields.put("logoutForm:logoutLink", "logoutForm:logoutLink");
    fields.put("jakarta.faces.ViewState", find(VIEW_STATE, form, "view state of the sign-out"));
    Matcher nonce = NONCE.matcher(html);
    if (nonce.find()) {
      fields.put("primefaces.nonce", nonce.group(1));
    }
    Matcher csrf = CSRF.matcher(form);
    if (csrf.find()) {
      fields.put("oneseal.csrf", csrf.group(1));
    }
    return fields;
  }

  public static String formAction(String id, String html) {
    Matcher m =
        Pattern.compile("<form[^>]*id=\"" + Pattern.quote(id) + "\"[^>]*action=\"([^\"]*)\"")
            .matcher(html);
    if (!m.find()) {
      throw new AssertionError("no form " + id + " in " + html);
    }
    return m.group(1).replace("&amp;", "&");
  }

  private static String form(String id, String html) {
    Matcher m =
        Pattern.compile("<form[^>]*id=\"" + Pattern.quote(id) + "\".*?</form>", Pattern.DOTALL)
            .matcher(html);
    if (!m.find()) {
      throw new AssertionError("no form " + id + " in " + html);
    }
    return m.group();
  }

  private String lastNonce;

  public Answer get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  /**
   * Posts a form as a browser would: with the CSP nonce of the page this session read last, which
   * PrimeFaces' script adds to every form (unless the fields carry one).
   */
  public Answer post(String path, Map<String, String> fields, String... headers) {
    Map<String, String> sent = new LinkedHashMap<>(fields);
    if (lastNonce != null) {
      sent.putIfAbsent("primefaces.nonce", lastNonce);
    }
    String body =
        sent.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request);
  }

  private URI uri(String path) {
    return URI.create(path.startsWith("http") ? path : baseUrl + path);
  }

  private Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(
              request.timeout(Duration.ofSeconds(60)).build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      Matcher nonce = NONCE.matcher(response.body());
      if (nonce.find()) {
        lastNonce = nonce.group(1);
      }
      return new Answer(response.statusCode(), response.body(), response.headers().map());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String find(Pattern pattern, String html, String what) {
    Matcher m = pattern.matcher(html);
    if (!m.find()) {
      throw new AssertionError("no " + what + " in " + html);
    }
    return m.group(1);
  }
}
