package cn.oneseal.it.browser;

import static cn.oneseal.it.support.Casework.ACCEPT;
import static cn.oneseal.it.support.Casework.claimAndComplete;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Browser;
import cn.oneseal.it.support.Casework;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.PageCheck;
import cn.oneseal.it.support.TestDatabase;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The citizen's notification list on a phone: the notice of their accepted application, with its
 * words and the link to the case, and their own choice of channels (e-mail, SMS) saved from the
 * page.
 */
@ExtendWith(OneSealServer.class)
class CitizenNotificationsBrowserIT {

  @Test
  void theCitizenReadsTheNoticeOnAPhoneOpensTheCaseAndTurnsSmsOff() {
    String number = Casework.submit(Api.as("lisi"));
    claimAndComplete(Api.as("clerk"), number, ACCEPT, "accept", "材料齐全，予以受理");
    Casework.await(
        "the acceptance notice of " + number,
        () -> Api.as("lisi").all("/api/notifications").toString(),
        list -> list.contains(number) && list.contains("applicationAccepted"));
    try (Browser browser = Browser.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      browser.signIn("lisi");
      browser.go("/notifications.xhtml");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notificationsForm")));
      String table = driver.findElement(By.id("notificationsForm:notificationsTable")).getText();
      assertThat(table).contains(number).contains("申请已受理").contains("受理");
      PageCheck.phone(browser, "70-citizen-notifications");

      try {
        browser.click(driver.findElement(By.id("channelsForm:bySms")));
        browser.click(driver.findElement(By.id("channelsForm:saveChannelsButton")));
        wait.until(
            d ->
                TestDatabase.rows(
                        "select notify_by_sms, notify_by_mail from user_account where username = ?",
                        "lisi")
                    .get(0)
                    .equals(List.of(false, true)));
        browser.go("/notifications.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("channelsForm:bySms")));
        assertThat(driver.findElement(By.id("channelsForm:bySms")).isSelected()).isFalse();
        assertThat(driver.findElement(By.id("channelsForm:byMail")).isSelected()).isTrue();
      } finally {
        TestDatabase.update(
            "update user_account set notify_by_sms = true, notify_by_mail = true"
                + " where username = 'lisi'");
      }

      browser.click(
          driver.findElements(By.cssSelector("a[id$=':applicationLink']")).stream()
              .filter(a -> a.getText().contains(number))
              .findFirst()
              .orElseThrow());
      wait.until(ExpectedConditions.urlContains("/application.xhtml?number=" + number));
    }
  }
}
