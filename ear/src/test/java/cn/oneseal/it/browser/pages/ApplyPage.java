package cn.oneseal.it.browser.pages;

import static cn.oneseal.it.support.Forms.type;

import cn.oneseal.it.support.Browser;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The citizen's application form ({@code /citizen/apply.xhtml}) as a test fills it. */
public final class ApplyPage {

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
}
