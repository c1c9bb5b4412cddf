package cn.oneseal.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.domain.model.application.Action;
import cn.oneseal.domain.model.application.Step;
import cn.oneseal.domain.model.registration.DepartmentField;
import cn.oneseal.domain.model.registration.DepartmentFields;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every text a person can see exists in Chinese and in English, and every refusal is translated.
 */
class BundleCompletenessTest {

  private static Properties load(String resource) {
    Properties properties = new Properties();
    try (InputStream in = BundleCompletenessTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "messages",
        "errors",
        "catalog",
        "admin",
        "registration",
        "calendar",
        "workbench",
        "trail",
        "audit",
        "statistics",
        "publications",
        "casepage"
      })
  void chineseAndEnglishHaveTheSameKeys(String bundle) {
    Properties zh = load("/cn/oneseal/web/i18n/" + bundle + "_zh_CN.properties");
    Properties en = load("/cn/oneseal/web/i18n/" + bundle + "_en.properties");
    Properties fallback = load("/cn/oneseal/web/i18n/" + bundle + ".properties");
    assertThat(en.stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(zh.stringPropertyNames());
    assertThat(fallback).isEqualTo(zh);
    zh.stringPropertyNames().forEach(key -> assertThat(zh.getProperty(key)).as(key).isNotBlank());
  }

  @Test
  void everyRefusalCodeUsedInTheCodeIsTranslated() throws IOException {
    Pattern code = Pattern.compile("\"(error\\.[A-Za-z0-9.]*[A-Za-z0-9])\"");
    Set<String> used = new TreeSet<>();
    for (String module : new String[] {"../ejb", "../workflow", "../web"}) {
      Path sources = Path.of(module, "src/main/java");
      try (Stream<Path> files = Files.walk(sources)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          Matcher m = code.matcher(Files.readString(file));
          while (m.find()) {
            used.add(m.group(1));
          }
        }
      }
    }
    assertThat(used).hasSizeGreaterThan(20);
    Properties zh = load("/cn/oneseal/web/i18n/errors_zh_CN.properties");
    Properties en = load("/cn/oneseal/web/i18n/errors_en.properties");
    assertThat(zh.stringPropertyNames()).containsAll(used);
    assertThat(en.stringPropertyNames()).containsAll(used);
  }

  /**
   * The one form's department fields are data of the domain; each needs its label and its two
   * refusals (missing, malformed) in both languages.
   */
  @Test
  void everyDepartmentFieldHasItsLabelAndRefusals() {
    Set<String> errors = new TreeSet<>();
    Set<String> labels = new TreeSet<>();
    for (DepartmentField field : DepartmentFields.ALL) {
      errors.add("error.registration.departmentField." + field.name());
      errors.add("error.registration.fieldValue." + field.name());
      labels.add("registration.field." + field.name());
    }
    for (String language : new String[] {"zh_CN", "en"}) {
      assertThat(
              load("/cn/oneseal/web/i18n/errors_" + language + ".properties").stringPropertyNames())
          .containsAll(errors);
      assertThat(
              load("/cn/oneseal/web/i18n/registration_" + language + ".properties")
                  .stringPropertyNames())
          .containsAll(labels);
    }
  }

  /** The history names every step and action of a case: each needs its words in both languages. */
  @Test
  void everyStepAndActionOfTheHistoryIsTranslated() {
    Set<String> keys = new TreeSet<>();
    for (Step step : Step.values()) {
      keys.add("step." + step.id());
    }
    for (Action action : Action.values()) {
      keys.add("action." + action.id());
    }
    assertThat(load("/cn/oneseal/web/i18n/messages_zh_CN.properties").stringPropertyNames())
        .containsAll(keys);
    assertThat(load("/cn/oneseal/web/i18n/messages_en.properties").stringPropertyNames())
        .containsAll(keys);
  }

  @Test
  void messagesAreFormattedInTheAskedLanguageWithChineseAsDefault() {
    assertThat(Messages.error("error.application.notFound", Locale.ENGLISH, "XK1"))
        .isEqualTo("Application XK1 was not found.");
    assertThat(Messages.error("error.application.notFound", Locale.GERMAN, "XK1"))
        .isEqualTo("未找到申请 XK1。");
    assertThat(Messages.error("error.application.notFound", null, "XK1")).isEqualTo("未找到申请 XK1。");
  }
}
