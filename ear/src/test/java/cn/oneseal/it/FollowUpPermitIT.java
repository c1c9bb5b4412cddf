package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertJsonError;
import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.OneSealServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The business scope decides the follow-up permits through the deployed decision table. */
@ExtendWith(OneSealServer.class)
class FollowUpPermitIT {

  private final Api anyone = Api.anonymous();

  private JsonNode permits(String body) {
    return assertStatus(anyone.post("/api/registration/follow-up-permits", body), 200).json();
  }

  @Test
  void aRestaurantAndATravelAgencyNeedTheirPermitsAndSoftwareNeedsNone() {
    JsonNode result = permits("{\"industryCodes\": [\"6210\", \"7271\", \"6513\"]}");
    List<String> items = new ArrayList<>();
    result.forEach(
        p -> items.add(p.path("industryCode").asText() + "→" + p.path("itemCode").asText()));
    assertThat(items).containsExactly("6210→SC-0001", "7271→WL-0002");
    assertThat(result.get(0).path("itemName").asText()).isEqualTo("食品经营许可");
    assertThat(result.get(0).path("reason").asText()).isNotBlank();
  }

  @Test
  void badIndustryCodesAreRefusedWithAClearMessage() {
    JsonNode error =
        assertJsonError(
            anyone.post("/api/registration/follow-up-permits", "{\"industryCodes\": [\"62\"]}"),
            400);
    assertThat(error.path("code").asText()).isEqualTo("error.industryCode.format");
    assertThat(
            assertJsonError(
                    anyone.post("/api/registration/follow-up-permits", "{\"industryCodes\": []}"),
                    400)
                .path("code")
                .asText())
        .isEqualTo("error.industryCode.list");
    assertJsonError(anyone.post("/api/registration/follow-up-permits", "{"), 400);
  }
}
