package cn.oneseal.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for the {@code *BrowserIT} tests, driven by Debian's {@code chromium} and
 * {@code chromium-driver} packages (given explicitly, so Selenium downloads nothing). Without them
 * the calling test aborts — reported loudly — instead of failing, except under {@code CI=true}
 * ({@link TestTier}).
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
      TestTier.unavailable(
          "Chromium ("
              + CHROMIUM
              + ") or chromedriver ("
              + CHROMEDRIVER
              + ") is missing for the browser tests. Install: apt-get install chromium"
              + " chromium-driver fonts-noto-cjk.");
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
    // the console, read at close for Content-Security-Policy violations
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
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

  /** Signs in through the login page as a demo account and waits for the signed-in header. */
  public Browser signIn(String user) {
    return signIn(user, "demo123");
  }

  /** Signs in through the login page and waits for the signed-in header. */
  public Browser signIn(String user, String password) {
    go("/login.xhtml");
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("loginForm:username")));
    driver.findElement(By.id("loginForm:username")).sendKeys(user);
    driver.findElement(By.id("loginForm:password")).sendKeys(password);
    click(driver.findElement(By.id("loginForm:loginButton")));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logoutForm:logoutLink")));
    return this;
  }

  /** Signs out from the header and waits for the sign-in link. */
  public Browser signOut() {
    click(driver.findElement(By.id("logoutForm:logoutLink")));
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("loginLink")));
    return this;
  }

  /** Clicks an element after scrolling it to the middle of the window (clear of sticky bars). */
  public void click(WebElement element) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  /**
   * Types into the field of this id after scrolling it to the middle, again if an Ajax update
   * replaced it meanwhile or an overlay (a date picker's panel) still covers it.
   */
  public void type(String id, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .ignoring(org.openqa.selenium.ElementNotInteractableException.class)
        .until(
            d -> {
              WebElement input = d.findElement(By.id(id));
              ((JavascriptExecutor) d)
                  .executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
              input.sendKeys(text);
              return true;
            });
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

  /**
   * Quits the browser; fails when the console reported a Content-Security-Policy violation on any
   * page of the session — a script or style the policy blocked is a page that does not work.
   */
  @Override
  public void close() {
    List<String> violations;
    try {
      violations =
          driver.manage().logs().get(LogType.BROWSER).getAll().stream()
              .map(LogEntry::getMessage)
              .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
              .toList();
    } finally {
      driver.quit();
    }
    if (!violations.isEmpty()) {
      throw new AssertionError("Content-Security-Policy violations: " + violations);
    }
  }
}
