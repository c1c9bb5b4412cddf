package cn.oneseal.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Browser;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.PageCheck;
import cn.oneseal.it.support.SignInPages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every public, citizen and account screen as a citizen on a phone meets it (issue 17): each page
 * at 390 px through the page harness ({@link PageCheck#phone}: axe-core serious and critical, no
 * sideways scrolling), the key pages at both widths in Chinese and in English ({@link
 * PageCheck#keyPage}), and the frame's promises one by one — the skip link is the first stop of the
 * keyboard, the navigation folds behind a real menu button on a phone and stays open on a desk, and
 * a table becomes cards whose main column keeps its width.
 *
 * <p>The pages' journeys (filing, objecting, enrolling a second factor …) stay in their own browser
 * tests; this one visits each page in the state a citizen first finds it.
 */
@ExtendWith(OneSealServer.class)
class PortalScreensBrowserIT {

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  /** Checks every page and reports every page that fails, not only the first. */
  private static void all(List<Executable> pages) {
    assertAll(pages);
  }

  private static Executable phone(Browser browser, String path, String name) {
    return () -> {
      browser.go(path);
      awaitContent(browser);
      PageCheck.phone(browser, name);
    };
  }

  private static void awaitContent(Browser browser) {
    new WebDriverWait(browser.driver(), PATIENCE)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("content")));
  }

  /** The demo data holds drawn plans (docs/inspections.md); the latest one. */
  private static long latestDrawnPlan() {
    return StreamSupport.stream(Api.anonymous().all("/api/inspection-plans").spliterator(), false)
        .filter(p -> "drawn".equals(p.path("state").asText()))
        .map(p -> p.path("id").asLong())
        .reduce((a, b) -> b)
        .orElseThrow();
  }

  @Test
  void keyPublicPagesAtBothWidthsInBothLanguages() {
    try (Browser browser = Browser.open()) {
      WebDriverWait wait = new WebDriverWait(browser.driver(), PATIENCE);
      browser.go("/index.xhtml");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("catalogForm")));
      PageCheck.keyPage(browser, "portal-index");

      // the item's guide with its flowchart drawn
      browser.go("/item.xhtml?code=SC-0002");
      wait.until(
          ExpectedConditions.presenceOfElementLocated(By.cssSelector(".os-flowchart-canvas svg")));
      PageCheck.keyPage(browser, "portal-item");

      browser.go("/login.xhtml");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("loginForm:username")));
      PageCheck.keyPage(browser, "portal-login");

      browser.go("/verify-licence.xhtml");
      awaitContent(browser);
      PageCheck.keyPage(browser, "portal-verify-licence");
    }
  }

  @Test
  void everyOtherPublicPageOnAPhone() {
    long plan = latestDrawnPlan();
    try (Browser browser = Browser.open()) {
      List<Executable> pages = new ArrayList<>();
      pages.add(phone(browser, "/register.xhtml", "portal-register"));
      pages.add(phone(browser, "/setup.xhtml", "portal-setup"));
      pages.add(phone(browser, "/error.xhtml", "portal-error"));
      pages.add(phone(browser, "/names.xhtml", "portal-names"));
      pages.add(phone(browser, "/credit-code.xhtml", "portal-credit-code"));
      pages.add(phone(browser, "/verify.xhtml", "portal-verify"));
      pages.add(phone(browser, "/publications.xhtml", "portal-publications"));
      pages.add(phone(browser, "/public-notices.xhtml", "portal-public-notices"));
      // a notice with its objection form: PublicNoticeBrowserIT; here the answer to a wrong number
      pages.add(phone(browser, "/public-notice.xhtml?id=GSJY-1999-000000", "portal-public-notice"));
      pages.add(phone(browser, "/open-data.xhtml", "portal-open-data"));
      pages.add(phone(browser, "/inspections.xhtml", "portal-inspections"));
      pages.add(phone(browser, "/inspection-plan.xhtml?id=" + plan, "portal-inspection-plan"));
      pages.add(phone(browser, "/item.xhtml?code=NO-SUCH-ITEM", "portal-item-not-found"));
      all(pages);
    }
  }

  @Test
  void aCitizensPagesOnAPhoneAndTheKeyOnesEverywhere() {
    try (Browser browser = Browser.open()) {
      WebDriverWait wait = new WebDriverWait(browser.driver(), PATIENCE);
      browser.signIn("lisi");

      browser.go("/citizen/applications.xhtml");
      awaitContent(browser);
      PageCheck.keyPage(browser, "portal-citizen-applications");

      browser.go("/citizen/register.xhtml");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".os-wizard, form")));
      PageCheck.keyPage(browser, "portal-citizen-register");

      browser.go("/notifications.xhtml");
      awaitContent(browser);
      PageCheck.keyPage(browser, "portal-notifications");

      List<Executable> pages = new ArrayList<>();
      pages.add(phone(browser, "/citizen/businesses.xhtml", "portal-citizen-businesses"));
      pages.add(phone(browser, "/citizen/deregister.xhtml", "portal-citizen-deregister"));
      pages.add(phone(browser, "/account/password.xhtml", "portal-account-password"));
      pages.add(phone(browser, "/account/tokens.xhtml", "portal-account-tokens"));
      pages.add(phone(browser, "/account/two-factor.xhtml", "portal-account-two-factor"));
      all(pages);
    }
  }

  @Test
  void theSecondFactorPageOnAPhone() {
    try (Browser browser = Browser.open()) {
      WebDriver driver = browser.driver();
      browser.go("/login.xhtml");
      new WebDriverWait(driver, PATIENCE)
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("loginForm:username")));
      driver.findElement(By.id("loginForm:username")).sendKeys(SignInPages.CLERK2);
      driver.findElement(By.id("loginForm:password")).sendKeys(Api.DEMO_PASSWORD);
      browser.click(driver.findElement(By.id("loginForm:loginButton")));
      new WebDriverWait(driver, PATIENCE)
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("codeForm:code")));
      assertThat(driver.getCurrentUrl()).contains("/second-factor.xhtml");
      PageCheck.phone(browser, "portal-second-factor");
    }
  }

  /**
   * The frame for a keyboard and a thumb: Tab reaches the skip link first and it lands on the
   * content; on a phone the links are behind the menu button, which opens and closes them by
   * keyboard (Enter, Escape) and says so (aria-expanded); on a desk there is no button and the
   * links are in view.
   */
  @Test
  void theFrameFoldsItsMenuOnAPhoneAndSkipsToTheContent() {
    try (Browser browser = Browser.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, PATIENCE);
      JavascriptExecutor js = (JavascriptExecutor) driver;
      browser.go("/index.xhtml");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("catalogForm")));

      new Actions(driver).sendKeys(Keys.TAB).perform();
      assertThat(js.executeScript("return document.activeElement.id")).isEqualTo("skipLink");
      assertThat(driver.findElement(By.id("skipLink")).getText()).isEqualTo("跳到正文");
      new Actions(driver).sendKeys(Keys.ENTER).perform();
      wait.until(d -> "content".equals(js.executeScript("return document.activeElement.id")));

      WebElement toggle = driver.findElement(By.id("navToggle"));
      WebElement items = driver.findElement(By.id("navItems"));
      assertThat(toggle.isDisplayed()).as("menu button on a desk").isFalse();
      assertThat(items.isDisplayed()).as("navigation on a desk").isTrue();

      driver.manage().window().setSize(new Dimension(PageCheck.PHONE, 844));
      wait.until(ExpectedConditions.visibilityOf(toggle));
      assertThat(toggle.getTagName()).isEqualTo("button");
      assertThat(toggle.getAttribute("aria-controls")).isEqualTo("siteNav");
      assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
      assertThat(items.isDisplayed()).as("navigation folded on a phone").isFalse();

      toggle.sendKeys(Keys.ENTER);
      wait.until(ExpectedConditions.visibilityOf(items));
      assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
      assertThat(driver.findElement(By.id("navPublications")).isDisplayed()).isTrue();
      browser.screenshot("portal-menu-open-390");

      new Actions(driver).sendKeys(Keys.ESCAPE).perform();
      wait.until(ExpectedConditions.invisibilityOf(items));
      assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
      assertThat(js.executeScript("return document.activeElement.id")).isEqualTo("navToggle");

      // the catalogue as cards: every cell says its column, and the item's name keeps its room
      WebElement nameCell =
          driver.findElement(By.cssSelector("#itemsTable tbody tr:first-child td:nth-child(2)"));
      assertThat(nameCell.getAttribute("data-label")).isEqualTo("事项名称");
      assertThat(nameCell.getSize().getWidth())
          .as("the name column's width on a phone")
          .isGreaterThan(250);
      driver.manage().window().setSize(new Dimension(PageCheck.DESKTOP, 900));
    }
  }
}
