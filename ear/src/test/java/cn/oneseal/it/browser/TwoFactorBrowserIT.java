package cn.oneseal.it.browser;

import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Browser;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.PageCheck;
import cn.oneseal.it.support.SignInPages;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two-factor sign-in on the real screen: a member of staff opens "two-factor sign-in" from the user
 * menu, scans (here: reads) the secret, confirms with a code and sees the recovery codes once; the
 * next sign-in asks for the code on a second page. The account pages for access tokens and the
 * password pass the screen harness too (at 390 px).
 */
@ExtendWith(OneSealServer.class)
class TwoFactorBrowserIT {

  private static final String PERSON = "officer3";

  @Test
  void aPersonEnrolsFromTheUserMenuAndThenSignsInWithACode() {
    try (Browser browser = Browser.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      browser.signIn(PERSON);
      browser.click(driver.findElement(By.cssSelector(".os-user-menu > summary")));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("menuTwoFactor")));
      browser.screenshot("70-user-menu-1366");
      browser.click(driver.findElement(By.id("menuTwoFactor")));

      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("secretText")));
      String secret = driver.findElement(By.id("secretText")).getText().replace(" ", "");
      assertThat(driver.findElement(By.cssSelector(".os-qr svg")).isDisplayed()).isTrue();
      PageCheck.phone(browser, "70-two-factor-enrol");

      driver.findElement(By.id("twoFactorForm:code")).sendKeys(SignInPages.code(secret, 0));
      browser.click(driver.findElement(By.id("twoFactorForm:confirmButton")));
      wait.until(
          ExpectedConditions.visibilityOfElementLocated(By.id("twoFactorForm:recoveryCodes")));
      assertThat(driver.findElements(By.cssSelector(".os-recovery-code"))).hasSize(10);
      PageCheck.phone(browser, "71-two-factor-recovery-codes");

      browser.go("/account/tokens.xhtml");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tokenForm:tokenName")));
      driver.findElement(By.id("tokenForm:tokenName")).sendKeys("报表脚本");
      browser.click(driver.findElement(By.id("tokenForm:createTokenButton")));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tokenText")));
      assertThat(driver.findElement(By.id("tokenText")).getText()).startsWith("os_");
      PageCheck.phone(browser, "72-access-tokens");

      browser.go("/account/password.xhtml");
      wait.until(
          ExpectedConditions.visibilityOfElementLocated(By.id("passwordForm:currentPassword")));
      PageCheck.phone(browser, "73-password-change");

      browser.signOut();
      browser.go("/login.xhtml");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("loginForm:username")));
      driver.findElement(By.id("loginForm:username")).sendKeys(PERSON);
      driver.findElement(By.id("loginForm:password")).sendKeys(Api.DEMO_PASSWORD);
      browser.click(driver.findElement(By.id("loginForm:loginButton")));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("codeForm:code")));
      assertThat(driver.findElements(By.id("logoutForm:logoutLink"))).isEmpty();
      PageCheck.phone(browser, "74-second-factor");

      driver.findElement(By.id("codeForm:code")).sendKeys(SignInPages.code(secret, 1));
      browser.click(driver.findElement(By.id("codeForm:verifyButton")));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logoutForm:logoutLink")));
      assertThat(driver.getCurrentUrl()).contains("/staff/inbox.xhtml");
      browser.screenshot("75-signed-in-with-code-1366");
    } finally {
      // the demo account goes back to signing in with its password alone
      assertStatus(
          Api.as("secadmin").post("/api/admin/users/" + PERSON + "/two-factor/reset"), 204);
    }
  }
}
