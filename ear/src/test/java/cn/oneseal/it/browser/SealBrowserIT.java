package cn.oneseal.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Browser;
import cn.oneseal.it.support.Casework;
import cn.oneseal.it.support.OneSealServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The director approves on the task screen; the citizen finds the sealed decision on the
 * application page and downloads it; the public verification page confirms it — by upload and by
 * the link of its QR code — and reports a changed copy. Screenshots go to target/screenshots/.
 */
@ExtendWith(OneSealServer.class)
class SealBrowserIT {

  @Test
  void theDirectorsApprovalIsSealedDownloadedAndVerified() throws IOException {
    String number = Casework.submitUpToDecision(Api.as("zhangsan"), "approve");
    try (Browser browser = Browser.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));

      browser.signIn("director");
      browser.go("/staff/inbox.xhtml");
      By open = By.xpath("//tr[contains(., '" + number + "')]//*[contains(@id,'openButton')]");
      click(driver, wait.until(ExpectedConditions.elementToBeClickable(open)));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("taskForm:completeButton")));
      click(
          driver,
          driver.findElement(
              By.xpath("//*[@id='taskForm:outcome']//label[@for='taskForm:outcome:0']")));
      wait.ignoring(StaleElementReferenceException.class)
          .ignoring(ElementNotInteractableException.class)
          .until(
              d -> {
                WebElement opinion = d.findElement(By.id("taskForm:opinion"));
                opinion.clear();
                opinion.sendKeys("符合法定条件，准予许可。");
                return "符合法定条件，准予许可。".equals(opinion.getAttribute("value"));
              });
      // the decision as it will be sealed, checked and confirmed before the seal
      click(driver, driver.findElement(By.id("taskForm:previewButton")));
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("decisionPreviewSheet"), "符合法定条件，准予许可。"));
      click(driver, driver.findElement(By.cssSelector("label[for='taskForm:previewConfirmed']")));
      click(driver, driver.findElement(By.id("taskForm:completeButton")));
      wait.until(ExpectedConditions.urlContains("/staff/inbox.xhtml"));
      browser.signOut();

      browser.signIn("zhangsan");
      browser.go("/application.xhtml?number=" + number);
      By decisionLink = By.cssSelector("a[data-document='APPROVAL_DECISION']");
      WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(decisionLink));
      assertThat(driver.findElement(By.id("documentsList")).getText())
          .contains("准予行政许可决定书", "受理通知书");
      ((JavascriptExecutor) driver)
          .executeScript("arguments[0].scrollIntoView({block: 'center'});", link);
      browser.screenshot("50-citizen-documents");
      String href = link.getAttribute("href");
      byte[] decision = Api.as("zhangsan").download(href.substring(href.indexOf("/api/")));
      assertThat(new String(decision, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
          .isEqualTo("%PDF-");

      // anyone checks the downloaded file on the public page
      browser.signOut();
      Path file = Files.createTempFile("decision-", ".pdf");
      Files.write(file, decision);
      browser.go("/verify.xhtml");
      driver.findElement(By.id("verifyForm:pdfUpload_input")).sendKeys(file.toString());
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verificationVerdict")));
      assertThat(driver.findElement(By.id("verificationVerdict")).getText()).contains("真实有效");
      assertThat(driver.findElement(By.id("documentType")).getText()).isEqualTo("准予行政许可决定书");
      assertThat(driver.findElement(By.id("documentNumber")).getText()).contains(number);
      browser.screenshot("51-verify-upload-authentic");

      // the QR code's link: the same verdict without any file
      JsonNode application = Casework.application(Api.as("zhangsan"), number);
      String token = null;
      for (JsonNode document : application.path("documents")) {
        if ("approval-decision".equals(document.path("type").asText())) {
          String verification = document.path("verification").asText();
          token = verification.substring(verification.lastIndexOf('/') + 1);
        }
      }
      assertThat(token).as("the decision's verification token").matches("[0-9a-f]{24}");
      browser.go("/verify.xhtml?token=" + token);
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verificationVerdict")));
      assertThat(driver.findElement(By.id("verificationVerdict")).getText()).contains("真实有效");
      browser.screenshot("52-verify-qr-link");

      // a copy changed after sealing is not authentic, and the page says why
      byte[] changed = decision.clone();
      changed[400] = (byte) (changed[400] ^ 0x01);
      Files.write(file, changed);
      browser.go("/verify.xhtml");
      driver.findElement(By.id("verifyForm:pdfUpload_input")).sendKeys(file.toString());
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verificationProblems")));
      assertThat(driver.findElement(By.id("verificationVerdict")).getText()).contains("未通过核验");
      assertThat(driver.findElement(By.id("verificationProblems")).getText()).contains("被修改");
      browser.screenshot("53-verify-changed-copy");
      Files.delete(file);
    }
  }

  private static void click(WebDriver driver, WebElement element) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }
}
