package cn.oneseal.it.browser;

import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Browser;
import cn.oneseal.it.support.Casework;
import cn.oneseal.it.support.OneSealServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workbench against the legal clock: two reviews of the market-access section, one past its 10
 * working days (red card) and one near them (yellow), made by moving the server's clock. The
 * officer filters the inbox to red cards and transfers the late task to a colleague with a comment;
 * the chief sees the section's workload. The clock is always put back: other tests share the
 * server.
 */
@ExtendWith(OneSealServer.class)
class WorkbenchBrowserIT {

  private static final Api ADMIN = Api.as("admin");
  private static final Api OFFICER = Api.as("officer");
  private static final Duration CARD_PATIENCE = Duration.ofSeconds(20);

  /** Codes of the establishment registrations, which run their own process. */
  private static final Set<String> REGISTRATIONS =
      Set.of("SC-0002", "SC-0003", "SC-0011", "SC-0012");

  @AfterAll
  static void resetClock() {
    assertStatus(ADMIN.put("/api/system/clock", "{}"), 200);
  }

  @Test
  void officerSeesTheRedTaskAndTransfersItChiefSeesTheWorkload() {
    String item = marketAccessItem();
    OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(8));
    try {
      // the late one: its review starts today, then the clock moves 30 calendar days on, which
      // is surely more than the review's 10 working days whatever the holidays
      String late = Casework.submit(Api.as("zhangsan"), item);
      Casework.claimAndComplete(Api.as("clerk"), late, Casework.ACCEPT, "accept", "材料齐全，予以受理");
      OffsetDateTime later = start.plusDays(30);
      moveClock(later);

      // the near one: its review starts on the moved day; then day by day until it gets its
      // first card, which is the yellow one (80 % of the limit used, the limit not yet passed)
      String near = Casework.submit(Api.as("lisi"), item);
      Casework.claimAndComplete(Api.as("clerk"), near, Casework.ACCEPT, "accept", "材料齐全，予以受理");
      String nearCard = "none";
      for (int day = 1; day <= 20 && "none".equals(nearCard); day++) {
        moveClock(later.plusDays(day));
        nearCard = Casework.awaitTask(OFFICER, near, Casework.REVIEW).path("card").asText();
      }
      assertThat(nearCard).as("first card of the review of %s", near).isEqualTo("yellow");

      awaitClockCard(late, "red");
      awaitStoredCard(late, "red");
      awaitStoredCard(near, "yellow");
      JsonNode lateTask = Casework.awaitTask(OFFICER, late, Casework.REVIEW);
      assertThat(lateTask.path("card").asText()).isEqualTo("red");
      assertThat(lateTask.path("workingDaysLeft").asInt()).isNegative();

      try (Browser browser = Browser.open()) {
        WebDriver driver = browser.driver();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));

        browser.signIn("officer");
        browser.go("/staff/inbox.xhtml?card=red");
        By lateRow = By.xpath("//tr[contains(., '" + late + "')]");
        wait.until(ExpectedConditions.presenceOfElementLocated(lateRow));
        WebElement row = driver.findElement(lateRow);
        assertThat(row.findElement(By.xpath(".//*[contains(@id,'cardBadge')]")).getText())
            .isEqualTo("红牌");
        assertThat(row.findElement(By.xpath(".//*[contains(@id,'countdown')]")).getText())
            .startsWith("超期")
            .endsWith("个工作日");
        assertThat(driver.findElement(By.id("inboxForm:tasksTable")).getText())
            .doesNotContain(near);
        browser.screenshot("workbench-inbox");

        browser.go("/staff/inbox.xhtml");
        By nearRow = By.xpath("//tr[contains(., '" + near + "')]");
        wait.until(ExpectedConditions.presenceOfElementLocated(nearRow));
        assertThat(
                driver
                    .findElement(nearRow)
                    .findElement(By.xpath(".//*[contains(@id,'cardBadge')]"))
                    .getText())
            .isEqualTo("黄牌");
        browser.screenshot("workbench-inbox-all");

        browser.go("/staff/task.xhtml?id=" + lateTask.path("id").asText());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("opsForm:transferButton")));
        assertThat(driver.findElement(By.id("stepCountdown")).getText()).startsWith("超期");
        browser.screenshot("workbench-task");

        browser.click(driver.findElement(By.id("opsForm:transferButton")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("opsForm:opComment")));
        ((JavascriptExecutor) driver)
            .executeScript(
                "PrimeFaces.widgets['widget_opsForm_colleague'].selectValue('officer2');");
        String comment = "超期件转市场准入科李审查办理";
        driver.findElement(By.id("opsForm:opComment")).sendKeys(comment);
        browser.screenshot("workbench-transfer-dialog");
        browser.click(driver.findElement(By.id("opsForm:confirmOpButton")));
        wait.until(
            ExpectedConditions.textToBePresentInElementLocated(By.id("historyTable"), comment));
        String history = driver.findElement(By.id("historyTable")).getText();
        assertThat(history).contains("转办", "officer → officer2", comment);
        browser.screenshot("workbench-transferred");

        browser.go("/application.xhtml?number=" + late);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("timeLimitCard")));
        assertThat(driver.findElement(By.id("caseCard")).getText()).isEqualTo("红牌");
        ((JavascriptExecutor) driver)
            .executeScript(
                "arguments[0].scrollIntoView({block: 'start'});",
                driver.findElement(By.id("timeLimitCard")));
        browser.screenshot("workbench-application-clock");
        browser.signOut();

        browser.signIn("chief");
        browser.go("/staff/workload.xhtml");
        wait.until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("workloadForm:workloadTable"), late));
        assertThat(driver.findElement(By.id("workloadForm:workloadTable")).getText())
            .contains(near, "officer2");
        // officer2's share: as many tasks as the chief's workload lists for them, the late one red
        java.util.List<WebElement> cells =
            driver.findElements(By.cssSelector("[id='workloadForm:sharesTable'] tbody tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")))
                .filter(tds -> tds.get(0).getText().strip().equals("officer2"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no share of officer2 on the workload"));
        assertThat(Integer.parseInt(cells.get(1).getText().strip()))
            .isEqualTo(workloadHeldBy("officer2"));
        assertThat(Integer.parseInt(cells.get(3).getText().strip())).isPositive();
        browser.screenshot("workbench-workload");
        ((JavascriptExecutor) driver)
            .executeScript(
                "arguments[0].scrollIntoView({block: 'end'});",
                driver.findElement(By.id("workloadForm:reassignButton")));
        browser.screenshot("workbench-workload-reassign");
        browser.signOut();

        // the supervision urges the holder of the late case from the application page
        browser.signIn("supervisor");
        browser.go("/application.xhtml?number=" + late);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("urgeForm:openTasksTable")));
        assertThat(driver.findElement(By.id("urgeForm:openTasksTable")).getText())
            .contains("officer2", "红牌");
        browser.click(driver.findElement(By.cssSelector("[id$='urgeButton']")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("urgeForm:urgeComment")));
        String urging = "已超期，请今日办结并报告";
        driver.findElement(By.id("urgeForm:urgeComment")).sendKeys(urging);
        browser.screenshot("workbench-urge-dialog");
        browser.click(driver.findElement(By.id("urgeForm:confirmUrgeButton")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), late));
        assertThat(Casework.history(OFFICER, late).toString()).contains(urging);
        browser.screenshot("workbench-urged");
      }
    } finally {
      assertStatus(ADMIN.put("/api/system/clock", "{}"), 200);
    }
  }

  /** A plain item (no special steps, a promised limit) of the market-access section. */
  private static String marketAccessItem() {
    for (JsonNode item : Casework.catalogue()) {
      if ("MARKET_ACCESS".equals(item.path("sectionCode").asText())
          && "PROMISED".equals(item.path("kind").asText())
          && item.path("specialSteps").isEmpty()
          && item.path("promisedDays").asInt() >= 5
          && item.path("promisedDays").asInt() <= 15
          && !REGISTRATIONS.contains(item.path("code").asText())) {
        return item.path("code").asText();
      }
    }
    throw new AssertionError("no plain market-access item in " + Casework.catalogue());
  }

  private static void moveClock(OffsetDateTime to) {
    assertStatus(ADMIN.put("/api/system/clock", Api.json(Api.object("now", to.toString()))), 200);
  }

  /** Waits until the case clock of the application shows the card. */
  private static void awaitClockCard(String number, String card) {
    Casework.await(
        card + " card of " + number,
        () -> assertStatus(OFFICER.get("/api/applications/" + number + "/clock"), 200).json(),
        clock -> card.equals(clock.path("card").asText()),
        CARD_PATIENCE);
  }

  /** Waits until the 2-second watch has stored the card (of the case or a step) in the history. */
  private static void awaitStoredCard(String number, String card) {
    Casework.await(
        card + " card of " + number + " in its history",
        () -> OFFICER.all("/api/applications/" + number + "/cards"),
        events -> {
          for (JsonNode e : events) {
            if (card.equals(e.path("card").asText())) {
              return true;
            }
          }
          return false;
        },
        CARD_PATIENCE);
  }

  /** How many open tasks of the chief's workload {@code holder} holds, over all its pages. */
  private static int workloadHeldBy(String holder) {
    int held = 0;
    for (JsonNode item : Api.as("chief").all("/api/tasks/workload")) {
      held += holder.equals(item.path("assignee").asText()) ? 1 : 0;
    }
    return held;
  }
}
