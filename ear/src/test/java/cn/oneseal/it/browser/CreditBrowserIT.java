package cn.oneseal.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.CreditITSupport;
import cn.oneseal.it.support.Browser;
import cn.oneseal.it.support.Casework;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.PageCheck;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The credit screens of issue 15 on the real pages: the administrator's dishonesty register with
 * its entries, the hit and the field for the legal reason on the director's decision task, and the
 * holder's record for a supervisor — each checked by axe and at 390 px.
 */
@ExtendWith(OneSealServer.class)
class CreditBrowserIT {

  @Test
  void theRegisterTheHitOnTheDecisionTaskAndTheHoldersRecord() {
    String code = CreditITSupport.freshCode();
    CreditITSupport.list(code);
    String number = CreditITSupport.upToDecision(CreditITSupport.reasonItem(), code);
    String taskId =
        Casework.claim(cn.oneseal.it.support.Api.as("director"), number, Casework.DECIDE);

    try (Browser browser = Browser.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      browser.signIn("admin");
      browser.go("/admin/credit-list.xhtml");
      wait.until(
          ExpectedConditions.visibilityOfElementLocated(By.id("creditListForm:entriesTable")));
      assertThat(driver.findElement(By.id("creditListForm:entriesTable")).getText())
          .contains(code, "太原市中级人民法院");
      PageCheck.phone(browser, "credit-list");

      // a file with a wrong row: every problem named, nothing imported
      String uploaded = CreditITSupport.freshCode();
      driver
          .findElement(By.id("creditListForm:csvFile"))
          .sendKeys(
              csvFile(
                      CreditITSupport.listCsv(uploaded, "晋中市中级人民法院")
                          + "91350100M000100Y44,,校验位错,某机关,2026-01-01,,理由\n")
                  .toString());
      browser.click(driver.findElement(By.id("creditListForm:importCsv")));
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.tagName("body"), "第 3 行 creditCode"));
      assertThat(driver.findElement(By.id("creditListForm:entriesTable")).getText())
          .doesNotContain(uploaded);
      PageCheck.phone(browser, "credit-list-refused");

      // the good file: imported and listed
      driver
          .findElement(By.id("creditListForm:csvFile"))
          .sendKeys(csvFile(CreditITSupport.listCsv(uploaded, "晋中市中级人民法院")).toString());
      browser.click(driver.findElement(By.id("creditListForm:importCsv")));
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("creditListForm:entriesTable"), uploaded));
    }

    try (Browser browser = Browser.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      browser.signIn("director");
      browser.go("/staff/task.xhtml?id=" + taskId);
      By hit = By.xpath("//*[contains(@id, 'creditHit')]");
      wait.until(ExpectedConditions.visibilityOfElementLocated(hit));
      assertThat(driver.findElement(hit).getText()).contains("严重失信主体名单", code);
      assertThat(driver.findElements(By.xpath("//textarea[contains(@id, 'overrideReason')]")))
          .hasSize(1);
      // the banner in view at both widths; the page as a whole through the harness below
      ((org.openqa.selenium.JavascriptExecutor) driver)
          .executeScript("arguments[0].scrollIntoView(true);", driver.findElement(hit));
      browser.screenshot("credit-decision-hit-1366");
      driver.manage().window().setSize(new org.openqa.selenium.Dimension(PageCheck.PHONE, 900));
      ((org.openqa.selenium.JavascriptExecutor) driver)
          .executeScript("arguments[0].scrollIntoView(true);", driver.findElement(hit));
      browser.screenshot("credit-decision-hit-390");
      assertThat(
              ((Number)
                      ((org.openqa.selenium.JavascriptExecutor) driver)
                          .executeScript(
                              "return document.documentElement.scrollWidth"
                                  + " - document.documentElement.clientWidth;"))
                  .longValue())
          .as("the task page with the credit banner does not scroll sideways at 390 px")
          .isLessThanOrEqualTo(1);
      PageCheck.phone(browser, "credit-decision-task");
    }

    try (Browser browser = Browser.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      browser.signIn("supervisor");
      browser.go("/credit-record.xhtml?creditCode=" + code);
      By banner = By.xpath("//*[contains(@id, 'listedBanner')]");
      wait.until(ExpectedConditions.visibilityOfElementLocated(banner));
      PageCheck.phone(browser, "credit-record");
    }
  }

  private static java.nio.file.Path csvFile(String content) {
    try {
      java.nio.file.Path file = java.nio.file.Files.createTempFile("credit-list", ".csv");
      java.nio.file.Files.writeString(file, content, java.nio.charset.StandardCharsets.UTF_8);
      file.toFile().deleteOnExit();
      return file;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
