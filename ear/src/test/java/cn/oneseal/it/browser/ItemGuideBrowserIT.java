package cn.oneseal.it.browser;

import static cn.oneseal.it.support.Forms.click;
import static cn.oneseal.it.support.Forms.type;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Browser;
import cn.oneseal.it.support.Casework;
import cn.oneseal.it.support.OneSealServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public catalogue and an item's guide (办事指南) with the flowchart of its power (行政职权运行流程图),
 * drawn by bpmn-js from the process model itself; and the same flowchart showing an application's
 * progress. Screenshots go to {@code target/screenshots/}.
 */
@ExtendWith(OneSealServer.class)
class ItemGuideBrowserIT {

  /** The special-step tasks of the process model and the item's special-step kind each runs. */
  private static final Map<String, String> SPECIAL_STEP_TASKS =
      Map.of(
          "conductSiteInspection", "SITE_INSPECTION",
          "conductExpertReview", "EXPERT_REVIEW",
          "holdHearing", "HEARING",
          "publishNotice", "PUBLIC_NOTICE");

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @Test
  void theCatalogueIsSearchedByTextAndByDepartment() {
    JsonNode all = api("/api/items");
    JsonNode item = itemWithSpecialSteps(all);
    String text = searchText(item);
    String department = item.path("departmentCode").asText();
    Set<String> byText = codes(api("/api/items?q=" + encode(text)));
    Set<String> byDepartment = codes(api("/api/items?department=" + encode(department)));
    assertThat(byText).contains(item.path("code").asText());
    assertThat(byDepartment).contains(item.path("code").asText());

    try (Browser browser = Browser.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, PATIENCE);

      browser.go("/index.xhtml");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("catalogForm:q")));
      assertThat(shownCodes(driver)).isEqualTo(codes(all));
      assertThat(driver.findElement(By.id("resultCount")).getText())
          .contains(String.valueOf(all.size()));

      // by text: the form leads to a link with the filter in it
      type(driver, "catalogForm:q", text);
      click(driver, By.id("catalogForm:searchButton"));
      wait.until(ExpectedConditions.urlContains("q="));
      assertThat(shownCodes(driver)).isEqualTo(byText);
      assertThat(driver.findElement(By.id("resultCount")).getText())
          .contains(String.valueOf(byText.size()));
      assertThat(driver.findElement(By.id("catalogForm:q")).getAttribute("value")).isEqualTo(text);

      // by department, chosen in the select after a reset
      WebElement searchedPage = driver.findElement(By.id("catalogForm"));
      click(driver, By.id("catalogForm:resetButton"));
      wait.until(ExpectedConditions.stalenessOf(searchedPage));
      wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("q=")));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("catalogForm:department")));
      click(driver, By.id("catalogForm:department"));
      By option =
          By.cssSelector(
              "#catalogForm\\:department_items li[data-label='"
                  + item.path("department").asText()
                  + "']");
      // PrimeFaces binds the panel's items once its opening transition has ended
      wait.until(
          ExpectedConditions.attributeContains(
              By.id("catalogForm:department_panel"), "class", "ui-connected-overlay-enter-done"));
      wait.until(ExpectedConditions.elementToBeClickable(option));
      driver.findElement(option).click();
      wait.until(
          ExpectedConditions.textToBe(
              By.id("catalogForm:department_label"), item.path("department").asText()));
      wait.until(
          ExpectedConditions.invisibilityOfElementLocated(By.id("catalogForm:department_panel")));
      click(driver, By.id("catalogForm:searchButton"));
      wait.until(ExpectedConditions.urlContains("department=" + department));
      assertThat(shownCodes(driver)).isEqualTo(byDepartment);
      assertThat(driver.findElement(By.id("catalogForm:department_label")).getText())
          .isEqualTo(item.path("department").asText());

      // every row leads to its guide
      WebElement guideLink =
          driver.findElement(
              By.xpath(
                  "//tr[contains(., '"
                      + item.path("code").asText()
                      + "')]//*[contains(@id,'guideLink')]/descendant-or-self::a"));
      assertThat(guideLink.getAttribute("href"))
          .contains("/item.xhtml?code=" + item.path("code").asText());
      scrollTo(driver, By.id("catalogForm"));
      browser.screenshot("10-catalogue-search");
    }
  }

  @Test
  void theGuideShowsEverythingAndTheFlowchartOfThePower() {
    JsonNode item = itemWithSpecialSteps(api("/api/items"));
    String code = item.path("code").asText();
    Set<String> kinds = new TreeSet<>();
    item.path("specialSteps").forEach(s -> kinds.add(s.path("kind").asText()));

    try (Browser browser = Browser.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, PATIENCE);

      browser.go("/item.xhtml?code=" + code);
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("itemName")));
      assertThat(driver.findElement(By.id("itemName")).getText())
          .isEqualTo(item.path("name").asText());
      assertThat(driver.findElement(By.id("itemDepartment")).getText())
          .isEqualTo(item.path("department").asText());
      assertThat(driver.findElement(By.id("statutoryDays")).getText())
          .contains(item.path("statutoryDays").asText());
      assertThat(driver.findElement(By.id("materialsTable")).getText())
          .contains(item.path("materials").get(0).path("name").asText());
      assertThat(driver.findElement(By.id("consultationPhone")).getText())
          .isEqualTo(item.path("consultationPhone").asText());
      assertThat(driver.findElements(By.id("applyButton"))).hasSize(1);
      assertThat(driver.findElements(By.id("printButton"))).hasSize(1);
      if (!kinds.isEmpty()) {
        assertThat(driver.findElements(By.cssSelector("#specialStepsTable tr[data-kind]")))
            .hasSize(kinds.size());
      }

      wait.until(ExpectedConditions.attributeToBe(By.id("flowchart"), "data-rendered", "true"));
      browser.screenshot("11-item-guide");

      for (String step : List.of("acceptApplication", "reviewApplication", "decideApplication")) {
        assertThat(driver.findElements(shape(step))).as(step).hasSize(1);
      }
      assertThat(overlayText(driver, "acceptApplication")).contains("窗口受理员", "5个工作日");
      assertThat(overlayText(driver, "decideApplication"))
          .contains("局长", "法定" + item.path("statutoryDays").asText());
      SPECIAL_STEP_TASKS.forEach(
          (task, kind) -> {
            List<WebElement> shapes = driver.findElements(shape(task));
            if (!shapes.isEmpty()) {
              String classes = shapes.get(0).getAttribute("class");
              if (kinds.contains(kind)) {
                assertThat(classes).as(task + " of " + code).doesNotContain("os-skipped");
              } else {
                assertThat(classes).as(task + " of " + code).contains("os-skipped");
              }
            }
          });

      scrollToEnd(driver, By.id("flowchart"));
      browser.screenshot("12-item-guide-flowchart");
    }

    Api.Response unknown = Api.anonymous().get("/item.xhtml?code=XX-0000");
    assertThat(unknown.status()).as("%s", unknown).isEqualTo(404);
    assertThat(unknown.body()).contains("未找到该审批事项");
    Api.Response noSuchVersion = Api.anonymous().get("/item.xhtml?code=" + code + "&version=999");
    assertThat(noSuchVersion.status()).as("%s", noSuchVersion).isEqualTo(404);
  }

  @Test
  void anApplicationShowsItsProgressOnTheFlowchart() {
    Api zhangsan = Api.as("zhangsan");
    String number = Casework.submit(zhangsan);

    try (Browser browser = Browser.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, PATIENCE);

      browser.go("/login.xhtml");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("loginForm:username")));
      type(driver, "loginForm:username", "zhangsan");
      type(driver, "loginForm:password", Api.DEMO_PASSWORD);
      click(driver, By.id("loginForm:loginButton"));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logoutForm:logoutLink")));

      browser.go("/application.xhtml?number=" + number);
      wait.until(ExpectedConditions.textToBe(By.id("applicationStatus"), "待受理"));
      wait.until(ExpectedConditions.attributeToBe(By.id("flowchart"), "data-rendered", "true"));

      assertThat(driver.findElement(shape("acceptApplication")).getAttribute("class"))
          .contains("os-current");
      assertThat(driver.findElement(shape("applicationSubmitted")).getAttribute("class"))
          .contains("os-passed");
      assertThat(driver.findElement(shape("reviewApplication")).getAttribute("class"))
          .doesNotContain("os-passed", "os-current");

      scrollToEnd(driver, By.id("flowchart"));
      browser.screenshot("13-application-progress");
    }
  }

  /**
   * An item whose guide lists special steps (the richest flowchart); the first item when none has.
   */
  private static JsonNode itemWithSpecialSteps(JsonNode items) {
    assertThat(items.size()).as("items in the catalogue").isGreaterThan(0);
    for (JsonNode item : items) {
      if (item.path("specialSteps").size() > 0) {
        return item;
      }
    }
    for (JsonNode item : items) {
      if ("WJ-0001".equals(item.path("code").asText())) {
        return item;
      }
    }
    return items.get(0);
  }

  /** A part of the item's name that is a sensible search term: its first two characters. */
  private static String searchText(JsonNode item) {
    String name = item.path("name").asText();
    return name.length() <= 2 ? name : name.substring(0, 2);
  }

  /** Every row of the list at {@code path}. */
  private static JsonNode api(String path) {
    return Api.anonymous().all(path);
  }

  private static Set<String> codes(JsonNode items) {
    Set<String> codes = new TreeSet<>();
    items.forEach(i -> codes.add(i.path("code").asText()));
    return codes;
  }

  private static Set<String> shownCodes(WebDriver driver) {
    List<String> codes = new ArrayList<>();
    for (WebElement cell :
        driver.findElements(By.cssSelector("#itemsTable_data > tr > td:first-child .os-number"))) {
      codes.add(cell.getText().strip());
    }
    return new TreeSet<>(codes);
  }

  private static By shape(String elementId) {
    return By.cssSelector("#flowchart svg g.djs-element[data-element-id='" + elementId + "']");
  }

  /** The role and time written under a step of the flowchart. */
  private static String overlayText(WebDriver driver, String elementId) {
    return driver
        .findElement(
            By.cssSelector(
                "#flowchart .djs-overlays[data-container-id='" + elementId + "'] .os-step-note"))
        .getText();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static void scrollTo(WebDriver driver, By by) {
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -12);",
            driver.findElement(by));
  }

  /** Scrolls until the bottom of the element (a whole flowchart with its legend) is in view. */
  private static void scrollToEnd(WebDriver driver, By by) {
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].scrollIntoView({block: 'end'}); window.scrollBy(0, 16);",
            driver.findElement(by));
  }
}
