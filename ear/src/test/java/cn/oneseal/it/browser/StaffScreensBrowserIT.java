package cn.oneseal.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Browser;
import cn.oneseal.it.support.Casework;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.PageCheck;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every screen of the staff, the supervisors, the administrators and the inspectors, visited as the
 * person who uses it and put through the page harness at phone width (390 px: axe-core finds no
 * serious or critical violation, nothing scrolls sideways); the key ones — the inbox, a task, the
 * supervisors' search and the statistics — at both widths in both languages. Every page is checked
 * before the test fails, so that one run reports all the screens that need work.
 *
 * <p>Then the director's decision: the page shows the decision document as it will be sealed, and
 * completing it without confirming that preview is refused and changes nothing.
 */
@ExtendWith(OneSealServer.class)
class StaffScreensBrowserIT {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private final List<String> problems = new ArrayList<>();
  private int pages;

  /** Loads the page, waits for the element that says it is there, and checks it. */
  private void visit(Browser browser, String path, String readyId, String name, boolean key) {
    browser.go(path);
    new WebDriverWait(browser.driver(), PATIENCE)
        .until(ExpectedConditions.presenceOfElementLocated(By.id(readyId)));
    check(browser, name, key);
    tableOnPhone(browser, name);
    if (key) {
      // English values are longer: they wrap beside their labels, not under them
      PageCheck.inEnglish(browser, () -> tableOnPhone(browser, name + "-en"));
    }
  }

  /** A photograph of the page's first table at phone width, to be looked at: rows as cards. */
  private static void tableOnPhone(Browser browser, String name) {
    List<WebElement> tables = browser.driver().findElements(By.cssSelector(".ui-datatable"));
    if (tables.isEmpty()) {
      return;
    }
    browser
        .driver()
        .manage()
        .window()
        .setSize(new org.openqa.selenium.Dimension(PageCheck.PHONE, 900));
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'start'});", tables.get(0));
    browser.screenshot(name + "-table-390");
    browser
        .driver()
        .manage()
        .window()
        .setSize(new org.openqa.selenium.Dimension(PageCheck.DESKTOP, 900));
  }

  private void check(Browser browser, String name, boolean key) {
    pages++;
    try {
      if (key) {
        PageCheck.keyPage(browser, name);
      } else {
        PageCheck.phone(browser, name);
      }
    } catch (AssertionError found) {
      problems.add(found.getMessage() + widest(browser));
    }
  }

  /** What reaches past the right edge at phone width, scrolling boxes included: for the report. */
  private static String widest(Browser browser) {
    browser
        .driver()
        .manage()
        .window()
        .setSize(new org.openqa.selenium.Dimension(PageCheck.PHONE, 900));
    Object found =
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
            .executeScript(
                "const w = document.documentElement.clientWidth;"
                    + "return Array.from(document.querySelectorAll('body *'))"
                    + ".filter(e => e.getBoundingClientRect().right > w + 1)"
                    + ".slice(0, 12).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                    + " + (typeof e.className === 'string' ? '.' + e.className.trim()"
                    + ".split(/\\s+/).join('.') : '') + ' ' + Math.round(e.getBoundingClientRect().width)"
                    + " + 'px').join(' | ');");
    browser
        .driver()
        .manage()
        .window()
        .setSize(new org.openqa.selenium.Dimension(PageCheck.DESKTOP, 900));
    return "\n  past the edge at " + PageCheck.PHONE + " px: " + found;
  }

  private void reportAll() {
    System.out.println(
        "StaffScreensBrowserIT: " + pages + " pages checked, " + problems.size() + " failing");
    problems.forEach(p -> System.out.println("StaffScreensBrowserIT: " + p));
    assertThat(problems).as("screens with problems, of %d checked", pages).isEmpty();
  }

  @Test
  void everyStaffScreenAtPhoneWidth() {
    // a case at the window and one at the director, so that the inbox and the task pages have rows
    String atWindow = Casework.submit(Api.as("zhangsan"));
    String atDecision = Casework.submitUpToDecision(Api.as("lisi"), "approve");
    JsonNode acceptTask = Casework.awaitTask(Api.as("clerk"), atWindow, Casework.ACCEPT);
    JsonNode decideTask = Casework.awaitTask(Api.as("director"), atDecision, Casework.DECIDE);
    String itemCode = Casework.anyItemCode();

    try (Browser browser = Browser.open()) {
      browser.signIn("clerk");
      visit(browser, "/staff/inbox.xhtml", "inboxForm", "staff-inbox", true);
      visit(
          browser,
          "/staff/task.xhtml?id=" + acceptTask.path("id").asText(),
          "taskForm:completeButton",
          "staff-task-accept",
          false);
      browser.signOut();

      browser.signIn("officer");
      visit(browser, "/staff/absences.xhtml", "absenceForm", "staff-absences", false);
      browser.signOut();

      browser.signIn("chief");
      visit(browser, "/staff/workload.xhtml", "workloadForm", "staff-workload", false);
      browser.signOut();

      browser.signIn("director");
      visit(
          browser,
          "/staff/task.xhtml?id=" + decideTask.path("id").asText(),
          "taskForm:completeButton",
          "staff-task-decide",
          true);
      browser.signOut();

      browser.signIn("supervisor");
      visit(
          browser,
          "/supervisor/applications.xhtml",
          "supervisionForm",
          "supervisor-applications",
          true);
      // the search counts in the database: the heading's total is the API's, not one page's
      long total =
          Api.as("supervisor").get("/api/applications?size=1").json().path("total").asLong();
      assertThat(total).isPositive();
      assertThat(browser.driver().findElement(By.id("resultsHeading")).getText())
          .contains(String.valueOf(total));
      assertThat(
              browser
                  .driver()
                  .findElements(
                      By.cssSelector("[id='supervisionForm:allApplicationsTable'] tbody tr")))
          .hasSize((int) Math.min(20, total));
      browser.go("/supervisor/audit-verification.xhtml");
      browser.click(browser.driver().findElement(By.id("auditForm:verify")));
      new WebDriverWait(browser.driver(), PATIENCE)
          .until(ExpectedConditions.presenceOfElementLocated(By.id("auditForm:entries")));
      check(browser, "supervisor-audit-verification", false);
      visit(
          browser, "/supervisor/follow-ups.xhtml", "followUpsForm", "supervisor-follow-ups", false);
      visit(
          browser,
          "/supervisor/inspection-new.xhtml",
          "createForm",
          "supervisor-inspection-new",
          false);
      visit(
          browser,
          "/supervisor/statistics.xhtml",
          "statisticsTable",
          "supervisor-statistics",
          true);
      visit(
          browser,
          "/supervisor/timeline.xhtml?number=" + atDecision,
          "timelineForm",
          "supervisor-timeline",
          false);
      visit(browser, "/credit-record.xhtml", "recordForm", "credit-record", false);
      browser.signOut();

      browser.signIn("admin");
      visit(browser, "/admin/calendar.xhtml?year=2026", "months", "admin-calendar", false);
      visit(browser, "/admin/channels.xhtml", "channelsForm", "admin-channels", false);
      visit(browser, "/admin/credit-list.xhtml", "creditListForm", "admin-credit-list", false);
      visit(browser, "/admin/incidents.xhtml", "incidentsForm", "admin-incidents", false);
      visit(browser, "/admin/items.xhtml", "itemsForm", "admin-items", false);
      visit(browser, "/admin/item.xhtml?code=" + itemCode, "itemForm", "admin-item", false);
      visit(browser, "/admin/users.xhtml", "accountsForm", "admin-users", false);
      visit(browser, "/admin/user.xhtml?username=clerk", "accountPanel", "admin-user", false);
      browser.signOut();

      browser.signIn("auditor");
      visit(browser, "/admin/security-log.xhtml", "securityLogForm", "admin-security-log", false);
      browser.signOut();

      browser.signIn("inspector1");
      visit(
          browser,
          "/inspector/assignments.xhtml",
          "assignmentsForm",
          "inspector-assignments",
          false);
    }
    reportAll();
  }

  /**
   * The director sees the decision as it will be sealed; completing without confirming it is
   * refused and the task stays; confirmed, the decision is sealed with the text that was shown.
   */
  @Test
  void theDirectorConfirmsThePreviewBeforeTheSealIsApplied() {
    String number = Casework.submitUpToDecision(Api.as("zhangsan"), "approve");
    JsonNode decideTask = Casework.awaitTask(Api.as("director"), number, Casework.DECIDE);
    String opinion = "经审查，申请材料齐全，符合法定条件，准予许可。";
    try (Browser browser = Browser.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, PATIENCE);
      browser.signIn("director");
      browser.go("/staff/task.xhtml?id=" + decideTask.path("id").asText());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("taskForm:completeButton")));
      browser.click(
          driver.findElement(
              By.xpath("//*[@id='taskForm:outcome']//label[@for='taskForm:outcome:0']")));
      // the outcome's Ajax update replaces the opinion's field: type once it has come back
      wait.until(
          d ->
              Boolean.TRUE.equals(
                  ((org.openqa.selenium.JavascriptExecutor) d)
                      .executeScript(
                          "return document.getElementById('taskForm:outcome:0').checked"
                              + " && PrimeFaces.ajax.Queue.isEmpty() && jQuery.active === 0;")));
      wait.ignoring(StaleElementReferenceException.class)
          .ignoring(ElementNotInteractableException.class)
          .until(
              d -> {
                WebElement input = d.findElement(By.id("taskForm:opinion"));
                input.clear();
                input.sendKeys(opinion);
                return opinion.equals(input.getAttribute("value"));
              });
      browser.click(driver.findElement(By.id("taskForm:previewButton")));
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("decisionPreviewSheet"), opinion));
      String shown = driver.findElement(By.id("decisionPreviewSheet")).getText();
      assertThat(shown).contains("准予行政许可决定书", number, "预览");
      WebElement sheet = driver.findElement(By.id("decisionPreviewSheet"));
      ((org.openqa.selenium.JavascriptExecutor) driver)
          .executeScript("arguments[0].scrollIntoView({block: 'start'});", sheet);
      browser.screenshot("staff-task-decision-preview");
      check(browser, "staff-task-decision-preview", false);

      // not confirmed: refused with the reason, nothing sealed, the task still open
      browser.click(driver.findElement(By.id("taskForm:completeButton")));
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("taskForm:previewMessage"), "确认用印"));
      ((org.openqa.selenium.JavascriptExecutor) driver)
          .executeScript(
              "arguments[0].scrollIntoView({block: 'center'});",
              driver.findElement(By.id("taskForm:previewMessage")));
      browser.screenshot("staff-task-decision-unconfirmed");
      assertThat(Casework.application(Api.as("zhangsan"), number).path("status").asText())
          .isEqualTo("AWAITING_DECISION");
      Casework.awaitTask(Api.as("director"), number, Casework.DECIDE);

      // confirmed: sealed
      browser.click(driver.findElement(By.cssSelector("label[for='taskForm:previewConfirmed']")));
      browser.click(driver.findElement(By.id("taskForm:completeButton")));
      wait.until(ExpectedConditions.urlContains("/staff/inbox.xhtml"));
      JsonNode decided = Casework.application(Api.as("zhangsan"), number);
      assertThat(decided.path("documents").toString()).contains("approval-decision");
    }
    reportAll();
  }
}
