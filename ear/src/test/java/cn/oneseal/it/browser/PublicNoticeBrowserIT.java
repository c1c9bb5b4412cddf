package cn.oneseal.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Browser;
import cn.oneseal.it.support.Casework;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.PageCheck;
import cn.oneseal.it.support.Registrations;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public notices of simplified deregistrations without signing in: the list from the
 * navigation, a notice's detail with the commitment and the period, an objection filed on the page
 * (the objector's contact never shown); zh-CN first with the English switch; axe and 390 px on
 * every page. Screenshots go to {@code target/screenshots/}.
 */
@ExtendWith(OneSealServer.class)
class PublicNoticeBrowserIT {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @Test
  void aVisitorReadsANoticeAndObjects() {
    Api zhangsan = Api.as("zhangsan");
    String number = Registrations.submitCompany(zhangsan);
    Casework.claimAndComplete(Api.as("clerk"), number, Casework.ACCEPT, "accept", "予以受理");
    Casework.claimAndComplete(Api.as("officer"), number, Casework.REVIEW, "approve", "通过");
    Casework.claimAndComplete(Api.as("director"), number, Casework.DECIDE, "approve", "准予登记");
    String code =
        Casework.await(
                "licence of " + number,
                () -> zhangsan.get("/api/applications/" + number + "/licence"),
                r -> r.status() == 200)
            .json()
            .path("creditCode")
            .asText();
    String notice =
        zhangsan
            .post(
                "/api/deregistrations",
                Api.json(
                    Api.object(
                        "creditCode", code,
                        "noDebts", true,
                        "notListedCompany", true,
                        "noFrozenEquity", true)))
            .json()
            .path("noticeNumber")
            .asText();
    assertThat(notice).startsWith("GSJY-");

    try (Browser browser = Browser.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, PATIENCE);
      browser.go("/index.xhtml");
      browser.click(driver.findElement(By.id("navPublicNotices")));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("noticesForm:noticesTable")));
      assertThat(driver.findElement(By.id("noticesForm:noticesTable")).getText()).contains(notice);
      PageCheck.phone(browser, "public-notices");

      browser.go("/public-notice.xhtml?id=" + notice);
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("noticeForm:fileObjection")));
      assertThat(driver.findElement(By.id("noticeCommitment")).getText()).contains("全体投资人");
      assertThat(driver.findElement(By.id("factCode")).getText()).isEqualTo(code);
      PageCheck.phone(browser, "public-notice");

      // an empty objection is refused with the fields named
      browser.click(driver.findElement(By.id("noticeForm:fileObjection")));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-messages-error")));

      driver.findElement(By.id("noticeForm:objectorName")).sendKeys("赵异议");
      driver.findElement(By.id("noticeForm:objectorContact")).sendKeys("13700001111");
      driver.findElement(By.id("noticeForm:objectionReason")).sendKeys("该企业尚有货款未结清。");
      browser.click(driver.findElement(By.id("noticeForm:fileObjection")));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-messages-info")));
      assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("13700001111");
      PageCheck.phone(browser, "public-notice-objected");

      browser.go("/public-notice.xhtml?id=" + notice + "&lang=en");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("noticeName")));
      assertThat(driver.findElement(By.id("objectionHeading")).getText())
          .isEqualTo("File an objection");

      browser.go("/public-notice.xhtml?id=GSJY-1999-000000");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("noticeNotFound")));
    }
  }
}
