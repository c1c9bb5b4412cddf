package cn.oneseal.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.browser.pages.ApplyPage;
import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Browser;
import cn.oneseal.it.support.Casework;
import cn.oneseal.it.support.Commitments;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.PageCheck;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * 告知承诺制 on the screens: the applicant reads the conditions on the filing page, chooses the
 * commitment path and signs by ticking (refused without the tick), and the case page shows the
 * signed commitment; after a false commitment was revoked, the QR page of the approval decision and
 * the licence verification page say so. Every screen passes axe and fits 390 px.
 */
@ExtendWith(OneSealServer.class)
class CommitmentBrowserIT {

  @Test
  void theApplicantChoosesTheCommitmentPathReadsTheConditionsAndSigns() {
    Api zhangsan = Api.as("zhangsan");
    List<String> before = Casework.numbersOf(zhangsan);
    try (Browser browser = Browser.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      browser.signIn("zhangsan");
      browser.go("/citizen/apply.xhtml?item=" + Commitments.ELIGIBLE);
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("commitmentText")));
      assertThat(driver.findElement(By.id("commitmentText")).getText()).contains("健康合格证明");
      PageCheck.phone(browser, "commitment-apply");

      driver.findElement(By.id("applyForm:contactPhone")).sendKeys("13800138000");
      driver.findElement(By.id("applyForm:description")).sendKeys("新开设美容美发店，面积80平方米");
      browser.click(
          driver.findElement(By.cssSelector("input[id^='applyForm:path'][value='commitment']")));
      // on the commitment path no upload is required: the answers, where the letter is signed
      ApplyPage.toCheck(browser);
      browser.click(driver.findElement(By.id("applyForm:submitButton")));
      // the refusal's own words (the hint under the tick says "勾选" too)
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "后再提交"));
      browser.screenshot("commitment-apply-unsigned");
      assertThat(Casework.numbersOf(zhangsan)).as("nothing filed unsigned").isEqualTo(before);

      browser.click(
          driver.findElement(By.cssSelector("[id='applyForm:commitmentSigned'] .ui-chkbox-box")));
      browser.click(driver.findElement(By.id("applyForm:submitButton")));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("commitmentCard")));
      assertThat(driver.findElement(By.id("commitmentState")).getAttribute("data-state"))
          .isEqualTo("signed");
      PageCheck.phone(browser, "commitment-case");
    }
    List<String> after = Casework.numbersOf(zhangsan);
    assertThat(after).hasSize(before.size() + 1);
  }

  @Test
  void aRevokedApprovalIsShownRevokedWhereItsQrCodeLeadsAndOnTheVerificationPage() {
    Api zhangsan = Api.as("zhangsan");
    String number = Commitments.revoked(zhangsan);
    String token = Commitments.token(zhangsan, number, "approval-decision");
    try (Browser browser = Browser.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));

      browser.go("/verify.xhtml?token=" + token);
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("decisionStatusBanner")));
      assertThat(driver.findElement(By.id("decisionStatusText")).getText()).contains("撤销");
      assertThat(driver.findElement(By.id("documentStatus")).getAttribute("data-status"))
          .isEqualTo("revoked");
      PageCheck.phone(browser, "commitment-revoked-qr");

      browser.go("/verify-licence.xhtml?decision=" + token);
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("decisionBanner")));
      assertThat(driver.findElement(By.id("decisionBanner")).getAttribute("data-status"))
          .isEqualTo("revoked");
      assertThat(driver.findElement(By.id("decisionStatusText")).getText()).contains("撤销");
      PageCheck.phone(browser, "commitment-revoked-verification");

      // the holder's case page: the commitment, the statement and the revoked status
      browser.signIn("zhangsan");
      browser.go("/application.xhtml?number=" + number);
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("commitmentCard")));
      assertThat(driver.findElement(By.id("commitmentDecisionStatus")).getAttribute("data-status"))
          .isEqualTo("revoked");
      assertThat(driver.findElement(By.id("commitmentStatement")).getText()).contains("健康证");
      PageCheck.phone(browser, "commitment-case-revoked");
    }
  }

  @Test
  void theHolderStatesTheirCaseOnTheCasePageWithinThePeriod() {
    Api zhangsan = Api.as("zhangsan");
    String number = Commitments.foundFalse(zhangsan);
    try (Browser browser = Browser.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      browser.signIn("zhangsan");
      browser.go("/application.xhtml?number=" + number);
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("statementForm")));
      assertThat(driver.findElement(By.id("commitmentState")).getAttribute("data-state"))
          .isEqualTo("statement-invited");
      PageCheck.phone(browser, "commitment-statement");

      driver
          .findElement(By.id("statementForm:statementText"))
          .sendKeys("核查当日两名员工的健康证正在办理中，已于次日取得。");
      browser.click(driver.findElement(By.id("statementForm:submitStatementButton")));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("commitmentStatement")));
      assertThat(driver.findElement(By.id("commitmentStatement")).getText()).contains("次日取得");
      assertThat(driver.findElements(By.id("statementForm"))).as("stated once").isEmpty();
      PageCheck.phone(browser, "commitment-stated");
    }
    assertThat(
            zhangsan
                .get("/api/applications/" + number + "/commitment")
                .json()
                .path("statement")
                .asText())
        .contains("次日取得");
  }
}
