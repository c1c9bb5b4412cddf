package cn.oneseal.application.dto;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

/** What an administrator may set as a channel's connection. */
class ChannelConnectionTest {

  private static final String SECRET = "x".repeat(32);

  @Test
  void anHttpsEndpointWithAKeyIdASecretAndATimeoutIsFine() {
    assertThat(
            new ChannelConnection(
                    "https", "https://tax.example.gov.cn/oneseal/pushes", "tax-2026", SECRET, 10)
                .normalized()
                .problems())
        .isEmpty();
  }

  @Test
  void plainHttpOnlyToThisMachine() {
    assertThat(ChannelConnection.urlProblem("http://127.0.0.1:8123/receive")).isEmpty();
    assertThat(ChannelConnection.urlProblem("http://localhost/receive")).isEmpty();
    assertThat(ChannelConnection.urlProblem("http://[::1]:9000/")).isEmpty();
    assertThat(ChannelConnection.urlProblem("http://tax.example.gov.cn/receive"))
        .contains("error.channel.urlNotHttps");
    assertThat(ChannelConnection.urlProblem("http://127.0.0.1.example.com/"))
        .contains("error.channel.urlNotHttps");
  }

  @Test
  void whatIsNotAnAddressIsRefused() {
    assertThat(ChannelConnection.urlProblem("not a url")).contains("error.channel.url");
    assertThat(ChannelConnection.urlProblem("/relative/path")).contains("error.channel.url");
    assertThat(ChannelConnection.urlProblem("ftp://tax.example.gov.cn/"))
        .contains("error.channel.url");
    assertThat(ChannelConnection.urlProblem("https://user:pw@tax.example.gov.cn/"))
        .contains("error.channel.url");
  }

  @Test
  void everyProblemIsReportedAtOnceByField() {
    assertThat(
            new ChannelConnection("smtp", "http://tax.example.gov.cn/", "bad key", "short", 0)
                .normalized()
                .problems())
        .extracting(DomainException.Detail::field)
        .containsExactly("mode", "endpointUrl", "keyId", "secret", "timeoutSeconds");
  }

  @Test
  void blanksAreAbsentAndTheSecretIsNeverPrinted() {
    ChannelConnection blank = new ChannelConnection(" simulated ", " ", "", "", null).normalized();
    assertThat(blank.mode()).isEqualTo("simulated");
    assertThat(blank.endpointUrl()).isNull();
    assertThat(blank.keyId()).isNull();
    assertThat(blank.secret()).isNull();
    assertThat(blank.problems()).isEmpty();
    assertThat(new ChannelConnection("https", null, null, SECRET + "!", 5).toString())
        .doesNotContain(SECRET);
  }
}
