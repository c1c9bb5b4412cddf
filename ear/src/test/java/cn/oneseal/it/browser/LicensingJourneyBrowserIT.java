package cn.oneseal.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.browser.pages.ApplyPage;
import cn.oneseal.it.browser.pages.InboxPage;
import cn.oneseal.it.browser.pages.TaskPage;
import cn.oneseal.it.support.Browser;
import cn.oneseal.it.support.OneSealServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One licence from application to approval through the real screens: zhangsan applies with a file,
 * the clerk accepts at the window, the officer reviews, the director approves, and zhangsan sees
 * the approval. Screenshots of each screen go to {@code target/screenshots/}.
 */
@ExtendWith(OneSealServer.class)
class LicensingJourneyBrowserIT {

  private static final Pattern NUMBER = Pattern.compile("number=(XK\\d+)");

  @Test
  void citizenAppliesStaffDecideAndTheCitizenSeesTheApproval() throws IOException {
    try (Browser browser = Browser.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));

      browser.go("/index.xhtml");
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "公共场所卫生许可"));
      browser.screenshot("01-catalogue");

      browser.signIn("zhangsan");
      ApplyPage.openHygieneLicenceFilledIn(browser);
      Path file = Files.createTempFile("floor-plan", ".pdf");
      Files.write(file, "%PDF-1.4 floor plan".getBytes());
      ApplyPage.upload(browser, "floor-plan", file);
      ApplyPage.uploadPdfs(
          browser, List.of("application-form", "business-licence", "hygiene-test-report"));
      browser.screenshot("02-apply-form");
      ApplyPage.toCheck(browser);
      browser.screenshot("02b-apply-check");
      String number = ApplyPage.submit(browser);
      wait.until(ExpectedConditions.textToBe(By.id("applicationStatus"), "待受理"));
      assertThat(driver.findElement(By.id("materialsTable")).getText())
          .contains(file.getFileName().toString());
      browser.screenshot("03-submitted");
      browser.signOut();

      completeStep(browser, "clerk", number, "材料齐全，予以受理。", "04-clerk-task");
      completeStep(browser, "officer", number, "经审查，符合《公共场所卫生管理条例》规定的条件。", "05-officer-task");
      completeStep(browser, "director", number, "同意，准予许可。", "06-director-task");

      browser.signIn("zhangsan");
      browser.go("/application.xhtml?number=" + number);
      wait.until(ExpectedConditions.textToBe(By.id("applicationStatus"), "准予许可"));
      assertThat(driver.findElement(By.id("decisionOutcome")).getText()).contains("准予许可");
      String history = driver.findElement(By.id("historyTable")).getText();
      assertThat(history).contains("clerk", "officer", "director", "同意，准予许可。");
      browser.screenshot("07-citizen-sees-approval");

      browser.go("/citizen/applications.xhtml");
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("applicationsTable"), number));
      browser.screenshot("08-my-applications");
      browser.signOut();

      browser.signIn("supervisor");
      browser.go("/supervisor/applications.xhtml");
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("supervisionForm:allApplicationsTable"), number));
      browser.screenshot("09-supervisor-list");
    }
  }

  /**
   * A member of staff opens the application's task from the inbox, chooses the first outcome and
   * completes it. The decision of the generic procedure may be returned to the review.
   */
  private static void completeStep(
      Browser browser, String user, String number, String opinion, String screenshot) {
    browser.signIn(user);
    InboxPage inbox = InboxPage.open(browser).awaitCase(number);
    browser.screenshot(screenshot.replace("task", "inbox"));
    TaskPage task = inbox.openCase(number).chooseOutcome(0).opinion(opinion);
    assertThat(task.offersReturn()).isEqualTo("director".equals(user));
    browser.screenshot(screenshot);
    task.complete().awaitGone(number);
    browser.signOut();
  }
}
