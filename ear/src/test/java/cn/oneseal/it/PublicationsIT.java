package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertJsonError;
import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static cn.oneseal.it.support.Casework.DECIDE;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.domain.model.registration.CreditCode;
import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Casework;
import cn.oneseal.it.support.OneSealServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 双公示 on the deployed server: an approved case is published by the publication job within seconds
 * (the test server runs it every 2 s) — an entity by its name and credit code, a natural person by
 * the surname alone — while a denial is not; the public list pages and refuses bad input; the open
 * dataset carries the same records without personal data. Sanctions and revocations arrive as
 * {@code SubjectFact} events that no endpoint on this branch fires yet: their observer is proven by
 * {@code SubjectFactPublisherTest}.
 */
@ExtendWith(OneSealServer.class)
class PublicationsIT {

  private static final Api PUBLIC = Api.anonymous();

  static final Pattern IDENTITY_NUMBER = Pattern.compile("(?<!\\d)\\d{17}[\\dXx](?![\\dA-Z])");
  static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");

  @Test
  void anApprovedEntityIsPublishedByNameAndCreditCodeAndADenialIsNot() {
    String denied = uniqueCreditCode();
    String deniedNumber = decide(form("山西双公示不予许可测试有限公司", denied), "deny");
    String creditCode = uniqueCreditCode();
    String entity = "山西双公示测试" + suffix() + "有限公司";
    String number = decide(form(entity, creditCode), "approve");
    JsonNode application = Casework.application(Api.as("zhangsan"), number);

    JsonNode row = awaitPublished(creditCode);
    assertThat(row.path("kind").asText()).isEqualTo("licensing");
    assertThat(row.path("holderName").asText()).isEqualTo(entity);
    assertThat(row.path("naturalPerson").asBoolean()).isFalse();
    assertThat(row.path("creditCode").asText()).isEqualTo(creditCode);
    assertThat(row.path("itemCode").asText()).isEqualTo(application.path("itemCode").asText());
    assertThat(row.path("itemName").path("zh").asText()).isNotBlank();
    assertThat(row.path("itemName").path("en").asText()).isNotBlank();
    assertThat(row.path("authority").asText()).isEqualTo("BUREAU");
    assertThat(row.path("documentNumber").asText()).isNotBlank();
    assertThat(LocalDate.parse(row.path("decidedOn").asText()))
        .isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")));
    assertThat(LocalDate.parse(row.path("dueOn").asText()))
        .isAfter(LocalDate.parse(row.path("decidedOn").asText()));
    assertThat(row.path("publishedAt").asText()).isNotBlank();
    // the applicant's phone is never published (the decision's number, formed by the issuer, may
    // carry the case number: the decision itself is public under art. 40)
    assertThat(row.toString()).doesNotContain("13800138000");

    // found by the decision's number too; the denial, decided before, is not published
    assertThat(search("q=" + encode(row.path("documentNumber").asText())).path("total").asInt())
        .isEqualTo(1);
    assertThat(search("q=" + denied).path("total").asInt()).as(deniedNumber).isZero();

    // the case's trail records the publication (supervisors read it)
    Casework.await(
        "the publication in the case's audit trail",
        () -> Api.as("supervisor").get("/api/audit?application=" + number + "&size=100").body(),
        body -> body.contains("publication.published"));
  }

  @Test
  void aNaturalPersonIsPublishedByTheSurnameOnly() {
    String given = suffix();
    String fullName = "亓官" + given;
    decide(form(fullName, null), "approve");

    JsonNode page =
        Casework.await(
            "the natural person's publication",
            () -> search("q=" + encode("亓官") + "&kind=licensing&size=100"),
            p -> p.path("total").asInt() > 0);
    for (JsonNode row : page.path("items")) {
      assertThat(row.path("holderName").asText()).isEqualTo("亓官**");
      assertThat(row.path("naturalPerson").asBoolean()).isTrue();
      assertThat(absent(row.path("creditCode"))).as("%s", row).isTrue();
    }
    // the full name can be found nowhere: not in the list, not by searching it, not in the data
    assertThat(search("size=100").toString()).doesNotContain(fullName);
    assertThat(search("q=" + encode(fullName)).path("total").asInt()).isZero();
    assertThat(assertStatus(PUBLIC.get("/api/open-data/publications.json"), 200).body())
        .doesNotContain(fullName)
        .contains("亓官**");
  }

  @Test
  void theListPagesAndFilters() {
    decide(form("山西双公示分页测试有限公司", uniqueCreditCode()), "approve");
    decide(form("山西双公示分页测试二有限公司", uniqueCreditCode()), "approve");
    Casework.await("two publications", () -> search("size=1"), p -> p.path("total").asInt() >= 2);

    JsonNode first = search("size=1&page=0&sort=decidedOn,asc");
    JsonNode second = search("size=1&page=1&sort=decidedOn,asc");
    assertThat(first.path("items")).hasSize(1);
    assertThat(second.path("items")).hasSize(1);
    assertThat(first.path("items").get(0).path("id"))
        .isNotEqualTo(second.path("items").get(0).path("id"));
    assertThat(search("page=100000").path("items")).isEmpty();

    String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    JsonNode todays = search("from=" + today + "&to=" + today + "&kind=licensing&size=100");
    assertThat(todays.path("total").asInt()).isGreaterThanOrEqualTo(2);
    todays.path("items").forEach(r -> assertThat(r.path("decidedOn").asText()).isEqualTo(today));
    assertThat(search("kind=sanction&from=" + today).path("total").asInt()).isZero();
    assertThat(search("to=2000-01-01").path("total").asInt()).isZero();
  }

  @Test
  void badInputIsRefusedWithEveryProblemAtOnce() {
    JsonNode paging = assertJsonError(PUBLIC.get("/api/publications?page=-1&size=500"), 400);
    assertThat(fields(paging)).containsExactlyInAnyOrder("page", "size");
    assertThat(fields(assertJsonError(PUBLIC.get("/api/publications?sort=holderName"), 400)))
        .containsExactly("sort");

    JsonNode filters =
        assertJsonError(
            PUBLIC.get(
                "/api/publications?kind=fine&from=2026-13-01&to=yesterday&q=" + "x".repeat(101)),
            400);
    assertThat(fields(filters)).containsExactlyInAnyOrder("q", "kind", "from", "to");
    assertThat(filters.path("code").asText()).startsWith("error.publications.");

    JsonNode order =
        assertJsonError(PUBLIC.get("/api/publications?from=2026-12-31&to=2026-01-01"), 400);
    assertThat(order.path("code").asText()).isEqualTo("error.publications.fromAfterTo");

    JsonNode english =
        assertJsonError(PUBLIC.get("/api/publications?kind=fine", "Accept-Language", "en"), 400);
    assertThat(english.path("message").asText()).contains("licensing, sanction, revocation");

    // nothing is written through the publications or the open data
    for (String path :
        List.of("/api/publications", "/api/open-data", "/api/open-data/publications.json")) {
      int status = Api.as("supervisor").post(path, "{}").status();
      assertThat(status).as("POST %s", path).isIn(404, 405);
    }
    assertJsonError(PUBLIC.get("/api/open-data/no-such-set.json"), 404);
    assertJsonError(PUBLIC.get("/api/open-data/publications.xml"), 404);
  }

  @Test
  void theOpenDataListNamesTheDatasetWithItsLicenceFormatsAndSchema() {
    JsonNode list = assertStatus(PUBLIC.get("/api/open-data"), 200).items();
    JsonNode publications = null;
    for (JsonNode d : list) {
      if (d.path("id").asText().equals("publications")) {
        publications = d;
      }
    }
    assertThat(publications).as("%s", list).isNotNull();
    assertThat(publications.path("titleZh").asText()).contains("双公示");
    assertThat(publications.path("titleEn").asText()).isNotBlank();
    assertThat(publications.path("licence").path("id").asText()).isEqualTo("CC-BY-4.0");
    assertThat(publications.path("licence").path("url").asText())
        .isEqualTo("https://creativecommons.org/licenses/by/4.0/");
    assertThat(publications.path("formats").path("json").asText())
        .isEqualTo("/api/open-data/publications.json");
    assertThat(publications.path("formats").path("csv").asText())
        .isEqualTo("/api/open-data/publications.csv");
    assertThat(publications.path("schemaUrl").asText())
        .isEqualTo("/api/open-data/publications.schema.json");
  }

  @Test
  void theDatasetMatchesItsSchemaAndHoldsNoPersonalData() throws Exception {
    String person = "司马" + suffix();
    decide(form(person, null), "approve");
    String creditCode = uniqueCreditCode();
    decide(form("山西开放数据测试有限公司", creditCode), "approve");
    awaitPublished(creditCode);
    Casework.await(
        "the natural person's publication",
        () -> search("q=" + encode("司马") + "&size=1"),
        p -> p.path("total").asInt() > 0);

    String json = assertStatus(PUBLIC.get("/api/open-data/publications.json"), 200).body();
    JsonNode document = new ObjectMapper().readTree(json);
    JsonNode schema =
        new ObjectMapper()
            .readTree(
                assertStatus(PUBLIC.get("/api/open-data/publications.schema.json"), 200).body());
    var problems =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(schema)
            .validate(document);
    assertThat(problems).isEmpty();
    assertThat(document.path("licence").asText()).contains("creativecommons.org");
    assertThat(document.path("records").size()).isGreaterThanOrEqualTo(2);

    var csvAnswer = assertStatus(PUBLIC.get("/api/open-data/publications.csv"), 200);
    assertThat(csvAnswer.header("Content-Type").orElse(""))
        .startsWith("text/csv")
        .contains("UTF-8");
    String csv = csvAnswer.body();
    assertThat(csv).startsWith("\uFEFFid,kind,holderName,naturalPerson,creditCode,");
    assertThat(csv).contains(creditCode).contains("司马**");
    assertThat(csv.split("\r\n")).hasSize(document.path("records").size() + 1);

    // credit codes are public and may be all digits: they are taken out before looking for numbers
    List<String> creditCodes = new ArrayList<>();
    document.path("records").forEach(r -> creditCodes.add(r.path("creditCode").asText("")));
    for (String published : List.of(json, csv)) {
      String data = published;
      for (String code : creditCodes) {
        if (!code.isEmpty()) {
          data = data.replace(code, "");
        }
      }
      assertThat(data).doesNotContain(person);
      assertThat(IDENTITY_NUMBER.matcher(data).find())
          .as("an identity number in %s", data)
          .isFalse();
      assertThat(MOBILE.matcher(data).find()).as("a phone in %s", data).isFalse();
    }
    // and no natural person's record shows more than a surname
    for (JsonNode record : document.path("records")) {
      if (record.path("naturalPerson").asBoolean()) {
        assertThat(record.path("holderName").asText()).matches("^\\S{1,2}\\*\\*$|^.+ \\*\\*$");
        assertThat(absent(record.path("creditCode"))).as("%s", record).isTrue();
      }
    }
  }

  /** A value the JSON leaves out or writes as null. */
  private static boolean absent(JsonNode value) {
    return value.isMissingNode() || value.isNull();
  }

  private static JsonNode awaitPublished(String creditCode) {
    JsonNode page =
        Casework.await(
            "the publication of " + creditCode,
            () -> search("q=" + creditCode),
            p -> p.path("total").asInt() == 1);
    return page.path("items").get(0);
  }

  private static JsonNode search(String query) {
    var answer = assertStatus(PUBLIC.get("/api/publications?" + query), 200);
    answer.items();
    return answer.json();
  }

  /** Files the form, has it accepted and reviewed, and the director decides {@code outcome}. */
  private static String decide(Map<String, Object> form, String outcome) {
    Api citizen = Api.as("zhangsan");
    String item = Casework.anyItemCode();
    String number =
        assertStatus(
                citizen.post(
                    "/api/applications",
                    Casework.submissionBody(item, form),
                    "Idempotency-Key",
                    UUID.randomUUID().toString()),
                201)
            .json()
            .path("number")
            .asText();
    Casework.claimAndComplete(Api.as("clerk"), number, Casework.ACCEPT, "accept", "材料齐全，予以受理");
    Casework.claimAndComplete(Api.as("officer"), number, Casework.REVIEW, outcome, "审查意见");
    Casework.claimAndComplete(
        Api.as("director"), number, DECIDE, outcome, "approve".equals(outcome) ? "准予许可" : "不符合条件");
    return number;
  }

  private static Map<String, Object> form(String applicantName, String creditCode) {
    Map<String, Object> form = new java.util.LinkedHashMap<>(Casework.form(applicantName));
    if (creditCode != null) {
      form.put("creditCode", creditCode);
    }
    return form;
  }

  private static String uniqueCreditCode() {
    return CreditCode.compose(
            '9',
            '1',
            "140100",
            CreditCode.bodyFor(ThreadLocalRandom.current().nextLong(CreditCode.BODY_CAPACITY)))
        .value();
  }

  /** Three random Chinese characters, so that names of different runs differ. */
  private static String suffix() {
    StringBuilder s = new StringBuilder();
    String pool = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥春夏秋冬东南西北";
    for (int i = 0; i < 3; i++) {
      s.append(pool.charAt(ThreadLocalRandom.current().nextInt(pool.length())));
    }
    return s.toString();
  }

  private static List<String> fields(JsonNode error) {
    List<String> fields = new ArrayList<>();
    error.path("problems").forEach(p -> fields.add(p.path("field").asText()));
    return fields;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
