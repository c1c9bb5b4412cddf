package cn.oneseal.it.browser;

import static cn.oneseal.it.support.Forms.click;
import static cn.oneseal.it.support.Forms.type;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Browser;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.PageCheck;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public registration tools through the real screens: the enterprise name self-declaration (a
 * forbidden word is listed as a problem, a fresh name passes and a citizen reserves it) and the
 * unified social credit code check. Screenshots go to {@code target/screenshots/}.
 */
@ExtendWith(OneSealServer.class)
class RegistrationToolsBrowserIT {

  /** Characters that make no division, industry or forbidden word in the V6 word lists. */
  private static final String FRESH = "鑫瑞泽恒昊翔睿铭琪璟煜锦楠桐岚澜";

  @Test
  void namesAreCheckedWithEveryProblemAndAFreshOneIsReserved() {
    try (Browser browser = Browser.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));

      browser.go("/names.xhtml");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nameForm:tradeName")));
      assertThat(driver.findElement(By.id("nameForm:signInHint")).getText()).contains("登录");
      assertThat(driver.findElements(By.id("nameForm:reserveButton"))).isEmpty();

      fill(driver, "太原", "博彩", "餐饮", "有限公司");
      click(driver, By.id("nameForm:checkButton"));
      wait.until(ExpectedConditions.textToBe(By.id("fullName"), "太原博彩餐饮有限公司"));
      assertThat(driver.findElement(By.id("problemsList")).getText()).contains("博彩", "赌博");
      assertThat(driver.findElements(By.id("nameOk"))).isEmpty();
      browser.screenshot("20-name-check");

      String tradeName = freshTradeName();
      String fullName = "太原" + tradeName + "科技有限公司";
      fill(driver, "太原", tradeName, "科技", "有限公司");
      click(driver, By.id("nameForm:checkButton"));
      wait.until(ExpectedConditions.textToBe(By.id("fullName"), fullName));
      assertThat(driver.findElement(By.id("nameOk")).getText()).contains("名称可以使用");
      assertThat(driver.findElements(By.id("problemsList"))).isEmpty();

      browser.signIn("zhangsan");
      browser.go("/names.xhtml");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nameForm:tradeName")));
      assertThat(driver.findElement(By.id("nameForm:reserveButton")).isEnabled()).isFalse();
      fill(driver, "太原", tradeName, "科技", "有限公司");
      click(driver, By.id("nameForm:checkButton"));
      wait.until(ExpectedConditions.textToBe(By.id("fullName"), fullName));
      wait.until(ExpectedConditions.elementToBeClickable(By.id("nameForm:reserveButton")));
      click(driver, By.id("nameForm:reserveButton"));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reservedNotice")));
      assertThat(driver.findElement(By.id("reservedNotice")).getText())
          .contains("已为您保留至", fullName);
      PageCheck.phone(browser, "20-name-reserved");

      // the reservation leads straight on to the registration form, the name chosen
      click(driver, By.xpath("//*[@id='registerWithNameButton']/descendant-or-self::a"));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("wizardForm:entityType")));
      assertThat(
              ((JavascriptExecutor) driver)
                  .executeScript("return PF('nameChoice').getSelectedValue();"))
          .isEqualTo("140100|" + fullName);
      assertThat(driver.findElement(By.id("wizardForm:nameChoice")).getText()).contains(fullName);
      PageCheck.check(browser, "20-wizard-start-with-reserved-name");
    }
  }

  @Test
  void creditCodesAreVerified() {
    try (Browser browser = Browser.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));

      browser.go("/credit-code.xhtml?code=91350100M000100Y43");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("creditCodeValid")));
      assertThat(driver.findElement(By.id("creditCodeValid")).getText())
          .contains("91350100M000100Y43", "有效");

      type(driver, "creditCodeForm:creditCode", "91350100M000100Y44");
      click(driver, By.id("creditCodeForm:verifyButton"));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("creditCodeProblems")));
      assertThat(driver.findElement(By.id("creditCodeProblems")).getText()).contains("校验码", "第18位");
      assertThat(driver.findElements(By.id("creditCodeValid"))).isEmpty();
      browser.screenshot("21-credit-code");
    }
  }

  private static String freshTradeName() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      name.append(FRESH.charAt(random.nextInt(FRESH.length())));
    }
    return name.toString();
  }

  private static void fill(
      WebDriver driver, String region, String tradeName, String industry, String form) {
    type(driver, "nameForm:region", region);
    type(driver, "nameForm:tradeName", tradeName);
    type(driver, "nameForm:industry", industry);
    type(driver, "nameForm:organizationForm", form);
  }
}
