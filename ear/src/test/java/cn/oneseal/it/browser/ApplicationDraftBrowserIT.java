package cn.oneseal.it.browser;

import static cn.oneseal.it.support.Forms.click;
import static cn.oneseal.it.support.Forms.type;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.browser.pages.ApplyPage;
import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Browser;
import cn.oneseal.it.support.Casework;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.PageCheck;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Save and return as a citizen meets it on a phone (issue 17): a wrong phone number is told beside
 * its field while the name typed with it is saved; the draft waits under "我的申请"; resumed, the
 * missing materials are told beside their uploads, all at once; "核对信息" lists every answer and file,
 * and "修改" lands on the field; the filing opens the case. Another citizen cannot open the draft.
 */
@ExtendWith(OneSealServer.class)
class ApplicationDraftBrowserIT {

  @Test
  void draftResumeCheckYourAnswersAndFile() throws Exception {
    List<String> before = Casework.numbersOf(Api.as("zhangsan"));
    try (Browser browser = Browser.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      browser.signIn("zhangsan");
      browser.go("/citizen/apply.xhtml?item=WJ-0001");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("applyForm:applicantName")));
      assertThat(driver.findElement(By.id("applyForm:materialsPanel")).getText())
          .contains("营业执照复印件", "必交", "PDF、JPEG、PNG", "10 MB", "0 / 4");
      PageCheck.keyPage(browser, "80-apply");

      // a malformed phone beside its field; the name typed with it is kept
      type(driver, "applyForm:applicantName", "张三理发店");
      type(driver, "applyForm:contactPhone", "电话12");
      click(driver, By.id("applyForm:saveDraftButton"));
      By phoneError = By.cssSelector("[id='applyForm:contactPhone'] ~ .ui-message-error");
      wait.until(ExpectedConditions.presenceOfElementLocated(phoneError));
      assertThat(driver.findElement(phoneError).getText()).contains("电话12", "格式不正确");
      assertThat(driver.findElement(By.id("applyForm:contactPhone")).getAttribute("aria-invalid"))
          .isEqualTo("true");
      assertThat(driver.findElement(By.id("applyForm:contactPhone")).getAttribute("value"))
          .as("the wrong value stays in its field, as typed")
          .isEqualTo("电话12");
      wait.until(d -> "applyForm:contactPhone".equals(activeId(d)));
      PageCheck.phone(browser, "81-apply-field-error");

      // a material: its entry is ticked, with the file
      ApplyPage.uploadPdfs(browser, List.of("floor-plan"));
      assertThat(driver.findElement(By.id("checklistProgress")).getText()).contains("1 / 4");

      // left, and found again under my applications
      browser.go("/citizen/applications.xhtml");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("draftsList")));
      WebElement draftRow = driver.findElement(By.cssSelector("#draftsList li"));
      assertThat(draftRow.getText()).contains("公共场所卫生许可", "草稿", "继续填写");
      String draftId = draftRow.getAttribute("data-draft");
      PageCheck.phone(browser, "82-my-applications-draft");

      // another citizen cannot open it
      browser.signOut();
      browser.signIn("lisi");
      browser.go("/citizen/apply.xhtml?draft=" + draftId);
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "不存在"));
      assertThat(driver.findElements(By.id("applyForm:applicantName"))).isEmpty();
      browser.signOut();
      browser.signIn("zhangsan");
      browser.go("/citizen/applications.xhtml");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#draftsList li")));

      // resumed: the name is there, the wrong phone was never saved, the file is ticked
      click(driver, By.cssSelector("li[data-draft='" + draftId + "'] a.os-button"));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("applyForm:applicantName")));
      assertThat(driver.findElement(By.id("applyForm:applicantName")).getAttribute("value"))
          .isEqualTo("张三理发店");
      assertThat(driver.findElement(By.id("applyForm:contactPhone")).getAttribute("value"))
          .isEmpty();
      assertThat(driver.findElement(ApplyPage.material("floor-plan")).getAttribute("class"))
          .contains("os-apply-done");

      // every missing answer and material at once, each beside its field
      type(driver, "applyForm:contactPhone", "13800138000");
      click(driver, By.id("applyForm:reviewButton"));
      wait.until(
          ExpectedConditions.presenceOfElementLocated(
              By.cssSelector("[id='applyForm:description'] ~ .ui-message-error")));
      for (String missing :
          List.of("application-form", "business-licence", "hygiene-test-report")) {
        assertThat(
                driver
                    .findElement(ApplyPage.material(missing))
                    .findElement(By.cssSelector(".ui-message-error"))
                    .getText())
            .contains("请上传必交材料");
      }
      PageCheck.phone(browser, "83-apply-missing");
      type(driver, "applyForm:description", "在迎泽大街开设理发店，申请公共场所卫生许可。");
      ApplyPage.uploadPdfs(
          browser, List.of("application-form", "business-licence", "hygiene-test-report"));

      // check your answers: every answer and file, each with its 修改
      ApplyPage.toCheck(browser);
      String answers = driver.findElement(By.id("applyForm:checkPanel")).getText();
      assertThat(answers).contains("张三理发店", "13800138000", "迎泽大街", "营业执照复印件", "floor-plan-", "修改");
      PageCheck.keyPage(browser, "84-apply-check");

      // 修改 lands on the field; the answers show the change
      click(driver, By.id("applyForm:changeContactPhone"));
      wait.until(d -> "applyForm:contactPhone".equals(activeId(d)));
      type(driver, "applyForm:contactPhone", "0351-4060000");
      ApplyPage.toCheck(browser);
      assertThat(driver.findElement(By.id("answerContactPhone")).getText())
          .isEqualTo("0351-4060000");

      String number = ApplyPage.submit(browser);
      wait.until(ExpectedConditions.textToBe(By.id("applicationStatus"), "待受理"));
      assertThat(driver.findElement(By.id("materialsTable")).getText())
          .contains("floor-plan-", "business-licence-", "hygiene-test-report-");
      browser.screenshot("85-apply-filed");

      browser.go("/citizen/applications.xhtml");
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("applicationsTable"), number));
      assertThat(driver.findElements(By.cssSelector("li[data-draft='" + draftId + "']"))).isEmpty();
    }
    assertThat(Casework.numbersOf(Api.as("zhangsan"))).hasSize(before.size() + 1);
  }

  @Test
  void aDraftIsDeletedFromMyApplications() {
    Api zhangsan = Api.as("zhangsan");
    long id =
        zhangsan
            .post(
                "/api/application-drafts",
                Api.json(Api.object("itemCode", "WJ-0001", "applicantName", "待删除的草稿")))
            .json()
            .path("id")
            .asLong();
    try (Browser browser = Browser.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      browser.signIn("zhangsan");
      browser.go("/citizen/applications.xhtml");
      By row = By.cssSelector("li[data-draft='" + id + "']");
      wait.until(ExpectedConditions.presenceOfElementLocated(row));
      click(driver, By.cssSelector("li[data-draft='" + id + "'] button"));
      wait.until(ExpectedConditions.elementToBeClickable(By.id("draftsForm:confirmYes"))).click();
      wait.until(ExpectedConditions.numberOfElementsToBe(row, 0));
    }
    assertThat(zhangsan.get("/api/application-drafts/" + id).status()).isEqualTo(404);
  }

  private static String activeId(WebDriver driver) {
    return (String)
        ((JavascriptExecutor) driver).executeScript("return document.activeElement.id;");
  }
}
