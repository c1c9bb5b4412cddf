package cn.oneseal.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The harness every screen passes through in its browser test: the page as it is now is
 * photographed at desktop width (1366 px) and at phone width (390 px) — {@code
 * target/screenshots/<name>-1366.png} and {@code -390.png}, to be looked at — and checked at both
 * widths by axe-core (WCAG 2.1 A/AA rules) and for sideways scrolling at phone width. A serious or
 * critical accessibility violation, or a page wider than the phone, fails the test with what was
 * found.
 *
 * <pre>{@code
 * browser.go("/admin/incidents.xhtml");
 * PageCheck.check(browser, "admin-incidents");
 * }</pre>
 *
 * <p>axe-core comes from the npm registry by the web module's lock file (a development dependency,
 * never packaged); its path is {@code -Doneseal.axe}.
 */
public final class PageCheck {

  /** Desktop and phone widths every screen must work at. */
  public static final int DESKTOP = 1366;

  public static final int PHONE = 390;

  private static final Path AXE =
      Path.of(System.getProperty("oneseal.axe", "../web/node_modules/axe-core/axe.min.js"));

  private static String axeSource;

  /** The first elements that reach past the page's right edge, outside any scrolling box. */
  private static final String WIDER_THAN_THE_PAGE =
      "const w = document.documentElement.clientWidth;"
          + "const clipped = e => { for (let a = e.parentElement; a && a !== document.body;"
          + " a = a.parentElement) { const o = getComputedStyle(a).overflowX;"
          + " if (o === 'auto' || o === 'scroll' || o === 'hidden') return true; } return false; };"
          + "return Array.from(document.querySelectorAll('body *'))"
          + ".filter(e => e.getBoundingClientRect().right > w + 1 && !clipped(e))"
          + ".filter(e => !Array.from(e.children).some(c => c.getBoundingClientRect().right > w + 1))"
          + ".slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
          + " + (typeof e.className === 'string' && e.className.trim()"
          + " ? '.' + e.className.trim().split(/\\s+/).join('.') : '')"
          + " + ' (' + Math.round(e.getBoundingClientRect().right) + ' px)').join(', ');";

  private PageCheck() {}

  /**
   * The page has settled: no PrimeFaces request is under way (a button stays disabled until its
   * request completes) and no CSS transition or animation is running, so that axe measures colours
   * as the user sees them at rest and not halfway through a fade.
   */
  private static final String SETTLED =
      "const pf = window.PrimeFaces && PrimeFaces.ajax && PrimeFaces.ajax.Queue;"
          + "const idle = (!pf || pf.isEmpty()) && (!window.jQuery || jQuery.active === 0);"
          + "const moving = document.getAnimations ? document.getAnimations()"
          + ".filter(a => a.playState === 'running' && a.effect"
          + " && a.effect.getComputedTiming().endTime !== Infinity).length : 0;"
          + "return idle && moving === 0;";

  /** What keeps a page from settling, for the log. */
  private static final String STILL_MOVING =
      "const pf = window.PrimeFaces && PrimeFaces.ajax && PrimeFaces.ajax.Queue;"
          + "return 'requests: ' + (pf ? !pf.isEmpty() : false) + '/' + (window.jQuery ? jQuery.active : 0)"
          + " + ', animations: ' + (document.getAnimations ? document.getAnimations()"
          + ".filter(a => a.playState === 'running').map(a => (a.animationName || a.transitionProperty"
          + " || 'script') + ' on ' + (a.effect && a.effect.target ? a.effect.target.tagName + '.'"
          + " + a.effect.target.className : '?')).slice(0, 5).join('; ') : 'n/a');";

  /**
   * Every page: the phone width (390 px) in the page's current language (Chinese unless the test
   * switched), photographed and checked; leaves the window at desktop width.
   */
  public static void phone(Browser browser, String name) {
    check(browser, name, PHONE);
  }

  /** Screenshots and checks at both widths; leaves the window at desktop width. */
  public static void check(Browser browser, String name) {
    check(browser, name, DESKTOP, PHONE);
  }

  /**
   * A key page: both widths in Chinese, then both widths in English (switched by the header's
   * language link, as a user would), then back to Chinese. Screenshots {@code <name>-1366.png},
   * {@code <name>-390.png}, {@code <name>-en-1366.png} and {@code <name>-en-390.png}.
   */
  public static void keyPage(Browser browser, String name) {
    check(browser, name);
    inEnglish(browser, () -> check(browser, name + "-en"));
  }

  /** Does {@code what} with the page switched to English, and switches it back to Chinese. */
  public static void inEnglish(Browser browser, Runnable what) {
    switchLanguage(browser, "langEn", "en");
    try {
      what.run();
    } finally {
      switchLanguage(browser, "langZh", "zh-CN");
    }
  }

  private static void switchLanguage(Browser browser, String linkId, String tag) {
    browser.click(browser.driver().findElement(By.id(linkId)));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(
            d ->
                tag.equals(
                    ((JavascriptExecutor) d)
                        .executeScript("return document.documentElement.lang")));
  }

  private static void check(Browser browser, String name, int... widths) {
    List<String> problems = new ArrayList<>();
    for (int width : widths) {
      browser.driver().manage().window().setSize(new Dimension(width, 900));
      settle(browser);
      browser.screenshot(name + "-" + width);
      problems.addAll(axe(browser, width));
      if (width == PHONE) {
        long overflow =
            ((Number)
                    js(browser)
                        .executeScript(
                            "return document.documentElement.scrollWidth"
                                + " - document.documentElement.clientWidth;"))
                .longValue();
        if (overflow > 1) {
          problems.add(
              PHONE
                  + " px: the page scrolls sideways by "
                  + overflow
                  + " px, widened by "
                  + js(browser).executeScript(WIDER_THAN_THE_PAGE));
        }
      }
    }
    browser.driver().manage().window().setSize(new Dimension(DESKTOP, 900));
    assertThat(problems).as("screen " + name).isEmpty();
  }

  /**
   * Waits (up to five seconds) until {@link #SETTLED}; a page that never settles is checked as it
   * is.
   */
  private static void settle(Browser browser) {
    long started = System.nanoTime();
    long until = started + 5_000_000_000L;
    while (!Boolean.TRUE.equals(js(browser).executeScript(SETTLED))) {
      if (System.nanoTime() > until) {
        System.out.println(
            "PageCheck: the page did not settle within 5 s, checked as it is: "
                + js(browser).executeScript(STILL_MOVING));
        return;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    long waited = (System.nanoTime() - started) / 1_000_000;
    if (waited > 1000) {
      System.out.println("PageCheck: waited " + waited + " ms for the page to settle");
    }
  }

  /** The serious and critical violations axe-core finds on the page as it is. */
  @SuppressWarnings("unchecked")
  private static List<String> axe(Browser browser, int width) {
    js(browser).executeScript(source());
    Object result =
        js(browser)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "axe.run(document, {runOnly: {type: 'tag',"
                    + " values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                    + ".then(r => done(r.violations"
                    + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                    + ".map(v => ({id: v.id, impact: v.impact, help: v.help,"
                    + " targets: v.nodes.slice(0, 5).map(n => n.target.join(' '))}))))"
                    + ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e),"
                    + " targets: []}]));");
    List<String> found = new ArrayList<>();
    for (Map<String, Object> v : (List<Map<String, Object>>) result) {
      found.add(
          width
              + " px: "
              + v.get("impact")
              + " "
              + v.get("id")
              + " — "
              + v.get("help")
              + " at "
              + v.get("targets"));
    }
    return found;
  }

  private static synchronized String source() {
    if (axeSource == null) {
      try {
        axeSource = Files.readString(AXE, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "axe-core is missing at " + AXE.toAbsolutePath() + " (npm ci in web/ brings it)", e);
      }
    }
    return axeSource;
  }

  private static JavascriptExecutor js(Browser browser) {
    return (JavascriptExecutor) browser.driver();
  }
}
