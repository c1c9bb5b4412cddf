package cn.oneseal.it.browser.pages;

import cn.oneseal.it.support.Browser;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The staff inbox ({@code /staff/inbox.xhtml}) as a test sees it: find a case's row, open it. */
public final class InboxPage {

  private final Browser browser;
  private final WebDriverWait wait;

  private InboxPage(Browser browser) {
    this.browser = browser;
    this.wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
  }

  /** Opens the signed-in person's inbox. */
  public static InboxPage open(Browser browser) {
    browser.go("/staff/inbox.xhtml");
    InboxPage page = new InboxPage(browser);
    page.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inboxForm")));
    return page;
  }

  /** Back on the inbox after a completion redirected here. */
  static InboxPage after(Browser browser) {
    InboxPage page = new InboxPage(browser);
    page.wait.until(ExpectedConditions.urlContains("/staff/inbox.xhtml"));
    return page;
  }

  private static By openButtonOf(String number) {
    return By.xpath("//tr[contains(., '" + number + "')]//*[contains(@id,'openButton')]");
  }

  /** Waits until the application's task is listed. */
  public InboxPage awaitCase(String number) {
    wait.until(ExpectedConditions.elementToBeClickable(openButtonOf(number)));
    return this;
  }

  /** Waits until the application's task is no longer listed. */
  public InboxPage awaitGone(String number) {
    wait.until(ExpectedConditions.invisibilityOfElementLocated(openButtonOf(number)));
    return this;
  }

  /** Opens the application's task. */
  public TaskPage openCase(String number) {
    awaitCase(number);
    browser.click(browser.driver().findElement(openButtonOf(number)));
    return TaskPage.loaded(browser);
  }
}
