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

/** 多证合一: the versioned list of what the business licence replaces, public. */
@ExtendWith(OneSealServer.class)
class IntegratedCertificatesIT {

  private final Api anyone = Api.anonymous();

  private List<String> codes(JsonNode list) {
    List<String> codes = new ArrayList<>();
    list.path("certificates").forEach(c -> codes.add(c.path("code").asText()));
    return codes;
  }

  @Test
  void todayTheManyInOneListIsInForce() {
    JsonNode list =
        assertStatus(anyone.get("/api/registration/integrated-certificates"), 200).json();
    assertThat(list.path("name").asText()).isEqualTo("多证合一");
    assertThat(codes(list))
        .startsWith(
            "business-licence",
            "organisation-code",
            "tax-registration",
            "social-insurance-registration",
            "statistical-registration")
        .contains(
            "seal-engraving-filing", "housing-fund-registration", "customs-declarant-registration");
    list.path("certificates")
        .forEach(c -> assertThat(c.path("receivingDepartment").asText()).as("%s", c).isNotBlank());
  }

  @Test
  void earlierDaysGetTheListThenInForce() {
    JsonNode threeInOne =
        assertStatus(anyone.get("/api/registration/integrated-certificates?on=2016-01-01"), 200)
            .json();
    assertThat(threeInOne.path("name").asText()).isEqualTo("三证合一");
    assertThat(codes(threeInOne)).hasSize(3);
    JsonNode fiveInOne =
        assertStatus(anyone.get("/api/registration/integrated-certificates?on=2017-01-01"), 200)
            .json();
    assertThat(codes(fiveInOne)).hasSize(5).contains("social-insurance-registration");
    assertJsonError(anyone.get("/api/registration/integrated-certificates?on=2014-01-01"), 404);
    assertJsonError(anyone.get("/api/registration/integrated-certificates?on=yesterday"), 400);
  }

  @Test
  void allVersionsAreListedOldestFirst() {
    JsonNode versions = anyone.all("/api/registration/integrated-certificates/versions");
    assertThat(versions.size()).isGreaterThanOrEqualTo(3);
    assertThat(versions.get(0).path("version").asInt()).isEqualTo(1);
  }
}
