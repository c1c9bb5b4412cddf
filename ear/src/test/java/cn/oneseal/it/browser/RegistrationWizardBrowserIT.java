package cn.oneseal.it.browser;

import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static cn.oneseal.it.support.Casework.ACCEPT;
import static cn.oneseal.it.support.Casework.DECIDE;
import static cn.oneseal.it.support.Casework.REVIEW;
import static cn.oneseal.it.support.Casework.await;
import static cn.oneseal.it.support.Casework.claimAndComplete;
import static cn.oneseal.it.support.Forms.click;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.browser.pages.InboxPage;
import cn.oneseal.it.browser.pages.TaskPage;
import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Browser;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.PageCheck;
import cn.oneseal.it.support.Registrations;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Starting a business through the real screens: zhangsan reserves a name, walks the one-form wizard
 * for a company that runs a restaurant and writes software (an invalid identity number is refused
 * in plain language, nothing typed is lost), checks the answers and submits; staff work the case;
 * zhangsan finds the licence on the application page and downloads its PDF; anyone who follows the
 * licence's QR code sees that it is valid. Screenshots of every screen go to {@code
 * target/screenshots/}.
 */
@ExtendWith(OneSealServer.class)
class RegistrationWizardBrowserIT {

  private static final Pattern DRAFT_ID = Pattern.compile("[?&]id=(\\d+)");

  /** GB 11643 check digit wrong (the valid one ends in 2X). */
  private static final String INVALID_ID = "110105194912310021";

  private static final String DOMICILE = "山西省太原市小店区长治路123号";

  private final Api clerk = Api.as("clerk");
  private final Api officer = Api.as("officer");
  private final Api director = Api.as("director");

  @Test
  void aCitizenStartsACompanyWithTheOneFormAndAnyoneVerifiesItsLicence() throws Exception {
    String tradeName = Registrations.freshTradeName();
    String fullName = "太原" + tradeName + "餐饮有限公司";
    String number;
    long draftId;
    String code;
    Path articles;
    try (Browser browser = Browser.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      browser.signIn("zhangsan");

      reserveName(browser, wait, tradeName, fullName);

      // the start lists unsent drafts, which the citizen may discard
      long abandoned = Registrations.createDraft(Api.as("zhangsan"));
      browser.go("/citizen/register.xhtml");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("wizardForm:entityType")));
      assertThat(driver.findElement(By.id("navRegister")).getText()).isEqualTo("企业开办");
      By discard = draftRow(abandoned, "discardButton");
      wait.until(ExpectedConditions.elementToBeClickable(discard));
      fullPageScreenshot(browser, "30-wizard-0-start-with-drafts");
      click(driver, discard);
      click(driver, By.cssSelector(".ui-confirmdialog-yes"));
      wait.until(ExpectedConditions.invisibilityOfElementLocated(discard));
      assertThat(driver.findElement(By.id("messages")).getText()).contains("草稿已删除");
      assertStatus(Api.as("zhangsan").get("/api/registrations/" + abandoned), 404);

      // ① entity type and name
      click(driver, By.cssSelector("label[for='wizardForm:entityType:0']"));
      selectMenu(driver, "nameChoice", Registrations.AREA + "|" + fullName);
      fullPageScreenshot(browser, "30-wizard-1-type-and-name");
      click(driver, By.id("wizardForm:nextButton"));

      // ② domicile, capital, term — the draft now has an address of its own
      awaitStep(wait, "basics");
      Matcher id = DRAFT_ID.matcher(driver.getCurrentUrl());
      assertThat(id.find()).as(driver.getCurrentUrl()).isTrue();
      draftId = Long.parseLong(id.group(1));
      type(driver, "wizardForm:domicile", DOMICILE);
      type(driver, "wizardForm:capitalAmount_input", "100");
      fullPageScreenshot(browser, "31-wizard-2-basics");
      click(driver, By.id("wizardForm:nextButton"));

      // ③ business scope: the restaurant line shows the food business permit it will need
      awaitStep(wait, "scope");
      type(driver, "wizardForm:scopeRows:0:scopeDescription", "餐饮服务");
      searchMenu(driver, wait, "wizardForm:scopeRows:0:scopeIndustryCode", "正餐", "6210");
      click(driver, By.id("wizardForm:addScopeButton"));
      retyping(wait, "wizardForm:scopeRows:1:scopeDescription", "软件开发");
      searchMenu(driver, wait, "wizardForm:scopeRows:1:scopeIndustryCode", "6511", "6511");
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("permitList"), "食品经营许可"));
      // the list is drawn again by each field's Ajax update: read it as it stands when it settles
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("permitList"), "6210"));
      fullPageScreenshot(browser, "32-wizard-3-scope");
      click(driver, By.id("wizardForm:nextButton"));

      // ④ representative and shareholders; a wrong identity number is refused, nothing is lost
      awaitStep(wait, "people");
      type(driver, "wizardForm:legalRepName", "张三");
      type(driver, "wizardForm:legalRepIdentity", INVALID_ID);
      click(driver, By.id("wizardForm:addInvestorButton"));
      retyping(wait, "wizardForm:investorRows:0:investorName", "张三");
      click(driver, By.id("wizardForm:addInvestorButton"));
      retyping(wait, "wizardForm:investorRows:1:investorName", "李四");
      type(driver, "wizardForm:investorRows:0:investorIdentity", Registrations.ID_ZHANG);
      type(driver, "wizardForm:investorRows:0:investorContribution_input", "60");
      type(driver, "wizardForm:investorRows:1:investorIdentity", Registrations.ID_LI);
      type(driver, "wizardForm:investorRows:1:investorContribution_input", "40");
      click(driver, By.id("wizardForm:nextButton"));
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("wizardForm:legalRepIdentityError"), "身份证件号码无效"));
      assertThat(driver.findElement(By.id("messages")).getText())
          .contains("1 处需要更正")
          .doesNotContain("error.");
      assertThat(driver.findElements(By.cssSelector("section#step-people"))).hasSize(1);
      assertThat(value(driver, "wizardForm:legalRepIdentity")).isEqualTo(INVALID_ID);
      assertThat(value(driver, "wizardForm:investorRows:1:investorName")).isEqualTo("李四");
      fullPageScreenshot(browser, "33-wizard-4-invalid-identity");
      type(driver, "wizardForm:legalRepIdentity", Registrations.ID_ZHANG);
      click(driver, By.id("wizardForm:nextButton"));

      // ⑤ the departments' fields and the contact
      awaitStep(wait, "departments");
      selectMenu(driver, "dept_tax_accountingStandard", "small-enterprise");
      departmentFields()
          .forEach(
              (field, text) ->
                  typeInto(driver, By.cssSelector("[data-field='" + field + "']"), text));
      click(
          driver,
          By.xpath(
              "//fieldset[@data-certificate='customs-declarant-registration']"
                  + "//label[normalize-space()='否']"));
      wait.until(
          ExpectedConditions.attributeToBe(
              By.cssSelector(
                  "[data-certificate='customs-declarant-registration'] input[value='false']"),
              "checked",
              "true"));
      // the radio's Ajax answer redraws the form: typing before it lands would be wiped out
      wait.until(
          d ->
              (Boolean)
                  ((JavascriptExecutor) d)
                      .executeScript("return PrimeFaces.ajax.Queue.isEmpty();"));
      retyping(wait, "wizardForm:contactPhone", "13800000000");
      type(driver, "wizardForm:contactEmail", "zhangsan@example.cn");
      fullPageScreenshot(browser, "34-wizard-5-departments");
      click(driver, By.id("wizardForm:nextButton"));

      // ⑥ check your answers: complete, identity numbers masked
      awaitStep(wait, "review");
      assertThat(driver.findElements(By.id("problemsList")))
          .as("problems left: %s", text(driver, "wizardForm:problemsNotice"))
          .isEmpty();
      assertThat(driver.findElement(By.id("wizardForm:completeNotice")).isDisplayed()).isTrue();
      String summary = driver.findElement(By.id("registrationSummary")).getText();
      assertThat(summary)
          .contains(fullName, DOMICILE, "100 万元（人民币）", "餐饮服务", "6511", "110105********002X")
          .doesNotContain(Registrations.ID_ZHANG, Registrations.ID_LI);
      assertThat(driver.findElement(By.id("wizardForm:submitButton")).isEnabled()).isTrue();
      articles = Files.createTempFile("articles-of-association", ".pdf");
      Files.write(articles, "%PDF-1.4 articles of association".getBytes(StandardCharsets.UTF_8));
      driver.findElement(By.id("wizardForm:materialUpload_input")).sendKeys(articles.toString());
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("[data-requirement='articles-of-association']"),
              articles.getFileName().toString()));
      fullPageScreenshot(browser, "35-wizard-6-check-answers");
      click(driver, By.id("wizardForm:submitButton"));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("submittedNumber")));
      number = driver.findElement(By.id("submittedNumber")).getText();
      assertThat(number).isNotBlank();
      fullPageScreenshot(browser, "36-wizard-submitted");
      browser.signOut();

      // another citizen's draft does not exist for them
      browser.signIn("lisi");
      browser.go("/citizen/register.xhtml?id=" + draftId);
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("draftNotFound")));
      assertThat(driver.findElements(By.id("wizardForm"))).isEmpty();
      browser.signOut();

      code = workTheCase(browser, number);

      // the applicant sees the pushes, the follow-up permit, the licence and downloads the PDF
      browser.signIn("zhangsan");
      browser.go("/application.xhtml?number=" + number);
      until(browser, wait, ExpectedConditions.textToBe(By.id("licenceCreditCode"), code));
      assertThat(driver.findElement(By.id("licenceStatus")).getText()).isEqualTo("营业执照有效");
      String pushes = driver.findElement(By.id("pushForm:pushesTable")).getText();
      assertThat(pushes).contains("已送达", "税务");
      assertThat(driver.findElements(By.id("pushForm:pushesTable:0:retryButton"))).isEmpty();
      assertThat(driver.findElement(By.id("followUpList")).getText()).contains("食品经营许可");
      assertThat(driver.findElement(By.id("materialsTable")).getText())
          .contains(articles.getFileName().toString());
      assertThat(driver.findElement(By.id("oneFormCard")).getText())
          .contains("110105********002X")
          .doesNotContain(Registrations.ID_ZHANG);
      assertThat(driver.findElement(By.id("applicationStatus")).getText()).isEqualTo("准予设立登记");
      assertThat(driver.findElement(By.id("documentsList")).getText()).contains("准予设立登记通知书");
      fullPageScreenshot(browser, "37-application-pushes-and-licence");
      String pdfUrl =
          driver
              .findElement(By.cssSelector("[data-document='BUSINESS_LICENCE']"))
              .getAttribute("href");
      byte[] pdf = downloadWithSession(pdfUrl, driver.manage().getCookieNamed("JSESSIONID"));
      assertThat(new String(pdf, 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
      String verifyHref = driver.findElement(By.id("verifyLicenceLink")).getAttribute("href");
      assertThat(verifyHref).endsWith("/verify-licence.xhtml?code=" + code);

      browser.go("/citizen/applications.xhtml");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("registerLink")));
      assertThat(driver.findElement(By.id("registerLink")).getAttribute("href"))
          .endsWith("/citizen/register.xhtml");

      checkAnswersInEnglish(browser, wait);
    }

    // anyone who scans the QR code: no sign-in needed
    try (Browser anonymous = Browser.open()) {
      WebDriver driver = anonymous.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      driver.get(OneSealServer.BASE_URL + "/verify-licence.xhtml?code=" + code);
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("licenceBanner")));
      assertThat(driver.findElement(By.id("licenceStatusText")).getText()).isEqualTo("营业执照有效");
      assertThat(driver.findElement(By.id("recordName")).getText()).isEqualTo(fullName);
      assertThat(driver.findElement(By.id("recordRepresentative")).getText()).isEqualTo("张*");
      assertThat(driver.findElement(By.id("recordTerm")).getText()).contains("长期");
      assertThat(driver.findElement(By.id("loginLink")).isDisplayed()).isTrue();
      fullPageScreenshot(anonymous, "38-verify-licence-valid");

      type(driver, "verifyForm:creditCode", "91140100MA0000000X");
      click(driver, By.id("verifyForm:verifyButton"));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("licenceNotFound")));
      assertThat(driver.findElement(By.id("licenceNotFound")).getText())
          .contains("91140100MA0000000X");
      assertThat(driver.findElements(By.id("licenceBanner"))).isEmpty();
      fullPageScreenshot(anonymous, "39-verify-licence-not-found");

      anonymous.go("/verify-licence.xhtml?code=%27%3Cscript%3E");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("licenceNotFound")));

      // the guide of the company item leads to the one form
      anonymous.go("/item.xhtml?code=SC-0002");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("registerButton")));
      assertThat(
              driver
                  .findElement(By.xpath("//*[@id='registerButton']/descendant-or-self::a"))
                  .getAttribute("href"))
          .endsWith("/citizen/register.xhtml?type=company");
      assertThat(driver.findElements(By.id("applyButton"))).isEmpty();

      anonymous.go("/verify-licence.xhtml?code=" + code + "&lang=en");
      wait.until(ExpectedConditions.textToBe(By.id("licenceStatusText"), "Business licence valid"));
      fullPageScreenshot(anonymous, "40-verify-licence-en");
    }
  }

  /**
   * Tried as a new user would: a wrong identity number is shown beside its field (and focused)
   * while the well-formed answers typed with it are saved — they are there after a reload; a
   * shareholder's nationality is searched in the list of countries; "修改" on "check your answers"
   * comes straight back to the answers after saving that step, with the industry searched.
   */
  @Test
  void aWrongAnswerKeepsTheOthersAndChangingFromTheAnswersReturnsToThem() {
    Api zhangsan = Api.as("zhangsan");
    long id = Registrations.createDraft(zhangsan);
    assertStatus(
        zhangsan.put(
            "/api/registrations/" + id,
            Api.json(Registrations.companyForm(Registrations.reserveName(zhangsan)))),
        200);
    try (Browser browser = Browser.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      browser.signIn("zhangsan");

      browser.go("/citizen/register.xhtml?id=" + id + "&step=4");
      awaitStep(wait, "people");
      type(driver, "wizardForm:legalRepName", "王五");
      type(driver, "wizardForm:legalRepIdentity", INVALID_ID);
      searchMenu(driver, wait, "wizardForm:investorRows:1:investorCountry", "德国", "DEU");
      type(driver, "wizardForm:investorRows:1:investorIdentity", "E12345678");
      click(driver, By.id("wizardForm:nextButton"));
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("wizardForm:legalRepIdentityError"), "身份证件号码无效"));
      assertThat(driver.findElements(By.cssSelector("section#step-people"))).hasSize(1);
      assertThat(driver.findElement(By.id("messages")).getText()).contains("1 处需要更正");
      WebElement wrong = driver.findElement(By.id("wizardForm:legalRepIdentity"));
      assertThat(wrong.getAttribute("aria-invalid")).isEqualTo("true");
      assertThat(wrong.getAttribute("aria-describedby"))
          .startsWith("wizardForm:legalRepIdentityError");
      assertThat(value(driver, "wizardForm:legalRepIdentity")).isEqualTo(INVALID_ID);
      wait.until(
          d ->
              "wizardForm:legalRepIdentity"
                  .equals(
                      ((JavascriptExecutor) d).executeScript("return document.activeElement.id;")));
      assertThat(text(driver, "wizardForm:legalRepNameError")).isEmpty();
      PageCheck.check(browser, "43-wizard-problem-beside-its-field");

      // the well-formed answers were saved with the wrong one refused: a reload shows them
      browser.go("/citizen/register.xhtml?id=" + id + "&step=4");
      awaitStep(wait, "people");
      assertThat(value(driver, "wizardForm:legalRepName")).isEqualTo("王五");
      assertThat(value(driver, "wizardForm:legalRepIdentity")).isEmpty();
      assertThat(driver.findElement(By.id("wizardForm:legalRepSaved")).getText())
          .contains("110105********002X");
      assertThat(menuValue(driver, "investorCountry1")).isEqualTo("DEU");
      assertThat(driver.findElement(By.id("wizardForm:investorRows:1:investorCountry")).getText())
          .contains("德国");

      // "修改" from the answers: that step's save returns to the answers
      browser.go("/citizen/register.xhtml?id=" + id + "&step=6");
      awaitStep(wait, "review");
      click(driver, By.id("wizardForm:changeScope"));
      awaitStep(wait, "scope");
      assertThat(driver.findElement(By.id("wizardForm:nextButton")).getText())
          .isEqualTo("保存，返回核对信息");
      searchMenu(driver, wait, "wizardForm:scopeRows:0:scopeIndustryCode", "快餐", "6220");
      PageCheck.check(browser, "44-wizard-scope-searched-industry");
      click(driver, By.id("wizardForm:nextButton"));
      awaitStep(wait, "review");
      assertThat(driver.findElement(By.id("summaryScope")).getText()).contains("6220");
      assertThat(driver.findElement(By.id("registrationSummary")).getText()).contains("德国", "王五");
      PageCheck.check(browser, "45-wizard-back-to-the-answers");
    }
    assertStatus(zhangsan.delete("/api/registrations/" + id), 204);
  }

  /**
   * A complete draft read in English on "check your answers", and one group changed from there: the
   * "change" link opens its step.
   */
  private static void checkAnswersInEnglish(Browser browser, WebDriverWait wait) {
    WebDriver driver = browser.driver();
    Api zhangsan = Api.as("zhangsan");
    long id = Registrations.createDraft(zhangsan);
    assertStatus(
        zhangsan.put(
            "/api/registrations/" + id,
            Api.json(Registrations.companyForm(Registrations.reserveName(zhangsan)))),
        200);
    browser.go("/citizen/register.xhtml?id=" + id + "&step=6&lang=en");
    until(
        browser,
        wait,
        ExpectedConditions.visibilityOfElementLocated(By.id("wizardForm:completeNotice")));
    assertThat(driver.findElement(By.id("registrationSummary")).getText())
        .contains("Limited liability company", "Shareholders", "Natural person", "Unlimited");
    fullPageScreenshot(browser, "41-wizard-check-answers-en");
    click(driver, By.id("wizardForm:changePeople"));
    awaitStep(wait, "people");
    assertThat(driver.findElement(By.id("wizardForm:legalRepSaved")).getText())
        .contains("110105********002X");
    assertThat(driver.findElement(By.id("wizardForm:legalRepIdentity")).getAttribute("placeholder"))
        .isEqualTo("Leave blank to keep the saved number");
    assertThat(value(driver, "wizardForm:legalRepIdentity")).isEmpty();
    fullPageScreenshot(browser, "42-wizard-people-en");
    browser.go("/citizen/register.xhtml?lang=zh");
    assertStatus(zhangsan.delete("/api/registrations/" + id), 204);
  }

  /** A button of the row of draft {@code id} in the drafts table. */
  private static By draftRow(long id, String button) {
    String param = "id=" + id;
    return By.xpath(
        "//tr[.//a[substring(@href, string-length(@href) - "
            + (param.length() - 1)
            + ") = '"
            + param
            + "']]//*[contains(@id, '"
            + button
            + "')]");
  }

  /** Waits; a screenshot of the page shows what was there instead. */
  private static <T> T until(
      Browser browser, WebDriverWait wait, java.util.function.Function<WebDriver, T> condition) {
    try {
      return wait.until(condition);
    } catch (org.openqa.selenium.TimeoutException e) {
      fullPageScreenshot(browser, "failed-" + System.currentTimeMillis());
      throw e;
    }
  }

  /**
   * Clerk accepts, officer finds the form in order, the director grants the registration; the
   * licence is issued and only then do the departments receive the data. The director's task page
   * offers no return to the review, and shows the whole one form the officer reviewed.
   */
  private String workTheCase(Browser browser, String number) {
    claimAndComplete(clerk, number, ACCEPT, "accept", "一表申请齐全，予以受理");
    claimAndComplete(officer, number, REVIEW, "approve", "形式审查通过");
    // nothing goes to the departments before the decision
    assertThat(assertStatus(clerk.get("/api/applications/" + number + "/pushes"), 200).items())
        .isEmpty();
    browser.signIn("director");
    TaskPage decision = InboxPage.open(browser).openCase(number);
    browser.screenshot("26-registration-decision-task");
    assertThat(decision.offersReturn()).isFalse();
    // the decision task shows the one form (identity numbers masked), in registration's words
    WebDriver driver = browser.driver();
    assertThat(driver.findElement(By.id("oneFormCard")).getText())
        .contains("110105********002X")
        .doesNotContain(Registrations.ID_ZHANG);
    assertThat(driver.findElement(By.id("taskCaseStatus")).getText()).isEqualTo("待登记决定");
    assertThat(driver.findElement(By.id("taskForm")).getText()).contains("准予设立登记", "不予登记（登记驳回）");
    browser.signOut();
    assertThat(claimAndComplete(director, number, DECIDE, "approve", "准予设立登记"))
        .isEqualTo("APPROVED");
    JsonNode licence =
        await(
                "licence of " + number,
                () -> Api.as("zhangsan").get("/api/applications/" + number + "/licence"),
                r -> r.status() == 200)
            .json();
    await(
        "the licence among the documents of " + number,
        () -> assertStatus(Api.as("zhangsan").get("/api/applications/" + number), 200).json(),
        a ->
            StreamSupport.stream(a.path("documents").spliterator(), false)
                .anyMatch(d -> "business-licence".equals(d.path("type").asText())));
    // polled while the push jobs run: a read that collides with one is simply read again
    await(
        "all pushes of " + number + " delivered",
        () -> clerk.get("/api/applications/" + number + "/pushes"),
        r ->
            r.status() == 200
                && r.items().size() > 0
                && StreamSupport.stream(r.items().spliterator(), false)
                    .allMatch(p -> "DELIVERED".equals(p.path("push").path("status").asText())));
    return licence.path("creditCode").asText();
  }

  private static void reserveName(
      Browser browser, WebDriverWait wait, String tradeName, String fullName) {
    WebDriver driver = browser.driver();
    browser.go("/names.xhtml");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nameForm:tradeName")));
    type(driver, "nameForm:region", "太原");
    type(driver, "nameForm:tradeName", tradeName);
    type(driver, "nameForm:industry", "餐饮");
    type(driver, "nameForm:organizationForm", "有限公司");
    click(driver, By.id("nameForm:checkButton"));
    wait.until(ExpectedConditions.textToBe(By.id("fullName"), fullName));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("nameForm:reserveButton")));
    click(driver, By.id("nameForm:reserveButton"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reservedNotice")));
  }

  /** What the integrated departments ask for, by field (see Registrations.companyForm). */
  private static Map<String, String> departmentFields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("tax.financeContact", "李四");
    fields.put("tax.financeContactPhone", "0351-7654321");
    fields.put("social.insuredEmployees", "8");
    fields.put("stats.employees", "10");
    fields.put("stats.mainActivity", "正餐服务");
    fields.put("seal.count", "3");
    fields.put("fund.contact", "王五");
    return fields;
  }

  private static void awaitStep(WebDriverWait wait, String step) {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section#step-" + step)));
  }

  private static byte[] downloadWithSession(String url, Cookie session)
      throws IOException, InterruptedException {
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url))
                    .header("Cookie", session.getName() + "=" + session.getValue())
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).as("GET %s with the page session", url).isEqualTo(200);
    return response.body();
  }

  /**
   * Chooses from a searchable select menu as a person does: opens it, types into its search box and
   * clicks the first entry that holds {@code pick}.
   */
  static void searchMenu(
      WebDriver driver, WebDriverWait wait, String clientId, String query, String pick) {
    click(driver, By.id(clientId));
    By filter = By.id(clientId + "_filter");
    wait.until(ExpectedConditions.visibilityOfElementLocated(filter));
    driver.findElement(filter).sendKeys(query);
    String findItem =
        "const items = document.getElementById(arguments[0] + '_items');"
            + "if (!items) return null;"
            + "return Array.from(items.querySelectorAll('li')).find(li =>"
            + " (li.getAttribute('data-label') || li.textContent).includes(arguments[1])"
            + " && li.offsetParent !== null) || null;";
    WebElement item;
    try {
      item =
          new WebDriverWait(driver, Duration.ofSeconds(10))
              .until(
                  d ->
                      (WebElement)
                          ((JavascriptExecutor) d).executeScript(findItem, clientId, pick));
    } catch (org.openqa.selenium.TimeoutException e) {
      Object panel =
          ((JavascriptExecutor) driver)
              .executeScript(
                  "const p = document.getElementById(arguments[0] + '_panel');"
                      + "return p ? p.outerHTML.substring(0, 1500) : 'no panel';",
                  clientId);
      throw new AssertionError("no entry " + pick + " in " + clientId + ": " + panel, e);
    }
    item.click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(filter));
    wait.until(
        d ->
            (Boolean)
                ((JavascriptExecutor) d).executeScript("return PrimeFaces.ajax.Queue.isEmpty();"));
  }

  private static String menuValue(WebDriver driver, String widgetVar) {
    return (String)
        ((JavascriptExecutor) driver)
            .executeScript("return PF(arguments[0]).getSelectedValue();", widgetVar);
  }

  /** Chooses a value of a PrimeFaces select menu through its widget. */
  private static void selectMenu(WebDriver driver, String widgetVar, String value) {
    ((JavascriptExecutor) driver)
        .executeScript("PF(arguments[0]).selectValue(arguments[1]);", widgetVar, value);
  }

  /** Types into a field that an Ajax update may be re-rendering right now. */
  private static void retyping(WebDriverWait wait, String id, String text) {
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

  /** The whole page, however long, at the browser's width. */
  private static void fullPageScreenshot(Browser browser, String name) {
    WebDriver driver = browser.driver();
    Dimension before = driver.manage().window().getSize();
    long height =
        (Long)
            ((JavascriptExecutor) driver)
                .executeScript("return Math.ceil(document.documentElement.scrollHeight);");
    driver
        .manage()
        .window()
        .setSize(
            new Dimension(before.getWidth(), (int) Math.max(before.getHeight(), height + 140)));
    try {
      browser.screenshot(name);
    } finally {
      driver.manage().window().setSize(before);
    }
  }

  private static String value(WebDriver driver, String id) {
    return driver.findElement(By.id(id)).getAttribute("value");
  }

  private static void type(WebDriver driver, String id, String text) {
    typeInto(driver, By.id(id), text);
  }

  /** Types into a field, again if an Ajax update replaced it meanwhile. */
  private static void typeInto(WebDriver driver, By by, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .ignoring(StaleElementReferenceException.class)
        .ignoring(ElementNotInteractableException.class)
        .until(
            d -> {
              WebElement input = d.findElement(by);
              ((JavascriptExecutor) d)
                  .executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
              input.clear();
              input.sendKeys(text);
              return true;
            });
  }

  private static String text(WebDriver driver, String id) {
    return driver.findElements(By.id(id)).stream().map(WebElement::getText).findFirst().orElse("");
  }
}
