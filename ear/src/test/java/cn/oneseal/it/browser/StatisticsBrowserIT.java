package cn.oneseal.it.browser;

import static cn.oneseal.it.support.Casework.submit;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Browser;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.PageCheck;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The statistics dashboard (统计监测) of the current month: the table, the two charts (Chart.js under
 * the CSP nonce: a console violation fails the browser), the drill-down to the cases behind a
 * figure, the export links; at 1366 and 390 px with axe-core (the screen harness). A chief's page
 * says that it shows their section only.
 */
@ExtendWith(OneSealServer.class)
class StatisticsBrowserIT {

  @Test
  void dashboardChartsAndDrillDown() {
    String number = submit(Api.as("zhangsan"));
    try (Browser browser = Browser.open()) {
      WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
      browser.signIn("supervisor");
      browser.go("/supervisor/statistics.xhtml");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("statisticsTable")));
      wait.until(
          ExpectedConditions.presenceOfElementLocated(
              By.cssSelector("[id$='countsChart'] canvas")));
      assertThat(browser.driver().findElement(By.id("navStatistics")).getAttribute("class"))
          .contains("active");
      PageCheck.phone(browser, "statistics-supervisor");

      // the total's "received" leads to its cases, this one among them
      WebElement received =
          browser
              .driver()
              .findElement(
                  By.cssSelector("tr.os-stat-total td[data-figure='received'] a.os-stat-drill"));
      browser.click(received);
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("drillTitle")));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText(number)));
      browser.screenshot("statistics-drill");
      PageCheck.phone(browser, "statistics-drill");

      // grouped by step
      ((org.openqa.selenium.JavascriptExecutor) browser.driver())
          .executeScript("document.getElementById('statisticsForm:groupBy_input').value = 'step';");
      browser.click(browser.driver().findElement(By.id("statisticsForm:showButton")));
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("statisticsTable"), "按环节"));
      browser.screenshot("statistics-by-step");

      assertThat(
              browser.driver().findElement(By.id("statisticsForm:exportXlsx")).getAttribute("href"))
          .contains("/api/statistics/export?format=xlsx");
      browser.signOut();

      browser.signIn("chief");
      browser.go("/supervisor/statistics.xhtml");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("statisticsTable")));
      assertThat(browser.driver().findElement(By.className("os-stat-note")).getText())
          .contains("MARKET_ACCESS");
      PageCheck.phone(browser, "statistics-chief");
    }
  }
}
