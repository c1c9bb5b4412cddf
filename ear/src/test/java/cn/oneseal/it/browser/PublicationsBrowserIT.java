package cn.oneseal.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.domain.model.registration.CreditCode;
import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Browser;
import cn.oneseal.it.support.Casework;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.PageCheck;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public pages of 双公示 and of the open data, reached from the navigation without signing in: a
 * published approval is found by its credit code, a natural person shows the surname only; both
 * pages pass axe and fit a 390 px phone. Screenshots go to {@code target/screenshots/}.
 */
@ExtendWith(OneSealServer.class)
class PublicationsBrowserIT {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @Test
  void theVisitorFindsAPublicationAndTheOpenData() {
    String creditCode =
        CreditCode.compose(
                '9',
                '1',
                "140100",
                CreditCode.bodyFor(ThreadLocalRandom.current().nextLong(CreditCode.BODY_CAPACITY)))
            .value();
    approve("山西双公示页面测试有限公司", creditCode);
    approve("欧阳页面测试", null);
    Casework.await(
        "the publication",
        () -> Api.anonymous().get("/api/publications?q=" + creditCode).json().path("total").asInt(),
        total -> total == 1);

    try (Browser browser = Browser.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, PATIENCE);
      browser.go("/index.xhtml");
      browser.click(driver.findElement(By.id("navPublications")));
      wait.until(
          ExpectedConditions.presenceOfElementLocated(By.id("publicationsForm:publicationsTable")));
      assertThat(driver.findElement(By.id("navPublications")).getAttribute("class"))
          .contains("active");
      assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("欧阳页面测试");
      PageCheck.phone(browser, "publications");

      driver.findElement(By.id("publicationsForm:publicationText")).sendKeys(creditCode);
      browser.click(driver.findElement(By.id("publicationsForm:publicationSearch")));
      // the full list shows the company too: wait for the search's answer, a single row
      By rows = By.cssSelector("#publicationsForm\\:publicationsTable tbody tr");
      wait.until(ExpectedConditions.numberOfElementsToBe(rows, 1));
      assertThat(driver.findElement(By.id("publicationsForm:publicationsTable")).getText())
          .contains("山西双公示页面测试有限公司");
      assertThat(driver.findElement(By.id("publicationsForm:publicationsTable")).getText())
          .contains(creditCode);
      PageCheck.phone(browser, "publications-found");

      driver.findElement(By.id("publicationsForm:publicationText")).clear();
      driver.findElement(By.id("publicationsForm:publicationText")).sendKeys("欧阳");
      browser.click(driver.findElement(By.id("publicationsForm:publicationSearch")));
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("publicationsForm:publicationsTable"), "欧阳**"));
      assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("欧阳页面测试");

      browser.click(driver.findElement(By.id("navOpenData")));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dataset-publications")));
      assertThat(driver.findElement(By.id("openDataLicence")).getAttribute("href"))
          .isEqualTo("https://creativecommons.org/licenses/by/4.0/");
      PageCheck.phone(browser, "open-data");

      browser.go("/publications.xhtml?lang=en");
      wait.until(
          ExpectedConditions.presenceOfElementLocated(By.id("publicationsForm:publicationsTable")));
      assertThat(driver.findElement(By.tagName("h1")).getText())
          .startsWith("Licensing and sanction");
    }
  }

  private static void approve(String applicantName, String creditCode) {
    Map<String, Object> form = new LinkedHashMap<>(Casework.form(applicantName));
    if (creditCode != null) {
      form.put("creditCode", creditCode);
    }
    String number =
        Api.as("lisi")
            .post(
                "/api/applications",
                Casework.submissionBody(Casework.anyItemCode(), form),
                "Idempotency-Key",
                UUID.randomUUID().toString())
            .json()
            .path("number")
            .asText();
    Casework.claimAndComplete(Api.as("clerk"), number, Casework.ACCEPT, "accept", "材料齐全，予以受理");
    Casework.claimAndComplete(Api.as("officer"), number, Casework.REVIEW, "approve", "审查意见");
    Casework.claimAndComplete(Api.as("director"), number, Casework.DECIDE, "approve", "准予许可");
  }
}
