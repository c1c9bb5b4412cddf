package cn.oneseal.it.browser;

import static cn.oneseal.it.support.Casework.ACCEPT;
import static cn.oneseal.it.support.Casework.REVIEW;
import static cn.oneseal.it.support.Casework.awaitTask;
import static cn.oneseal.it.support.Casework.claimAndComplete;
import static cn.oneseal.it.support.Casework.submit;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Browser;
import cn.oneseal.it.support.OneSealServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workbench's other forms on the real screens: the site inspection's inspectors and photos, the
 * countersign's outcomes, the absences page and the supervisors' list with its cards.
 */
@ExtendWith(OneSealServer.class)
class WorkbenchFormsBrowserIT {

  @Test
  void theInspectionCountersignAbsenceAndSupervisionFormsShow() {
    Api zhangsan = Api.as("zhangsan");
    String inspected = submit(zhangsan, "SC-0001");
    claimAndComplete(Api.as("clerk"), inspected, ACCEPT, "accept", "予以受理");
    claimAndComplete(Api.as("officer"), inspected, REVIEW, "approve", "建议准予许可");
    String inspection =
        awaitTask(Api.as("officer"), inspected, "conductSiteInspection").path("id").asText();
    String countersigned = submit(zhangsan, "WL-0002");
    claimAndComplete(Api.as("clerk"), countersigned, ACCEPT, "accept", "予以受理");
    claimAndComplete(Api.as("officer"), countersigned, REVIEW, "approve", "符合条件");
    String countersign =
        awaitTask(Api.as("officer2"), countersigned, "countersignReview").path("id").asText();

    try (Browser browser = Browser.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));

      browser.signIn("officer");
      browser.go("/staff/task.xhtml?id=" + inspection);
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("taskForm:photoUpload")));
      assertThat(driver.findElements(By.id("taskForm:inspectors"))).isNotEmpty();
      assertThat(driver.findElement(By.tagName("body")).getText()).contains("现场照片");
      scrollTo(driver, By.id("taskForm:inspectors"));
      browser.screenshot("60-site-inspection-form");
      browser.signOut();

      browser.signIn("officer2");
      browser.go("/staff/task.xhtml?id=" + countersign);
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("taskForm:outcome")));
      assertThat(driver.findElement(By.id("taskForm:outcome")).getText())
          .contains("同意审查意见", "有异议，退回审查");
      scrollTo(driver, By.id("taskForm:outcome"));
      browser.screenshot("61-countersign-form");

      browser.go("/staff/absences.xhtml");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("absenceForm:substitute")));
      browser.screenshot("62-absences");
      browser.signOut();

      browser.signIn("supervisor");
      browser.go("/supervisor/applications.xhtml");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='cardFilter']")));
      assertThat(driver.findElement(By.tagName("body")).getText()).contains(inspected);
      browser.screenshot("63-supervision-cards");
    }
  }

  private static void scrollTo(WebDriver driver, By element) {
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].scrollIntoView({block: 'center'});", driver.findElement(element));
  }
}
