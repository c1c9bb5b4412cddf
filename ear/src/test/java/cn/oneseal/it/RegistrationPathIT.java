package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertJsonError;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Casework;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.PageSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A registration item (多证合一: SC-0002 company, SC-0003 individual business, SC-0011 partnership,
 * SC-0012 cooperative) is filed with the one form of the registration wizard and in no other way:
 * the catalogue's "在线申请" leads there, the generic form redirects there, and the generic filing API
 * refuses it, naming the registration API.
 */
@ExtendWith(OneSealServer.class)
class RegistrationPathIT {

  private static final Map<String, String> TYPES =
      Map.of(
          "SC-0002", "company",
          "SC-0003", "individual-business",
          "SC-0011", "partnership",
          "SC-0012", "cooperative");

  private final Api zhangsan = Api.as("zhangsan");

  @Test
  void theGenericFilingOfARegistrationItemIsRefusedAndNothingIsFiled() {
    long before = zhangsan.get("/api/applications?size=1").json().path("total").asLong();
    // the establishments and the change registration (变更登记, SC-0013): the one form only
    List<String> formItems = new ArrayList<>(TYPES.keySet());
    formItems.add("SC-0013");
    for (String item : formItems) {
      JsonNode refused =
          assertJsonError(
              zhangsan.post(
                  "/api/applications",
                  Casework.submissionBody(item, Casework.form("张三")),
                  "Idempotency-Key",
                  UUID.randomUUID().toString()),
              409);
      assertThat(refused.path("code").asText()).isEqualTo("error.application.registrationByForm");
      assertThat(refused.path("message").asText()).contains(item, "/api/registrations", "一表申请");
    }
    JsonNode english =
        assertJsonError(
            zhangsan.post(
                "/api/applications",
                Casework.submissionBody("SC-0002", Casework.form("张三")),
                "Idempotency-Key",
                UUID.randomUUID().toString(),
                "Accept-Language",
                "en"),
            409);
    assertThat(english.path("message").asText())
        .contains("registration form", "/api/registrations/{id}/submit");
    assertThat(zhangsan.get("/api/applications?size=1").json().path("total").asLong())
        .isEqualTo(before);
  }

  @Test
  void theGenericFormRedirectsARegistrationItemToTheWizard() {
    PageSession citizen = PageSession.signedIn("zhangsan");
    TYPES.forEach(
        (item, type) -> {
          PageSession.Answer answer = citizen.get("/citizen/apply.xhtml?item=" + item);
          assertThat(answer.status()).as("%s: %s", item, answer.body()).isEqualTo(302);
          assertThat(answer.header("Location")).endsWith("/citizen/register.xhtml?type=" + type);
        });
    // an ordinary item keeps its generic form
    PageSession.Answer plain = citizen.get("/citizen/apply.xhtml?item=" + Casework.anyItemCode());
    assertThat(plain.status()).isEqualTo(200);
    assertThat(plain.body()).contains("id=\"applyForm");
  }

  @Test
  void theCataloguesApplyButtonOfARegistrationItemLeadsToTheWizard() {
    PageSession citizen = PageSession.signedIn("zhangsan");
    String list = citizen.get("/index.xhtml").body().replace("&amp;", "&");
    for (Map.Entry<String, String> e : TYPES.entrySet()) {
      assertThat(list)
          .contains("/citizen/register.xhtml?type=" + e.getValue())
          .doesNotContain("/citizen/apply.xhtml?item=" + e.getKey() + "\"")
          .doesNotContain("/citizen/apply.xhtml?item=" + e.getKey() + "'");
      String guide = citizen.get("/item.xhtml?code=" + e.getKey()).body().replace("&amp;", "&");
      assertThat(guide)
          .contains("/citizen/register.xhtml?type=" + e.getValue())
          .doesNotContain("/citizen/apply.xhtml?item=" + e.getKey());
    }
    // an ordinary item's button still opens the generic form
    assertThat(list).contains("/citizen/apply.xhtml?item=" + Casework.anyItemCode());
  }
}
