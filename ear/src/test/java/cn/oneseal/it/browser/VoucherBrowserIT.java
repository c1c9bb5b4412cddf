package cn.oneseal.it.browser;

import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static cn.oneseal.it.support.Casework.ACCEPT;
import static cn.oneseal.it.support.Casework.DECIDE;
import static cn.oneseal.it.support.Casework.REVIEW;
import static cn.oneseal.it.support.Casework.claimAndComplete;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.CreditITSupport;
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
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * 科技创新券 on the screens (issue 20): the firm reaches the voucher form from the item's guide, is told
 * a credit code outside the province (nothing filed), applies with its team's summary and lands on
 * the case; once issued, the provider finds the voucher by its number, redeems part of it, is
 * refused the same invoice again, and the firm's case shows what is left. Every screen passes axe
 * and fits 390 px.
 */
@ExtendWith(OneSealServer.class)
class VoucherBrowserIT {

  @Test
  void theFirmAppliesAndTheProviderRedeemsPartOfTheVoucher() throws IOException {
    Api zhangsan = Api.as("zhangsan");
    assertStatus(
        Api.as("admin")
            .put(
                "/api/admin/voucher-providers/SXU-ATC",
                Api.json(Api.object("name", "山西大学分析测试中心", "account", "lisi", "active", true))),
        200);
    List<String> before = Casework.numbersOf(zhangsan);
    Path team = Files.createTempFile("team-summary-", ".pdf");
    Files.writeString(team, "%PDF-1.4 team\n%%EOF\n", StandardCharsets.US_ASCII);
    String number;
    try (Browser browser = Browser.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      browser.signIn("zhangsan");
      browser.go("/item.xhtml?code=KJ-0002");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("applyButton")));
      // its guide draws the flowchart of its own process, as every item's
      wait.until(ExpectedConditions.attributeToBe(By.id("flowchart"), "data-rendered", "true"));
      assertThat(
              driver.findElements(
                  By.cssSelector("#flowchart [data-element-id='decideApplication']")))
          .isNotEmpty();
      browser.click(driver.findElement(By.id("applyButton")));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("voucherForm:firmName")));
      assertThat(driver.getCurrentUrl()).contains("/citizen/voucher.xhtml");
      PageCheck.check(browser, "voucher-form");

      browser.type("voucherForm:firmName", "太原创新券页面测试科技有限公司");
      browser.type("voucherForm:creditCode", "91350100M000100Y43");
      browser.type("voucherForm:contactPhone", "13800138000");
      browser.type("voucherForm:teamSummary", "研发团队6人，开展传感器可靠性研究，拟购买环境试验服务");
      driver
          .findElement(By.cssSelector("[data-requirement='team-summary'] input[type='file']"))
          .sendKeys(team.toString());
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("[data-requirement='team-summary']"), team.getFileName().toString()));
      browser.click(driver.findElement(By.id("voucherForm:fileVoucher")));
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("voucherForm:voucherMessages"), "不在本省"));
      browser.screenshot("voucher-refused");
      assertThat(Casework.numbersOf(zhangsan)).as("nothing filed").isEqualTo(before);

      WebElement code = driver.findElement(By.id("voucherForm:creditCode"));
      code.clear();
      browser.type("voucherForm:creditCode", CreditITSupport.freshCode());
      browser.click(driver.findElement(By.id("voucherForm:fileVoucher")));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("voucherCard")));
      assertThat(driver.findElement(By.id("voucherState")).getAttribute("data-state"))
          .isEqualTo("applied");
      List<String> after = Casework.numbersOf(zhangsan);
      number = after.stream().filter(n -> !before.contains(n)).findFirst().orElseThrow();

      claimAndComplete(Api.as("clerk"), number, ACCEPT, "accept", "材料齐全，予以受理");
      claimAndComplete(Api.as("officer"), number, REVIEW, "approve", "本省登记，团队具备研发能力");
      claimAndComplete(Api.as("director"), number, DECIDE, "approve", "同意发放");
      String voucher =
          assertStatus(zhangsan.get("/api/innovation-vouchers/by-application/" + number), 200)
              .json()
              .path("voucherNumber")
              .asText();
      browser.signOut();

      browser.signIn("lisi");
      browser.go("/citizen/voucher-redeem.xhtml");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("redeemForm:voucherNumber")));
      browser.type("redeemForm:voucherNumber", voucher);
      browser.click(driver.findElement(By.id("redeemForm:findVoucher")));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("redeemForm:voucherPanel")));
      assertThat(driver.findElement(By.id("voucherRemaining")).getText()).contains("50,000.00");
      String invoice = "FP" + UUID.randomUUID().toString().substring(0, 8);
      browser.type("redeemForm:serviceContract", "FW-2026-001");
      browser.type("redeemForm:invoice", invoice);
      browser.type("redeemForm:redeemAmount_input", "12000");
      for (String document : List.of("service-contract", "invoice")) {
        Path file = Files.createTempFile(document + "-", ".pdf");
        Files.writeString(file, "%PDF-1.4 " + document + "\n%%EOF\n", StandardCharsets.US_ASCII);
        driver
            .findElement(By.cssSelector("[data-document='" + document + "'] input[type='file']"))
            .sendKeys(file.toString());
        wait.until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-document='" + document + "']"),
                file.getFileName().toString()));
      }
      browser.click(driver.findElement(By.id("redeemForm:redeemVoucher")));
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("voucherRemaining"), "38,000.00"));
      PageCheck.check(browser, "voucher-redeemed");

      // the same invoice again, without its files: refused with every reason, nothing changed
      browser.type("redeemForm:serviceContract", "FW-2026-001");
      browser.type("redeemForm:invoice", invoice);
      browser.type("redeemForm:redeemAmount_input", "100");
      browser.click(driver.findElement(By.id("redeemForm:redeemVoucher")));
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("redeemForm:redeemMessages"), "请提交"));
      assertThat(driver.findElement(By.id("voucherRemaining")).getText()).contains("38,000.00");
      browser.screenshot("voucher-redeemed-twice");
      browser.signOut();

      browser.signIn("zhangsan");
      browser.go("/application.xhtml?number=" + number);
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("voucherCard")));
      assertThat(driver.findElement(By.id("voucherNumber")).getText()).isEqualTo(voucher);
      assertThat(driver.findElement(By.id("voucherRemaining")).getText()).contains("38,000.00");
      assertThat(driver.findElement(By.tagName("body")).getText())
          .contains("科技创新券", "已发放")
          .doesNotContain("准予许可");
      PageCheck.check(browser, "voucher-case");
      browser.signOut();

      // supervision: the year's vouchers with the private firms' share, and the technical contracts
      browser.signIn("supervisor");
      browser.go("/supervisor/innovation.xhtml");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("privateShare")));
      assertThat(driver.findElement(By.id("vouchersIssued")).getText()).doesNotStartWith("0 ");
      assertThat(driver.findElement(By.id("privateShare")).getText()).contains("%");
      assertThat(driver.findElement(By.tagName("body")).getText()).contains("山西大学分析测试中心", "技术开发合同");
      PageCheck.check(browser, "innovation-statistics");
    }
  }

  @Test
  void theAdministratorKeepsTheProvidersList() {
    String code = "B-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    try (Browser browser = Browser.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      browser.signIn("admin");
      browser.go("/admin/voucher-providers.xhtml");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("providersForm:providers")));
      assertThat(driver.findElement(By.id("providersForm:providers")).getText())
          .contains("SXU-ATC");
      assertThat(driver.findElements(By.cssSelector("input[value='山西大学分析测试中心']")))
          .as("the provider's name, editable in its row")
          .hasSize(1);
      PageCheck.check(browser, "voucher-providers");
      browser.type("providersForm:newCode", code);
      browser.type("providersForm:newName", "页面测试重点实验室");
      browser.click(driver.findElement(By.id("providersForm:addProvider")));
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("providersForm:providers"), code));
      browser.screenshot("voucher-providers-added");
    }
    assertThat(
            assertStatus(Api.anonymous().get("/api/innovation-vouchers/providers?size=100"), 200)
                .items()
                .toString())
        .contains(code);
  }
}
