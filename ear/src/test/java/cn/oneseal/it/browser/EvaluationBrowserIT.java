package cn.oneseal.it.browser;

import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static cn.oneseal.it.support.Casework.submit;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Browser;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.PageCheck;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * 好差评 on the case page: once the case has ended the applicant rates it with the native radio list
 * of five levels, a comment and the disappointing step, on a phone (390 px) and a desk; the page
 * then shows the rating read-only and, for a negative one, the follow-up's deadline. The rating
 * form and the page after it pass axe and fit the phone.
 */
@ExtendWith(OneSealServer.class)
class EvaluationBrowserIT {

  private static String withdrawnCase(Api citizen) {
    String number = submit(citizen, "SC-0001");
    assertStatus(
        citizen.post(
            "/api/applications/" + number + "/withdraw",
            Api.json(Api.object("reason", "材料准备不足，暂不申请"))),
        200);
    return number;
  }

  @Test
  void theApplicantRatesTheEndedCaseOnThePhoneAndSeesTheFollowUp() {
    Api zhangsan = Api.as("zhangsan");
    String number = withdrawnCase(zhangsan);
    try (Browser browser = Browser.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      browser.signIn("zhangsan");
      browser.go("/application.xhtml?number=" + number);
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evaluationForm")));
      PageCheck.phone(browser, "evaluation-form");

      driver.manage().window().setSize(new Dimension(PageCheck.PHONE, 900));
      // the native radio list: level 2 (不满意), its label says so
      browser.click(
          driver.findElement(
              By.cssSelector("input[id^='evaluationForm:evaluationLevel'][value='2']")));
      new org.openqa.selenium.support.ui.Select(
              driver.findElement(By.id("evaluationForm:evaluationStep")))
          .selectByValue("acceptApplication");
      driver.findElement(By.id("evaluationForm:evaluationComment")).sendKeys("撤回前咨询窗口，答复含糊");
      browser.screenshot("evaluation-filled-390");
      browser.click(driver.findElement(By.id("evaluationForm:submitEvaluationButton")));

      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evaluationLevelShown")));
      assertThat(driver.findElement(By.id("evaluationLevelShown")).getText()).contains("不满意");
      JsonNode rated =
          Api.as("supervisor").get("/api/applications/" + number + "/evaluation").json();
      assertThat(driver.findElement(By.id("evaluationFollowUpState")).getText())
          .contains(rated.path("followUpDue").asText());
      assertThat(driver.findElements(By.id("evaluationForm"))).isEmpty();
      PageCheck.phone(browser, "evaluation-rated");

      // the section's chief answers on the task page, where the rating stands above the form
      browser.signOut();
      browser.signIn("chief");
      browser.go("/staff/task.xhtml?id=" + rated.path("followUpTask").asText("none"));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evaluationLevelShown")));
      assertThat(driver.findElement(By.id("evaluationLevelShown")).getText()).contains("不满意");
      assertThat(driver.findElement(By.id("evaluationRating")).getText()).contains("答复含糊");
      browser.screenshot("evaluation-task-1366");
      PageCheck.phone(browser, "evaluation-task");
    }
    JsonNode stored = zhangsan.get("/api/applications/" + number + "/evaluation").json();
    assertThat(stored.path("level").asInt()).isEqualTo(2);
    assertThat(stored.path("step").asText()).isEqualTo("acceptApplication");
    assertThat(stored.path("comment").asText()).isEqualTo("撤回前咨询窗口，答复含糊");
    assertThat(stored.path("followUp").asText()).isEqualTo("open");
  }

  @Test
  void aRatingWithoutALevelIsRefusedOnThePage() {
    Api zhangsan = Api.as("zhangsan");
    String number = withdrawnCase(zhangsan);
    try (Browser browser = Browser.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      browser.signIn("zhangsan");
      browser.go("/application.xhtml?number=" + number);
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evaluationForm")));
      browser.click(driver.findElement(By.id("evaluationForm:submitEvaluationButton")));
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("evaluationForm:evaluationLevelMessage"), "评价等级"));
      browser.screenshot("evaluation-no-level");
    }
    assertThat(zhangsan.get("/api/applications/" + number + "/evaluation").status()).isEqualTo(404);
  }
}
