package cn.oneseal.it.browser;

import cn.oneseal.it.support.Browser;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.PageCheck;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The screen harness ({@link PageCheck}) over screens of each kind of person: the public catalogue
 * and sign-in, the supervisors' search and the administrators' pages — each photographed at 1366
 * and 390 px and checked by axe-core. New screens join here or call the harness in their own
 * browser test. The staff's screens are checked at phone width here, and every one of them (the key
 * ones at both widths, in both languages) in StaffScreensBrowserIT.
 */
@ExtendWith(OneSealServer.class)
class ScreenHarnessBrowserIT {

  private static void visit(Browser browser, String path, String readyId, String name) {
    load(browser, path, readyId);
    PageCheck.check(browser, name);
  }

  /** The staff's screens at phone width; their key pages at both widths: StaffScreensBrowserIT. */
  private static void visitOnPhone(Browser browser, String path, String readyId, String name) {
    load(browser, path, readyId);
    PageCheck.phone(browser, name);
  }

  private static void load(Browser browser, String path, String readyId) {
    browser.go(path);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id(readyId)));
  }

  @Test
  void publicScreens() {
    try (Browser browser = Browser.open()) {
      visit(browser, "/index.xhtml", "catalogForm", "harness-catalogue");
      visit(browser, "/login.xhtml", "loginForm:username", "harness-login");
    }
  }

  @Test
  void staffSupervisorAndAdministratorScreens() {
    try (Browser browser = Browser.open()) {
      browser.signIn("clerk");
      visitOnPhone(browser, "/staff/inbox.xhtml", "inboxForm", "harness-inbox");
      browser.signOut();
      browser.signIn("supervisor");
      visitOnPhone(
          browser, "/supervisor/applications.xhtml", "supervisionForm", "harness-supervision");
      // the audit chain's check, with its outcome shown
      browser.go("/supervisor/audit-verification.xhtml");
      browser.click(browser.driver().findElement(By.id("auditForm:verify")));
      new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
          .until(ExpectedConditions.presenceOfElementLocated(By.id("auditForm:entries")));
      PageCheck.phone(browser, "harness-audit-verification");
      visitOnPhone(
          browser, "/supervisor/statistics.xhtml", "statisticsTable", "harness-statistics");
      visitOnPhone(browser, "/supervisor/follow-ups.xhtml", "followUpsForm", "harness-follow-ups");
      browser.signOut();
      browser.signIn("admin");
      visitOnPhone(browser, "/admin/calendar.xhtml?year=2026", "months", "harness-admin-calendar");
      visitOnPhone(browser, "/admin/incidents.xhtml", "incidentsForm", "harness-admin-incidents");
    }
  }
}
