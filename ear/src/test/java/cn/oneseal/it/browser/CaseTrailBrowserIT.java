package cn.oneseal.it.browser;

import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static cn.oneseal.it.support.Casework.ACCEPT;
import static cn.oneseal.it.support.Casework.claimAndComplete;
import static cn.oneseal.it.support.Casework.submit;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Browser;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.PageCheck;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The supervisors' case timeline and the applicant's "who viewed my file" in the browser: the
 * timeline merges the engine, the acts and the reads and filters them by kind; both screens are
 * photographed at 1366 and 390 px, the timeline also checked by axe-core.
 */
@ExtendWith(OneSealServer.class)
class CaseTrailBrowserIT {

  @Test
  void aSupervisorFiltersTheTimelineAndTheApplicantSeesWhoReadTheFile() {
    String number = submit(Api.as("zhangsan"), "SC-0001");
    assertStatus(Api.as("clerk").get("/api/applications/" + number), 200);
    claimAndComplete(Api.as("clerk"), number, ACCEPT, "accept", "材料齐全，予以受理");

    try (Browser browser = Browser.open()) {
      WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
      browser.signIn("supervisor");
      browser.go("/supervisor/timeline.xhtml?number=" + number);
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("timelineForm:timelineTable")));
      String all = browser.driver().findElement(By.id("timelineForm:timelineTable")).getText();
      assertThat(all).contains("流程引擎").contains("办理行为").contains("查阅").contains("材料齐全，予以受理");
      PageCheck.phone(browser, "supervisor-timeline");

      // only the reads
      List<WebElement> kinds =
          browser.driver().findElements(By.cssSelector("#timelineForm\\:kindFilter input"));
      browser.click(kinds.get(0));
      browser.click(kinds.get(1));
      browser.click(browser.driver().findElement(By.id("timelineForm:filterButton")));
      // the table is replaced by the filter's answer: a reference to the old one goes stale
      wait.ignoring(StaleElementReferenceException.class)
          .until(
              d -> !d.findElement(By.id("timelineForm:timelineTable")).getText().contains("流程引擎"));
      String reads = browser.driver().findElement(By.id("timelineForm:timelineTable")).getText();
      assertThat(reads).contains("查阅案件").doesNotContain("材料齐全，予以受理");
      browser.screenshot("supervisor-timeline-reads");
      browser.signOut();

      browser.signIn("zhangsan");
      browser.go("/application.xhtml?number=" + number);
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("viewersCard")));
      String viewers = browser.driver().findElement(By.id("viewersCard")).getText();
      assertThat(viewers).contains("谁查看了我的案卷").contains("窗口受理员").contains("窗口受理");
      for (int width : new int[] {PageCheck.DESKTOP, PageCheck.PHONE}) {
        browser.driver().manage().window().setSize(new Dimension(width, 900));
        ((JavascriptExecutor) browser.driver())
            .executeScript("document.getElementById('viewersCard').scrollIntoView()");
        browser.screenshot("application-viewers-" + width);
      }
    }
  }
}
