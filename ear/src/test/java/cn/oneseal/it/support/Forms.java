package cn.oneseal.it.support;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** What the browser tests do to a form, as a person would: type into a field, click a control. */
public final class Forms {

  private Forms() {}

  /** Replaces the text of the field with this id. */
  public static void type(WebDriver driver, String id, String text) {
    WebElement input = driver.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  /** Scrolls the control into the middle of the screen (not under a sticky header) and clicks. */
  public static void click(WebDriver driver, By by) {
    WebElement element = driver.findElement(by);
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }
}
