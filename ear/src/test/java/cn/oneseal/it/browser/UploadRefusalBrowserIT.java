package cn.oneseal.it.browser;

import static cn.oneseal.it.support.Casework.numbersOf;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.browser.pages.ApplyPage;
import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Browser;
import cn.oneseal.it.support.OneSealServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A web page saved as {@code .pdf} and handed in on the application form is refused by the same
 * check as the API's: the page says, in Chinese, which file it was, what it is and what the
 * material takes; no application is filed.
 */
@ExtendWith(OneSealServer.class)
class UploadRefusalBrowserIT {

  @Test
  void aWebPageNamedPdfIsRefusedOnTheApplicationFormWithItsName() throws IOException {
    Api zhangsan = Api.as("zhangsan");
    List<String> before = numbersOf(zhangsan);
    Path dir = Files.createTempDirectory("uploads");
    Path disguised = dir.resolve("营业执照副本.pdf");
    Files.writeString(
        disguised,
        "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>",
        StandardCharsets.UTF_8);

    try (Browser browser = Browser.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));

      browser.signIn("zhangsan");
      ApplyPage.openHygieneLicenceFilledIn(browser);
      ApplyPage.chooseFile(browser, "business-licence", disguised);
      // refused at once, beside the material it was sent for; nothing is kept with the draft
      By refusal =
          By.cssSelector(
              "li[data-requirement='business-licence'] .os-apply-error.ui-message-error");
      wait.until(ExpectedConditions.textToBePresentInElementLocated(refusal, "营业执照副本.pdf"));
      String message = driver.findElement(refusal).getText();
      ((JavascriptExecutor) driver)
          .executeScript(
              "arguments[0].scrollIntoView({block: 'center'});", driver.findElement(refusal));
      browser.screenshot("70-upload-refused");
      assertThat(message).contains("营业执照副本.pdf", "text/html", "PDF, JPEG, PNG");
      assertThat(driver.findElement(ApplyPage.material("business-licence")).getAttribute("class"))
          .doesNotContain("os-apply-done");
      assertThat(driver.getCurrentUrl()).contains("/citizen/apply.xhtml");
    }
    assertThat(numbersOf(zhangsan)).isEqualTo(before);
  }
}
