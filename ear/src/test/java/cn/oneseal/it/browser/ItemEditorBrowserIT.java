package cn.oneseal.it.browser;

import static cn.oneseal.it.support.Forms.type;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Browser;
import cn.oneseal.it.support.Casework;
import cn.oneseal.it.support.OneSealServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The administrators' item editor saving through the real form (one form object shared with the
 * API): a revised English fee text becomes the item's next version, with its change note on record.
 */
@ExtendWith(OneSealServer.class)
class ItemEditorBrowserIT {

  /** An item no other test reads field by field. */
  private static final String CODE = "JT-0003";

  @Test
  void anAdministratorRevisesAnItemAndTheNewVersionIsOnRecord() {
    Api admin = Api.as("admin");
    int before = admin.all("/api/items/" + CODE + "/versions").size();
    String note = "浏览器测试修订收费说明 " + System.nanoTime();
    try (Browser browser = Browser.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      browser.signIn("admin");
      browser.go("/admin/item.xhtml?code=" + CODE);
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("itemForm:feeEn")));
      type(driver, "itemForm:feeEn", "Free of charge");
      type(driver, "itemForm:changeNote", note);
      browser.screenshot("60-admin-item-editor");
      browser.click(driver.findElement(By.id("itemForm:saveButton")));
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("versionsTable"), note));
      browser.screenshot("60-admin-item-editor-saved");
    }
    JsonNode versions =
        Casework.await(
            "version " + (before + 1) + " of " + CODE,
            () -> admin.all("/api/items/" + CODE + "/versions"),
            found -> found.size() == before + 1);
    assertThat(
            StreamSupport.stream(versions.spliterator(), false)
                .anyMatch(v -> note.equals(v.path("changeNote").asText())))
        .isTrue();
  }
}
