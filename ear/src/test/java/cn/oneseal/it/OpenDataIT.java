package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Casework;
import cn.oneseal.it.support.OneSealServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The open data (政府数据开放, policy §14; issue 20) on the running server, dataset by dataset as the
 * list names them, so that a new dataset is checked by being listed: each matches its JSON Schema,
 * its CSV has a row per record, and neither holds an identity number, a mobile phone or a demo
 * citizen's name. The catalogue's items with their time limits; the volumes and on-time rates per
 * item and month, with every count under 5 suppressed.
 */
@ExtendWith(OneSealServer.class)
class OpenDataIT {

  private static final Api PUBLIC = Api.anonymous();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The demo citizens' names (DemoData): natural persons who file in every test run. */
  private static final List<String> CITIZENS = List.of("张三", "李四", "王五");

  @Test
  void everyListedDatasetMatchesItsSchemaAndHoldsNoPersonalData() throws Exception {
    // cases of this month, so that the volumes have rows
    Casework.submit(Api.as("zhangsan"));
    List<String> ids = new ArrayList<>();
    for (JsonNode d : assertStatus(PUBLIC.get("/api/open-data"), 200).items()) {
      ids.add(d.path("id").asText());
      assertThat(d.path("licence").path("id").asText()).isEqualTo("CC-BY-4.0");
    }
    assertThat(ids).contains("items", "case-volumes", "publications", "technical-contracts");
    for (String id : ids) {
      String json = assertStatus(PUBLIC.get("/api/open-data/" + id + ".json"), 200).body();
      JsonNode document = JSON.readTree(json);
      JsonNode schema =
          JSON.readTree(
              assertStatus(PUBLIC.get("/api/open-data/" + id + ".schema.json"), 200).body());
      assertThat(
              JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                  .getSchema(schema)
                  .validate(document))
          .as("%s against its schema", id)
          .isEmpty();
      String csv = assertStatus(PUBLIC.get("/api/open-data/" + id + ".csv"), 200).body();
      assertThat(csv.split("\r\n"))
          .as("%s: a CSV row per record", id)
          .hasSize(document.path("records").size() + 1);
      for (String data : List.of(json, csv)) {
        String withoutCodes =
            data.replaceAll("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}", "");
        assertThat(PublicationsIT.IDENTITY_NUMBER.matcher(withoutCodes).find())
            .as("an identity number in %s", id)
            .isFalse();
        assertThat(PublicationsIT.MOBILE.matcher(withoutCodes).find())
            .as("a phone in %s", id)
            .isFalse();
        for (String name : CITIZENS) {
          assertThat(data).as("a citizen's name in %s", id).doesNotContain(name);
        }
      }
    }
  }

  @Test
  void theItemsCarryTheirTimeLimits() {
    JsonNode records =
        assertStatus(PUBLIC.get("/api/open-data/items.json"), 200).json().path("records");
    JsonNode contract = null;
    for (JsonNode r : records) {
      if (r.path("itemCode").asText().equals("KJ-0001")) {
        contract = r;
      }
    }
    assertThat(contract).as("KJ-0001 in %s", records).isNotNull();
    assertThat(contract.path("nameZh").asText()).isEqualTo("技术合同认定登记");
    assertThat(contract.path("statutoryDays").asInt()).isEqualTo(15);
    assertThat(contract.path("promisedDays").asInt()).isEqualTo(5);
    assertThat(contract.path("section").asText()).isEqualTo("科技创新审批科");
    assertThat(records.size()).isEqualTo(Casework.catalogue().size());
  }

  @Test
  void theMonthlyVolumesSuppressEveryCountUnderFive() {
    String item = Casework.anyItemCode();
    Api citizen = Api.as("wangwu");
    for (int i = 0; i < 5; i++) {
      Casework.submit(citizen, item);
    }
    String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
    JsonNode records =
        assertStatus(PUBLIC.get("/api/open-data/case-volumes.json"), 200).json().path("records");
    JsonNode mine = null;
    for (JsonNode r : records) {
      if (r.path("month").asText().equals(month) && r.path("itemCode").asText().equals(item)) {
        mine = r;
      }
      for (String count : List.of("received", "accepted", "decided")) {
        JsonNode value = r.path(count);
        if (!value.isMissingNode() && !value.isNull()) {
          assertThat(value.asLong())
              .as("%s of %s", count, r)
              .satisfiesAnyOf(
                  v -> assertThat(v).isZero(), v -> assertThat(v).isGreaterThanOrEqualTo(5));
        }
      }
      if (present(r.path("onTimeRate"))) {
        assertThat(r.path("decided").asLong())
            .as("a rate of at least 5 decided: %s", r)
            .isGreaterThanOrEqualTo(5);
      }
      boolean hidden =
          !present(r.path("received"))
              || !present(r.path("accepted"))
              || !present(r.path("decided"));
      if (hidden) {
        assertThat(r.path("suppressed").asBoolean()).as("%s", r).isTrue();
      }
    }
    assertThat(mine).as("%s of %s in %s", item, month, records).isNotNull();
    assertThat(mine.path("received").asLong()).isGreaterThanOrEqualTo(5);
  }

  @Test
  void theTechnicalContractsAreCountedPerYearAndTypeWithoutSmallCounts() {
    JsonNode records =
        assertStatus(PUBLIC.get("/api/open-data/technical-contracts.json"), 200)
            .json()
            .path("records");
    int year = YearMonth.now(ZoneId.of("Asia/Shanghai")).getYear();
    List<String> types = new ArrayList<>();
    for (JsonNode r : records) {
      if (r.path("year").asInt() == year) {
        types.add(r.path("contractType").asText());
      }
      if (present(r.path("contracts"))) {
        assertThat(r.path("contracts").asLong())
            .as("%s", r)
            .satisfiesAnyOf(
                v -> assertThat(v).isZero(), v -> assertThat(v).isGreaterThanOrEqualTo(5));
      } else {
        assertThat(r.path("suppressed").asBoolean()).as("%s", r).isTrue();
        assertThat(present(r.path("amountFen"))).as("no sums of a few contracts: %s", r).isFalse();
      }
    }
    assertThat(types)
        .containsExactly("development", "transfer", "licensing", "consulting", "service");
  }

  private static boolean present(JsonNode value) {
    return !value.isMissingNode() && !value.isNull();
  }
}
