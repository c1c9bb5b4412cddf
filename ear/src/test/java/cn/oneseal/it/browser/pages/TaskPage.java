package cn.oneseal.it.browser.pages;

import cn.oneseal.it.support.Browser;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One task ({@code /staff/task.xhtml}) by the ids of its form: the outcomes the step offers, the
 * opinion, the completion, and which workbench operations the page shows.
 */
public final class TaskPage {

  private final Browser browser;
  private final WebDriverWait wait;

  private TaskPage(Browser browser) {
    this.browser = browser;
    this.wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
  }

  static TaskPage loaded(Browser browser) {
    TaskPage page = new TaskPage(browser);
    page.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("taskForm:completeButton")));
    return page;
  }

  /** Chooses the outcome at this position of the step's list (0: the first). */
  public TaskPage chooseOutcome(int position) {
    browser.click(
        browser
            .driver()
            .findElement(
                By.xpath(
                    "//*[@id='taskForm:outcome']//label[@for='taskForm:outcome:"
                        + position
                        + "']")));
    return this;
  }

  /** Types the opinion once the form has settled after the outcome's Ajax update. */
  public TaskPage opinion(String text) {
    wait.ignoring(StaleElementReferenceException.class)
        .ignoring(ElementNotInteractableException.class)
        .until(
            d -> {
              WebElement input = d.findElement(By.id("taskForm:opinion"));
              input.clear();
              input.sendKeys(text);
              return text.equals(d.findElement(By.id("taskForm:opinion")).getAttribute("value"));
            });
    return this;
  }

  /** Whether the page offers to return the case (退回), as the step's description allows. */
  public boolean offersReturn() {
    return !browser.driver().findElements(By.id("opsForm:returnButton")).isEmpty();
  }

  /**
   * The director's decision: shows the document as it will be sealed and ticks "我已核对文书，确认用印",
   * without which the page refuses to seal. Other steps have no preview: nothing happens.
   */
  public TaskPage confirmPreview() {
    if (browser.driver().findElements(By.id("taskForm:previewButton")).isEmpty()) {
      return this;
    }
    browser.click(browser.driver().findElement(By.id("taskForm:previewButton")));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("decisionPreviewSheet")));
    WebElement box = browser.driver().findElement(By.id("taskForm:previewConfirmed"));
    if (!box.isSelected()) {
      browser.click(
          browser.driver().findElement(By.cssSelector("label[for='taskForm:previewConfirmed']")));
    }
    return this;
  }

  /**
   * Completes the step, a decision after its preview is confirmed ({@link #confirmPreview}); the
   * page goes back to the inbox.
   */
  public InboxPage complete() {
    confirmPreview();
    browser.click(browser.driver().findElement(By.id("taskForm:completeButton")));
    return InboxPage.after(browser);
  }
}
