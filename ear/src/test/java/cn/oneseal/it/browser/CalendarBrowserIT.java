package cn.oneseal.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The administrators' working-day calendar on the real screen: the 2026 schedule with its holidays
 * and make-up working days in the twelve-month grid and the table of exceptions; another role does
 * not reach the page.
 */
@ExtendWith(OneSealServer.class)
class CalendarBrowserIT {

  @Test
  void anAdministratorSeesTheYearsHolidaysAndMakeUpDays() {
    try (Browser browser = Browser.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      browser.signIn("admin");
      browser.go("/admin/calendar.xhtml?year=2026");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("months")));
      assertThat(driver.findElement(By.id("calendarForm:workingDays")).getText()).contains("248");
      assertThat(driver.findElement(By.id("calendarForm:daysTable")).getText()).isNotBlank();
      assertThat(driver.findElement(By.id("months")).getText()).contains("10");
      browser.screenshot("50-admin-calendar");
      ((JavascriptExecutor) driver)
          .executeScript(
              "arguments[0].scrollIntoView({block: 'start'});",
              driver.findElement(By.id("months")));
      browser.screenshot("50-admin-calendar-months");
      browser.signOut();

      browser.signIn("officer");
      browser.go("/admin/calendar.xhtml?year=2026");
      assertThat(driver.findElements(By.id("months"))).isEmpty();
      browser.screenshot("50-admin-calendar-refused");
    }
  }
}
