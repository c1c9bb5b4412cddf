package cn.oneseal.it.browser;

import static cn.oneseal.it.support.Casework.ACCEPT;
import static cn.oneseal.it.support.Casework.DECIDE;
import static cn.oneseal.it.support.Casework.claimAndComplete;
import static cn.oneseal.it.support.Casework.submit;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Browser;
import cn.oneseal.it.support.Casework;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.PageCheck;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The case page as the applicant meets it (docs/case-page.md): it leads with what to do now — the
 * correction notice to answer, nothing while the bureau works (with the expected completion beside
 * the promised deadline), the decision to download and the service to rate once decided — then the
 * downloads, the progress and the details, reached from the in-page navigation by keyboard. A key
 * page: both widths, both languages, axe.
 */
@ExtendWith(OneSealServer.class)
class CasePageBrowserIT {

  /** The parts of the page, in the order they must come. */
  private static final String PARTS =
      "#nextSteps, #correctionNotice, #decisionNotice, #downloads," + " #progress, #details";

  @SuppressWarnings("unchecked")
  private static List<String> partsInOrder(WebDriver driver) {
    return (List<String>)
        ((JavascriptExecutor) driver)
            .executeScript(
                "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.id);",
                PARTS);
  }

  /** The actions the panel names, in order ({@code data-action}). */
  private static List<String> actions(WebDriver driver) {
    return driver.findElements(By.cssSelector("#nextActions > li")).stream()
        .map(li -> li.getAttribute("data-action"))
        .toList();
  }

  private static void open(Browser browser, String number) {
    browser.go("/application.xhtml?number=" + number);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("nextSteps")));
  }

  @Test
  void theApplicantIsToldWhatToDoNowInEachStateOfTheCase() {
    Api zhangsan = Api.as("zhangsan");
    JsonNode item = Casework.itemWithMaterials(1);
    String itemCode = item.path("code").asText();
    String material = item.path("materials").get(0).path("code").asText();

    String toCorrect = submit(zhangsan, itemCode);
    assertThat(
            claimAndComplete(
                Api.as("clerk"), toCorrect, ACCEPT, "correct", "请补正营业场所证明", List.of(material)))
        .isEqualTo("CORRECTION_REQUESTED");
    String inReview = submit(zhangsan, itemCode);
    assertThat(claimAndComplete(Api.as("clerk"), inReview, ACCEPT, "accept", "予以受理"))
        .isEqualTo("UNDER_REVIEW");
    String decided = Casework.submitUpToDecision(zhangsan, "approve");
    assertThat(claimAndComplete(Api.as("director"), decided, DECIDE, "approve", "准予许可"))
        .isEqualTo("APPROVED");

    try (Browser browser = Browser.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      browser.signIn("zhangsan");

      // 1. a correction is pending: the one thing to do is to answer it, the notice right below
      open(browser, toCorrect);
      assertThat(actions(driver)).containsExactly("answer_correction");
      WebElement answer = driver.findElement(By.cssSelector("#nextActions a.os-next-go"));
      assertThat(answer.getText()).isEqualTo("答复补正通知");
      assertThat(answer.getAttribute("href")).endsWith("#correctionNotice");
      // the last day the item version's period allows, and what follows if it passes
      assertThat(driver.findElement(By.cssSelector("#nextSteps .os-next-due")).getText())
          .containsPattern("请在 \\d{4}-\\d{2}-\\d{2}（含当日）前提交补正")
          .contains("视为撤回申请");
      assertThat(partsInOrder(driver))
          .containsExactly("nextSteps", "correctionNotice", "downloads", "progress", "details");
      assertThat(driver.findElements(By.id("expectedCompletion"))).isEmpty();
      PageCheck.keyPage(browser, "case-correction");

      // 2. in review: nothing to do, what the bureau is doing, the expected completion (or that
      // there is none yet) beside the promised and statutory deadlines
      open(browser, inReview);
      assertThat(actions(driver)).containsExactly("wait");
      String panel = driver.findElement(By.id("nextSteps")).getText();
      assertThat(panel).contains("审批中，无需操作", "承办人正在审查", "当前环节：审查", "承诺期限", "法定期限");
      assertThat(panel).containsAnyOf("前办结（一半的同类申请）", "暂无预计");
      assertThat(driver.findElement(By.id("expectedCompletion")).getText()).contains("预计办结");
      assertThat(partsInOrder(driver))
          .containsExactly("nextSteps", "downloads", "progress", "details");
      PageCheck.keyPage(browser, "case-review");
      // the in-page navigation works from the keyboard
      driver.findElement(By.id("navProgress")).sendKeys(Keys.ENTER);
      wait.until(ExpectedConditions.urlContains("#progress"));
      browser.screenshot("case-review-progress-1366");

      // 3. decided: download the decision, then rate the service
      open(browser, decided);
      assertThat(actions(driver)).containsExactly("download_decision", "rate");
      WebElement download =
          driver.findElement(By.cssSelector("#nextActions li[data-action='download_decision'] a"));
      assertThat(download.getText()).contains("准予行政许可决定书");
      String href = download.getAttribute("href");
      assertThat(href).contains("/api/applications/" + decided + "/documents/");
      byte[] pdf = zhangsan.download(href.substring(href.indexOf("/api/")));
      assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
          .isEqualTo("%PDF-");
      assertThat(
              driver
                  .findElement(By.cssSelector("#nextActions li[data-action='rate'] a"))
                  .getAttribute("href"))
          .endsWith("#evaluationCard");
      assertThat(partsInOrder(driver))
          .containsExactly("nextSteps", "decisionNotice", "downloads", "progress", "details");
      assertThat(driver.findElement(By.id("documentsList")).getText())
          .contains("准予行政许可决定书", "受理通知书");
      PageCheck.keyPage(browser, "case-decided");
    }
  }

  @Test
  void staffReadTheSamePageWithoutTheApplicantsPanel() {
    String number = submit(Api.as("zhangsan"));
    try (Browser browser = Browser.open()) {
      WebDriver driver = browser.driver();
      browser.signIn("supervisor");
      browser.go("/application.xhtml?number=" + number);
      new WebDriverWait(driver, Duration.ofSeconds(20))
          .until(ExpectedConditions.presenceOfElementLocated(By.id("caseNav")));
      assertThat(driver.findElements(By.id("nextSteps"))).isEmpty();
      assertThat(driver.findElement(By.id("expectedCompletion")).getText()).contains("预计办结");
      assertThat(driver.findElements(By.id("timelineLink"))).hasSize(1);
      PageCheck.phone(browser, "case-supervisor");
    }
  }

  /**
   * Once ten cases of the item version were decided after the review, the applicant's panel and the
   * progress card give the two days, and say what they rest on.
   */
  @Test
  void theExpectedCompletionIsShownOnceTenSimilarCasesWereDecided() {
    Api zhangsan = Api.as("zhangsan");
    String itemCode = Casework.itemWithMaterials(1).path("code").asText();
    String inReview = submit(zhangsan, itemCode);
    assertThat(claimAndComplete(Api.as("clerk"), inReview, ACCEPT, "accept", "予以受理"))
        .isEqualTo("UNDER_REVIEW");
    Casework.awaitTask(Api.as("officer"), inReview, Casework.REVIEW);
    // the suite may have decided cases of this item already: decide more until there are ten
    for (int i = 0;
        i < 10
            && !Casework.isPresent(
                Casework.application(zhangsan, inReview).path("expectedCompletion"));
        i++) {
      String number = submit(zhangsan, itemCode);
      claimAndComplete(Api.as("clerk"), number, ACCEPT, "accept", "予以受理");
      claimAndComplete(Api.as("officer"), number, Casework.REVIEW, "approve", "符合法定条件");
      assertThat(claimAndComplete(Api.as("director"), number, DECIDE, "approve", "准予许可"))
          .isEqualTo("APPROVED");
    }
    JsonNode estimate = Casework.application(zhangsan, inReview).path("expectedCompletion");
    assertThat(estimate.path("basis").asInt()).isGreaterThanOrEqualTo(10);

    try (Browser browser = Browser.open()) {
      WebDriver driver = browser.driver();
      browser.signIn("zhangsan");
      open(browser, inReview);
      String panel = driver.findElement(By.id("nextSteps")).getText();
      assertThat(panel)
          .contains(
              "预计 " + estimate.path("p50").asText() + " 前办结（一半的同类申请）",
              estimate.path("p90").asText() + " 前（九成的同类申请）",
              "承诺期限");
      assertThat(driver.findElement(By.id("estimateBasis")).getText())
          .contains("最近 " + estimate.path("basis").asInt() + " 件", "“审查”环节");
      PageCheck.phone(browser, "case-estimate");
      browser.screenshot("case-estimate-1366");
    }
  }
}
