package cn.oneseal.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Browser;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.PageCheck;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * 双随机一公开 in the browser: a visitor finds the demo's drawn plan in the public list and reads on its
 * page the pools' hashes, the seed, the drawn subjects with their two inspectors and the recusal
 * pairs — the same as the published draw document; an inspector sees the checks drawn for them and
 * the result form; the supervision's plan form. Every screen passes axe and fits a phone.
 */
@ExtendWith(OneSealServer.class)
class InspectionsBrowserIT {

  @Test
  void aVisitorReadsTheDrawAndAnInspectorSeesTheirChecks() {
    JsonNode plan =
        StreamSupport.stream(Api.anonymous().all("/api/inspection-plans").spliterator(), false)
            .filter(p -> "drawn".equals(p.path("state").asText()))
            .reduce((a, b) -> b)
            .orElseThrow();
    long id = plan.path("id").asLong();
    JsonNode draw = Api.anonymous().get("/api/inspection-plans/" + id + "/draw").json();
    try (Browser browser = Browser.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      browser.go("/inspections.xhtml");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plansForm:plansTable")));
      PageCheck.phone(browser, "inspection-plans");

      browser.go("/inspection-plan.xhtml?id=" + id);
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("drawSeed")));
      assertThat(driver.findElement(By.id("drawSeed")).getText())
          .isEqualTo(draw.path("seed").asText());
      assertThat(driver.findElement(By.id("subjectPoolHash")).getText())
          .isEqualTo(draw.path("subjectPoolHash").asText());
      assertThat(driver.findElement(By.id("inspectorPoolHash")).getText())
          .isEqualTo(draw.path("inspectorPoolHash").asText());
      String selection = driver.findElement(By.id("planForm:selectionTable")).getText();
      for (JsonNode s : draw.path("selection")) {
        assertThat(selection).contains(s.path("subject").asText());
      }
      PageCheck.phone(browser, "inspection-plan-drawn");

      // one of the inspectors drawn sees the check and opens the result form
      String inspector = draw.path("selection").get(0).path("inspectors").get(0).asText();
      browser.signIn(inspector);
      browser.go("/inspector/assignments.xhtml");
      wait.until(
          ExpectedConditions.presenceOfElementLocated(By.id("assignmentsForm:assignmentsTable")));
      assertThat(driver.findElement(By.id("assignmentsForm:assignmentsTable")).getText())
          .contains(draw.path("selection").get(0).path("subject").asText());
      PageCheck.phone(browser, "inspector-assignments");
      browser.click(driver.findElement(By.cssSelector("[id$=':openResult']")));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("assignmentsForm:findings")));
      PageCheck.phone(browser, "inspector-result-form");
      browser.signOut();

      browser.signIn("supervisor");
      browser.go("/supervisor/inspection-new.xhtml");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("createForm:planName")));
      PageCheck.phone(browser, "inspection-plan-new");
    }
  }
}
