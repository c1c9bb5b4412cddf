package cn.oneseal.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Browser;
import cn.oneseal.it.support.Forms;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.PageCheck;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The accounts on the real screens: the system administrator creates a staff account (and is told
 * every problem of a wrong form at once), the security administrator gives it another role, the
 * audit administrator reads both acts in the security log, and a citizen registers herself. Every
 * screen goes through the harness at desktop and phone width.
 */
@ExtendWith(OneSealServer.class)
class AccountsBrowserIT {

  @Test
  void threeAdministratorsEachDoTheirPart() {
    String username = "staff" + UUID.randomUUID().toString().substring(0, 6);
    try (Browser browser = Browser.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));

      browser.signIn("sysadmin");
      browser.go("/admin/users.xhtml");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("accountsForm:accountsTable")));
      PageCheck.phone(browser, "accounts-list");
      browser.go("/admin/user.xhtml");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("createForm:username")));
      // a wrong form: every problem at once, nothing created
      Forms.type(driver, "createForm:username", "X");
      Forms.type(driver, "createForm:password", "short");
      Forms.click(driver, By.id("createForm:create"));
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "用户名为"));
      assertThat(driver.findElement(By.id("messages")).getText())
          .contains("密码太短", "请填写该账号显示的姓名", "账号至少需要一个角色");
      PageCheck.phone(browser, "accounts-new-refused");

      Forms.type(driver, "createForm:username", username);
      Forms.type(driver, "createForm:displayName", "测试窗口");
      Forms.type(driver, "createForm:password", "一个足够长的初始密码请本人修改");
      Forms.type(driver, "createForm:staffNumber", "B-" + username);
      Forms.click(driver, By.xpath("//label[text()='窗口受理员']"));
      Forms.click(driver, By.id("createForm:create"));
      arrived(browser, By.id("detailsForm:displayName"), "accounts-create-failed");
      assertThat(driver.findElement(By.id("rolesNow")).getText()).contains("窗口受理员");
      assertThat(driver.findElement(By.id("passwordChangeNow")).getText()).contains("须在下次登录时修改");
      assertThat(driver.findElements(By.id("securityForm:roles"))).isEmpty();
      PageCheck.phone(browser, "accounts-created");
      browser.signOut();

      browser.signIn("secadmin");
      browser.go("/admin/user.xhtml?username=" + username);
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("securityForm:roles")));
      assertThat(driver.findElements(By.id("detailsForm:displayName"))).isEmpty();
      Forms.click(driver, By.xpath("//div[@id='securityForm:roles']//label[text()='承办审查员']"));
      Forms.click(driver, By.id("securityForm:saveRoles"));
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rolesNow"), "承办审查员"));
      PageCheck.phone(browser, "accounts-security");
      browser.signOut();

      browser.signIn("auditor");
      browser.go("/admin/security-log.xhtml");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("securityLogForm:account")));
      Forms.type(driver, "securityLogForm:account", username);
      Forms.click(driver, By.id("securityLogForm:filter"));
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("securityLogForm:eventsTable"), "角色变更"));
      assertThat(driver.findElement(By.id("securityLogForm:eventsTable")).getText())
          .contains("创建账号", "sysadmin", "secadmin");
      PageCheck.phone(browser, "security-log");

      // a sign-in under a name no account has is on the log, named in words, the name typed not
      String ghost = "ghost" + UUID.randomUUID().toString().substring(0, 6);
      assertThat(Api.as(ghost, "guess").get("/api/notifications/count").status()).isEqualTo(401);
      Forms.type(driver, "securityLogForm:account", "?");
      Forms.click(driver, By.id("securityLogForm:filter"));
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("securityLogForm:eventsTable"), "（不存在的用户名）"));
      assertThat(driver.findElement(By.id("securityLogForm:eventsTable")).getText())
          .contains("登录失败")
          .doesNotContain(ghost);
      PageCheck.check(browser, "security-log-unknown-name");
    }
  }

  /** Waits for the next page; when it does not come, says what the page shows instead. */
  private static void arrived(Browser browser, By element, String screenshot) {
    try {
      new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
          .until(ExpectedConditions.presenceOfElementLocated(element));
    } catch (org.openqa.selenium.TimeoutException e) {
      browser.screenshot(screenshot);
      throw new AssertionError(
          "still on "
              + browser.driver().getCurrentUrl()
              + ": "
              + browser.driver().findElement(By.tagName("main")).getText(),
          e);
    }
  }

  @Test
  void aCitizenRegistersHerself() {
    String username = "citizen" + UUID.randomUUID().toString().substring(0, 6);
    try (Browser browser = Browser.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      // a set-up installation's setup page only says so
      browser.go("/setup.xhtml");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("setupClosed")));
      PageCheck.phone(browser, "setup-closed");
      browser.go("/login.xhtml");
      Forms.click(driver, By.id("registerLink"));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signUpForm:username")));
      Forms.type(driver, "signUpForm:displayName", "钱七");
      Forms.type(driver, "signUpForm:identityNumber", "11010519491231002X");
      Forms.type(driver, "signUpForm:mobile", "13700137000");
      Forms.type(driver, "signUpForm:username", username);
      Forms.type(driver, "signUpForm:password", "short");
      Forms.click(driver, By.id("signUpForm:register"));
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "密码太短"));
      PageCheck.phone(browser, "register-refused");
      Forms.type(driver, "signUpForm:password", "钱七的一句很好记的登录密码");
      Forms.click(driver, By.id("signUpForm:register"));
      arrived(browser, By.id("loginForm:username"), "register-failed");
      assertThat(driver.getPageSource()).contains(username);
      browser.signIn(username, "钱七的一句很好记的登录密码");
      browser.go("/citizen/applications.xhtml");
      assertThat(driver.getPageSource()).contains("钱七");
    }
  }
}
