package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertJsonErrorOrEmpty;
import static cn.oneseal.it.support.ApiAssertions.assertStatusIn;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Api.Response;
import cn.oneseal.it.support.Caller;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.Registrations;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may do what with business registrations: drafts are their owner's alone (another citizen and
 * staff get "not found" or "forbidden"), a submitted registration's form and pushes are read by its
 * applicant, staff and supervisors, pushes are retried by staff only, exchange channels are changed
 * by administrators only.
 */
@ExtendWith(OneSealServer.class)
class RegistrationAuthorizationIT {

  /** zhangsan's draft and his submitted registration (accepted, not yet reviewed: no pushes). */
  private static long draft;

  private static String submitted;

  @BeforeAll
  static void fixtures() {
    Api zhangsan = Api.as("zhangsan");
    draft = Registrations.createDraft(zhangsan);
    submitted = Registrations.submitCompany(zhangsan);
  }

  /** Expected statuses in the order of {@link Caller}. */
  enum Endpoint {
    CREATE_DRAFT(
        "POST /api/registrations",
        api -> api.post("/api/registrations", Api.json(Api.object("entityType", "company"))),
        401,
        201,
        201,
        403,
        403,
        403,
        403,
        403),
    LIST_DRAFTS(
        "GET /api/registrations",
        api -> api.get("/api/registrations"),
        401,
        200,
        200,
        403,
        403,
        403,
        403,
        403),
    READ_DRAFT(
        "GET /api/registrations/{zhangsan's draft}",
        api -> api.get("/api/registrations/" + draft),
        401,
        200,
        404,
        404,
        404,
        404,
        404,
        404),
    SAVE_DRAFT(
        "PUT /api/registrations/{zhangsan's draft}",
        api -> api.put("/api/registrations/" + draft, Api.json(Api.object("domicile", "太原市"))),
        401,
        200,
        404,
        403,
        403,
        403,
        403,
        403),
    SUBMIT_OTHERS_DRAFT(
        "POST /api/registrations/{zhangsan's draft}/submit (incomplete)",
        api -> api.post("/api/registrations/" + draft + "/submit"),
        401,
        400,
        404,
        403,
        403,
        403,
        403,
        403),
    READ_FORM(
        "GET /api/applications/{zhangsan's registration}/registration",
        api -> api.get("/api/applications/" + submitted + "/registration"),
        401,
        200,
        404,
        200,
        200,
        200,
        200,
        404),
    READ_PUSHES(
        "GET /api/applications/{zhangsan's registration}/pushes",
        api -> api.get("/api/applications/" + submitted + "/pushes"),
        401,
        200,
        404,
        200,
        200,
        200,
        200,
        404),
    RETRY_PUSH(
        "POST /api/applications/{zhangsan's registration}/pushes/tax-registration/retry (none yet)",
        api -> api.post("/api/applications/" + submitted + "/pushes/tax-registration/retry"),
        401,
        403,
        403,
        404,
        404,
        404,
        403,
        403),
    READ_LICENCE(
        "GET /api/applications/{zhangsan's registration}/licence (not issued)",
        api -> api.get("/api/applications/" + submitted + "/licence"),
        401,
        404,
        404,
        404,
        404,
        404,
        404,
        404),
    LIST_CHANNELS(
        "GET /api/admin/exchange-channels",
        api -> api.get("/api/admin/exchange-channels"),
        401,
        403,
        403,
        200,
        200,
        200,
        200,
        200),
    OPEN_CHANNEL(
        "PUT /api/admin/exchange-channels/statistical-registration (open)",
        api ->
            api.put(
                "/api/admin/exchange-channels/statistical-registration",
                Api.json(Api.object("available", true))),
        401,
        403,
        403,
        403,
        403,
        403,
        403,
        200),
    VERIFY_UNKNOWN_LICENCE(
        "GET /api/licenses/{unknown}",
        api -> api.get("/api/licenses/91140100MA0000000X"),
        404,
        404,
        404,
        404,
        404,
        404,
        404,
        404);

    private final String label;
    private final Function<Api, Response> call;
    private final int[] expected;

    Endpoint(String label, Function<Api, Response> call, int... expected) {
      if (expected.length != Caller.values().length) {
        throw new IllegalArgumentException(label + ": one status per role");
      }
      this.label = label;
      this.call = call;
      this.expected = expected;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  static Stream<Arguments> matrix() {
    return Arrays.stream(Endpoint.values())
        .flatMap(
            endpoint ->
                Arrays.stream(Caller.values())
                    .map(role -> Arguments.of(endpoint, role, endpoint.expected[role.ordinal()])));
  }

  @ParameterizedTest(name = "{0} as {1} → {2}")
  @MethodSource("matrix")
  void everyRoleGetsExactlyTheContractedStatus(Endpoint endpoint, Caller role, int expected) {
    Response response = endpoint.call.apply(role.api());
    assertStatusIn(response, Set.of(expected));
    if (expected >= 400) {
      assertJsonErrorOrEmpty(response, Set.of(expected));
    }
  }
}
