package cn.oneseal.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Pages get their policy from PrimeFaces (web.xml), every other answer from the filter: the two
 * must be one policy, whose last directive is script-src (PrimeFaces appends the nonce to it).
 */
class ContentSecurityPolicyTest {

  @Test
  void pagesAndOtherAnswersShareOnePolicy() throws Exception {
    String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
    Matcher policy =
        Pattern.compile(
                "<param-name>primefaces.CSP_POLICY</param-name>\\s*<param-value>([^<]*)</param-value>")
            .matcher(webXml);
    assertThat(policy.find()).as("primefaces.CSP_POLICY in web.xml").isTrue();
    assertThat(policy.group(1)).isEqualTo(ContentSecurityPolicy.POLICY);
    assertThat(webXml)
        .containsPattern("<param-name>primefaces.CSP</param-name>\\s*<param-value>true<");
  }

  @Test
  void scriptsOnlyFromTheApplicationAndNeverFramed() {
    String[] directives = ContentSecurityPolicy.POLICY.split(";\\s*");
    assertThat(directives[directives.length - 1]).isEqualTo("script-src 'self'");
    assertThat(ContentSecurityPolicy.POLICY)
        .contains("frame-ancestors 'none'", "object-src 'none'", "default-src 'self'")
        .doesNotContain("unsafe-eval")
        .doesNotContainPattern("script-src[^;]*unsafe-inline");
  }
}
