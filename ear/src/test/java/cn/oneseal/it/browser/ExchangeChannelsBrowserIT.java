package cn.oneseal.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Browser;
import cn.oneseal.it.support.OneSealServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The administrator closes a department's data-sharing channel with a note for staff and opens it
 * again, on the real screen; other roles do not reach the page.
 */
@ExtendWith(OneSealServer.class)
class ExchangeChannelsBrowserIT {

  private static final String CHANNEL = "statistical-registration";
  private static final By STATUS = By.id("status-" + CHANNEL);
  private static final String ROW = "//tr[.//span[@id='status-" + CHANNEL + "']]";

  @Test
  void anAdministratorClosesAndReopensAChannel() {
    try (Browser browser = Browser.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      browser.signIn("admin");

      browser.go("/admin/items.xhtml");
      WebElement channels =
          wait.until(ExpectedConditions.elementToBeClickable(By.id("channelsButton")));
      browser.screenshot("40-admin-items");
      click(driver, channels);
      wait.until(ExpectedConditions.visibilityOfElementLocated(STATUS));
      assertThat(driver.findElement(STATUS).getText()).isEqualTo("畅通");
      assertThat(driver.findElement(By.id("channelsForm:channelsTable")).getText())
          .contains("统计登记证", "统计部门", "税务登记证", "税务部门");

      WebElement note = driver.findElement(By.xpath(ROW + "//input[contains(@id, ':note')]"));
      note.clear();
      note.sendKeys("统计联网直报平台维护");
      click(driver, driver.findElement(By.xpath(ROW + "//button[contains(@id, ':close')]")));
      wait.until(ExpectedConditions.textToBe(STATUS, "已关闭"));
      assertThat(driver.findElement(By.id("channelsForm:messages")).getText())
          .contains("已关闭", "统计登记证");
      browser.screenshot("40-channels-closed");

      click(driver, driver.findElement(By.xpath(ROW + "//button[contains(@id, ':open')]")));
      wait.until(ExpectedConditions.textToBe(STATUS, "畅通"));
      assertThat(driver.findElement(By.xpath(ROW)).getText()).contains("admin");
    }
  }

  /**
   * The connection form refuses what may not be set — plain HTTP to another machine, a short secret
   * — with every problem at once, and changes nothing; the channel stays simulated.
   */
  @Test
  void theConnectionFormRefusesPlainHttpAndAShortSecret() {
    String housing = "housing-fund-registration";
    By mode = By.id("mode-" + housing);
    String row = "//tr[.//span[@id='status-" + housing + "']]";
    try (Browser browser = Browser.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      browser.signIn("admin");
      browser.go("/admin/channels.xhtml");
      wait.until(ExpectedConditions.visibilityOfElementLocated(mode));
      assertThat(driver.findElement(mode).getText()).isEqualTo("模拟（演示）");

      click(driver, driver.findElement(By.xpath(row + "//button[contains(@id, ':connect')]")));
      WebElement endpoint =
          wait.until(
              ExpectedConditions.visibilityOfElementLocated(By.id("connectionForm:endpointUrl")));
      click(driver, driver.findElement(By.cssSelector("label[for='connectionForm:mode:1']")));
      endpoint.sendKeys("http://department.example/receive");
      driver.findElement(By.id("connectionForm:keyId")).sendKeys("housing-1");
      driver.findElement(By.id("connectionForm:secret")).sendKeys("short");
      click(driver, driver.findElement(By.id("connectionForm:saveConnection")));

      By messages = By.id("connectionForm:connectionMessages");
      wait.until(ExpectedConditions.textToBePresentInElementLocated(messages, "HTTPS"));
      assertThat(driver.findElement(messages).getText()).contains("32");
      browser.screenshot("41-channel-connection-refused");
      assertThat(driver.findElement(By.id("connectionForm:secret")).getAttribute("value"))
          .as("a refused secret is not sent back")
          .isEmpty();

      click(driver, driver.findElement(By.id("connectionForm:cancelConnection")));
      wait.until(
          ExpectedConditions.invisibilityOfElementLocated(By.id("connectionForm:endpointUrl")));
      assertThat(driver.findElement(mode).getText()).isEqualTo("模拟（演示）");
    }
  }

  @Test
  void aClerkDoesNotReachTheAdministrationPage() {
    try (Browser browser = Browser.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      browser.signIn("clerk");
      browser.go("/admin/channels.xhtml");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("errorTitle")));
      assertThat(driver.findElement(By.id("errorStatus")).getText()).isEqualTo("403");
      assertThat(driver.findElements(STATUS)).isEmpty();
    }
  }

  private static void click(WebDriver driver, WebElement element) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }
}
