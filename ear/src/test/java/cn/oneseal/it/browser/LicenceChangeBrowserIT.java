package cn.oneseal.it.browser;

import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static cn.oneseal.it.support.Casework.ACCEPT;
import static cn.oneseal.it.support.Casework.DECIDE;
import static cn.oneseal.it.support.Casework.REVIEW;
import static cn.oneseal.it.support.Casework.await;
import static cn.oneseal.it.support.Casework.claimAndComplete;
import static cn.oneseal.it.support.Forms.click;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Browser;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.PageCheck;
import cn.oneseal.it.support.Registrations;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
 * A change of domicile (变更登记) through the screens: zhangsan opens 我的企业, shows the licence without a
 * medium, starts the change, finds the one form prefilled with the name fixed, changes the address,
 * goes through the steps to "check your answers" and submits; after staff approve it, 我的企业 shows
 * version 2 at the new address. Every screen through the page harness: the wizard's steps (a key
 * page) at 390 px and desktop, the others at 390 px.
 */
@ExtendWith(OneSealServer.class)
class LicenceChangeBrowserIT {

  private static final String NEW_DOMICILE = "山西省太原市迎泽区迎泽大街99号";

  private final Api zhangsan = Api.as("zhangsan");
  private final Api clerk = Api.as("clerk");
  private final Api officer = Api.as("officer");
  private final Api director = Api.as("director");

  @Test
  void aCitizenChangesTheDomicileOfTheirBusinessWithThePrefilledForm() throws Exception {
    String code = establish();
    String number;
    try (Browser browser = Browser.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      browser.signIn("zhangsan");

      browser.go("/citizen/businesses.xhtml");
      By card = By.cssSelector("section[data-code='" + code + "']");
      wait.until(ExpectedConditions.visibilityOfElementLocated(card));
      assertThat(driver.findElement(By.id("navBusinesses")).getText()).isEqualTo("我的企业");
      WebElement business = driver.findElement(card);
      assertThat(business.getText()).contains(code, "第 1 版", "营业执照有效", "变更登记", "注销登记");
      assertThat(
              business.findElement(By.cssSelector("a[id$='deregisterLink']")).getAttribute("href"))
          .contains("/citizen/deregister.xhtml?code=" + code);
      PageCheck.phone(browser, "40-businesses");

      // the licence without a medium, to show
      click(driver, By.cssSelector("section[data-code='" + code + "'] [id$='credentialButton']"));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("credentialText")));
      assertThat(driver.findElement(By.id("credentialText")).getAttribute("value").split("\\."))
          .hasSize(3);
      PageCheck.phone(browser, "41-businesses-credential");

      // 变更登记: the one form, prefilled, the name fixed
      click(driver, By.cssSelector("section[data-code='" + code + "'] [id$='changeButton']"));
      awaitStep(wait, "basics");
      assertThat(driver.findElement(By.id("changeBanner")).getText()).contains(code);
      assertThat(value(driver, "wizardForm:domicile")).isNotBlank().isNotEqualTo(NEW_DOMICILE);
      type(wait, "wizardForm:domicile", NEW_DOMICILE);
      PageCheck.check(browser, "42-change-basics");
      click(driver, By.id("wizardForm:nextButton"));
      awaitStep(wait, "scope");
      click(driver, By.id("wizardForm:nextButton"));
      awaitStep(wait, "people");
      click(driver, By.id("wizardForm:nextButton"));
      awaitStep(wait, "departments");
      click(driver, By.id("wizardForm:nextButton"));

      awaitStep(wait, "review");
      assertThat(driver.findElements(By.id("problemsList"))).isEmpty();
      assertThat(driver.findElement(By.id("registrationSummary")).getText())
          .contains(NEW_DOMICILE)
          .doesNotContain(Registrations.ID_ZHANG);
      Path resolution = Files.createTempFile("change-resolution", ".pdf");
      Files.write(resolution, "%PDF-1.4 resolution".getBytes(StandardCharsets.UTF_8));
      driver.findElement(By.id("wizardForm:materialUpload_input")).sendKeys(resolution.toString());
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("[data-requirement='change-resolution']"),
              resolution.getFileName().toString()));
      PageCheck.check(browser, "43-change-review");
      click(driver, By.id("wizardForm:submitButton"));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("submittedNumber")));
      number = driver.findElement(By.id("submittedNumber")).getText();
      assertThat(number).isNotBlank();
      PageCheck.check(browser, "44-change-submitted");
    }

    JsonNode application = assertStatus(zhangsan.get("/api/applications/" + number), 200).json();
    assertThat(application.path("itemCode").asText()).isEqualTo("SC-0013");
    claimAndComplete(clerk, number, ACCEPT, "accept", "变更登记材料齐全，予以受理");
    claimAndComplete(officer, number, REVIEW, "approve", "形式审查通过");
    claimAndComplete(director, number, DECIDE, "approve", "准予变更登记");
    await(
        "version 2 of " + code,
        () -> assertStatus(Api.anonymous().get("/api/licenses/" + code), 200).json(),
        l -> l.path("version").asInt() == 2);

    try (Browser browser = Browser.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      browser.signIn("zhangsan");
      browser.go("/citizen/businesses.xhtml");
      By card = By.cssSelector("section[data-code='" + code + "']");
      wait.until(ExpectedConditions.visibilityOfElementLocated(card));
      assertThat(driver.findElement(card).getText()).contains("第 2 版", NEW_DOMICILE);
      PageCheck.phone(browser, "46-businesses-version-2");

      // the old licence's QR code: superseded, with the way to the version in force
      browser.go("/verify-licence.xhtml?code=" + code + "&v=1");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("licenceBanner")));
      assertThat(driver.findElement(By.id("licenceBanner")).getAttribute("data-status"))
          .isEqualTo("superseded");
      assertThat(driver.findElement(By.id("licenceStatusText")).getText()).contains("已被替代");
      assertThat(driver.findElement(By.id("licenceBanner")).getText()).contains("第 2 版");
      PageCheck.check(browser, "45-verify-superseded");
    }
  }

  private String establish() {
    String number = Registrations.submitCompany(zhangsan);
    claimAndComplete(clerk, number, ACCEPT, "accept", "一表申请齐全，予以受理");
    claimAndComplete(officer, number, REVIEW, "approve", "形式审查通过");
    claimAndComplete(director, number, DECIDE, "approve", "准予登记");
    return await(
            "licence of " + number,
            () -> zhangsan.get("/api/applications/" + number + "/licence"),
            r -> r.status() == 200)
        .json()
        .path("creditCode")
        .asText();
  }

  private static void awaitStep(WebDriverWait wait, String step) {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section#step-" + step)));
  }

  private static String value(WebDriver driver, String id) {
    return driver.findElement(By.id(id)).getAttribute("value");
  }

  /** Types into a field, again if an Ajax update replaced it meanwhile. */
  private static void type(WebDriverWait wait, String id, String text) {
    wait.ignoring(StaleElementReferenceException.class)
        .ignoring(ElementNotInteractableException.class)
        .until(
            d -> {
              WebElement input = d.findElement(By.id(id));
              if (!text.equals(input.getAttribute("value"))) {
                input.clear();
                input.sendKeys(text);
              }
              return text.equals(d.findElement(By.id(id)).getAttribute("value"));
            });
  }
}
