package cn.oneseal.it.browser.pages;

import static cn.oneseal.it.support.Forms.click;
import static cn.oneseal.it.support.Forms.type;

import cn.oneseal.it.support.Browser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The citizen's filing form ({@code /citizen/apply.xhtml}) as a test fills it: the answers, the
 * materials checklist (one upload per material), "核对信息", and the filing.
 */
public final class ApplyPage {

  /** The required materials of 公共场所卫生许可 (WJ-0001), in the checklist's order. */
  public static final List<String> HYGIENE_MATERIALS =
      List.of("application-form", "business-licence", "floor-plan", "hygiene-test-report");

  private ApplyPage() {}

  /** Opens the form of the public-place hygiene licence and fills in 张三's application. */
  public static void openHygieneLicenceFilledIn(Browser browser) {
    browser.go("/citizen/apply.xhtml?item=WJ-0001");
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("applyForm:applicantName")));
    type(browser.driver(), "applyForm:applicantName", "张三");
    type(browser.driver(), "applyForm:contactPhone", "13800138000");
    type(browser.driver(), "applyForm:description", "在迎泽大街开设理发店，申请公共场所卫生许可。");
  }

  /** The checklist entry of one material. */
  public static By material(String requirement) {
    return By.cssSelector("li[data-requirement='" + requirement + "']");
  }

  /** Sends a file to one material's upload, without waiting for the answer. */
  public static void chooseFile(Browser browser, String requirement, Path file) {
    browser
        .driver()
        .findElement(material(requirement))
        .findElement(By.cssSelector("input[type='file']"))
        .sendKeys(file.toString());
  }

  /** Uploads a file for one material and waits until the checklist ticks it with the file. */
  public static void upload(Browser browser, String requirement, Path file) {
    chooseFile(browser, requirement, file);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              var entry = d.findElement(material(requirement));
              return entry.getAttribute("class").contains("os-apply-done")
                  && entry.getText().contains(file.getFileName().toString());
            });
  }

  /** Uploads a small PDF for each of the materials. */
  public static void uploadPdfs(Browser browser, List<String> requirements) throws IOException {
    for (String requirement : requirements) {
      Path file = Files.createTempFile(requirement + "-", ".pdf");
      Files.writeString(file, "%PDF-1.4 " + requirement + "\n%%EOF\n", StandardCharsets.US_ASCII);
      upload(browser, requirement, file);
    }
  }

  /** "下一步：核对信息", expecting the answers. */
  public static void toCheck(Browser browser) {
    click(browser.driver(), By.id("applyForm:reviewButton"));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("applyForm:checkPanel")));
  }

  /** "提交申请" on the answers, expecting the new application's page; returns its number. */
  public static String submit(Browser browser) {
    WebDriver driver = browser.driver();
    click(driver, By.id("applyForm:submitButton"));
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.urlContains("/application.xhtml?number="));
    String url = driver.getCurrentUrl();
    return url.substring(url.indexOf("number=") + "number=".length()).replaceAll("[&#].*", "");
  }
}
