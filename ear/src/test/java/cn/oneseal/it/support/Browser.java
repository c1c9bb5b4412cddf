package cn.oneseal.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium for the {@code *BrowserIT} tests, driven by Debian's {@code chromium} and
 * {@code chromium-driver} packages (given explicitly, so Selenium downloads nothing). Without them
 * the calling test aborts — reported loudly — instead of failing.
 *
 * <pre>{@code
 * try (Browser browser = Browser.open()) {
 *     browser.go("/index.xhtml");
 *     browser.screenshot("catalogue");
 * }
 * }</pre>
 */
public final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of(System.getProperty("oneseal.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER =
      Path.of(System.getProperty("oneseal.chromedriver", "/usr/bin/chromedriver"));

  private final ChromeDriver driver;

  private Browser(ChromeDriver driver) {
    this.driver = driver;
  }

  public static Browser open() {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      String message =
          "Chromium ("
              + CHROMIUM
              + ") or chromedriver ("
              + CHROMEDRIVER
              + ") is missing: browser tests are SKIPPED. Install: apt-get install chromium chromium-driver"
              + " fonts-noto-cjk";
      OneSealServer.banner(message);
      Assumptions.abort(message);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1366,900",
        "--lang=zh-CN");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    return new Browser(new ChromeDriver(service, options));
  }

  public WebDriver driver() {
    return driver;
  }

  /** Loads a page of the server under test, e.g. {@code go("/index.xhtml")}. */
  public Browser go(String path) {
    driver.get(OneSealServer.BASE_URL + path);
    return this;
  }

  /** Saves the visible page as {@code target/screenshots/<name>.png}. */
  public Path screenshot(String name) {
    Path file = OneSealServer.targetDir().resolve("screenshots").resolve(name + ".png");
    try {
      Files.createDirectories(file.getParent());
      Files.copy(
          driver.getScreenshotAs(OutputType.FILE).toPath(),
          file,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not save screenshot " + file, e);
    }
    return file;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
