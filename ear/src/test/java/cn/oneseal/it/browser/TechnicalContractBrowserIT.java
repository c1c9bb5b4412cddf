package cn.oneseal.it.browser;

import static cn.oneseal.it.support.Casework.ACCEPT;
import static cn.oneseal.it.support.Casework.awaitTask;
import static cn.oneseal.it.support.Casework.claimAndComplete;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Browser;
import cn.oneseal.it.support.Casework;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.PageCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * 技术合同认定登记 on the screens (issue 20): the seller reaches the contract form from the item's guide,
 * is told every problem at once (the technical income above the amount, nothing filed), then files
 * with the contract text and lands on the case with the contract; the registrar registers it on the
 * task page, which shows the contract, and the seller's case page shows the registration number.
 * Every screen passes axe and fits 390 px.
 */
@ExtendWith(OneSealServer.class)
class TechnicalContractBrowserIT {

  @Test
  void theSellerFilesTheRegistrarRegistersAndTheCaseShowsTheNumber() throws IOException {
    Api zhangsan = Api.as("zhangsan");
    List<String> before = Casework.numbersOf(zhangsan);
    Path contract = Files.createTempFile("contract-text-", ".pdf");
    Files.writeString(contract, "%PDF-1.4 contract\n%%EOF\n", StandardCharsets.US_ASCII);
    String number;
    try (Browser browser = Browser.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      browser.signIn("zhangsan");
      // the item's guide leads to the contract's own form
      browser.go("/item.xhtml?code=KJ-0001");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("applyButton")));
      // its guide draws the flowchart of its own process, as every item's
      wait.until(ExpectedConditions.attributeToBe(By.id("flowchart"), "data-rendered", "true"));
      assertThat(
              driver.findElements(
                  By.cssSelector("#flowchart [data-element-id='registerContract']")))
          .isNotEmpty();
      browser.click(driver.findElement(By.id("applyButton")));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("contractForm:contractName")));
      assertThat(driver.getCurrentUrl()).contains("/citizen/technical-contract.xhtml");
      PageCheck.check(browser, "technical-contract-form");

      browser.type("contractForm:contractName", "智能巡检机器人联合开发合同");
      browser.type("contractForm:sellerName", "太原晋创科技有限公司");
      browser.type("contractForm:buyerName", "山西示范制造有限公司");
      browser.type(
          "contractForm:signedOn_input",
          LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(5).toString());
      driver.findElement(By.id("contractForm:signedOn_input")).sendKeys(Keys.ESCAPE);
      browser.type("contractForm:amount_input", "12000");
      browser.type("contractForm:technicalIncome_input", "15000");
      browser.type("contractForm:contactPhone", "13800138000");
      driver
          .findElement(By.cssSelector("[data-requirement='contract-text'] input[type='file']"))
          .sendKeys(contract.toString());
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("[data-requirement='contract-text']"),
              contract.getFileName().toString()));
      browser.click(driver.findElement(By.id("contractForm:fileContract")));
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("contractForm:contractMessages"), "技术性收入"));
      browser.screenshot("technical-contract-refused");
      assertThat(Casework.numbersOf(zhangsan)).as("nothing filed").isEqualTo(before);

      WebElement income = driver.findElement(By.id("contractForm:technicalIncome_input"));
      income.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
      browser.type("contractForm:technicalIncome_input", "10000");
      browser.click(driver.findElement(By.id("contractForm:fileContract")));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("contractCard")));
      assertThat(driver.findElement(By.id("contractType")).getAttribute("data-type"))
          .isEqualTo("development");
      assertThat(driver.findElement(By.id("contractAmounts")).getText())
          .contains("12,000.00", "10,000.00");
      assertThat(driver.findElement(By.id("contractRegistrationNumber")).getText())
          .contains("尚未登记");
      // the terms are shown once, in words, on the contract's card — never as raw form entries
      assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("amountFen");
      PageCheck.phone(browser, "technical-contract-case-filed");
      List<String> after = Casework.numbersOf(zhangsan);
      assertThat(after).hasSize(before.size() + 1);
      number = after.stream().filter(n -> !before.contains(n)).findFirst().orElseThrow();
      browser.signOut();

      claimAndComplete(Api.as("clerk"), number, ACCEPT, "accept", "合同文本齐全，予以受理");
      String task = awaitTask(Api.as("officer"), number, "registerContract").path("id").asText();
      browser.signIn("officer");
      browser.go("/staff/task.xhtml?id=" + task);
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("contractCard")));
      assertThat(driver.findElement(By.id("taskForm:outcome")).getText()).contains("准予登记", "不予登记");
      PageCheck.check(browser, "technical-contract-task");
      if (!driver.findElements(By.id("taskForm:claimTaskButton")).isEmpty()) {
        browser.click(driver.findElement(By.id("taskForm:claimTaskButton")));
        wait.until(
            ExpectedConditions.presenceOfElementLocated(By.id("taskForm:releaseTaskButton")));
      }
      browser.click(
          driver.findElement(By.cssSelector("input[id^='taskForm:outcome'][value='register']")));
      browser.type("taskForm:opinion", "符合技术开发合同的认定条件，技术性收入核定无误");
      browser.click(driver.findElement(By.id("taskForm:completeButton")));
      wait.until(ExpectedConditions.urlContains("/staff/inbox.xhtml"));
      browser.signOut();

      browser.signIn("zhangsan");
      browser.go("/application.xhtml?number=" + number);
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("contractCard")));
      assertThat(driver.findElement(By.id("contractRegistrationNumber")).getText())
          .matches("\\d{4}140000\\d{6}");
      // the case speaks registration: its steps, its outcome, its document
      assertThat(driver.findElement(By.tagName("body")).getText())
          .contains("技术合同认定登记证明", "准予登记", "登记审查", "登记结论")
          .doesNotContain("准予许可");
      PageCheck.check(browser, "technical-contract-case-registered");
    }
  }
}
