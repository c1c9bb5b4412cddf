package cn.oneseal.it;

import static cn.oneseal.it.support.ApiAssertions.assertJsonError;
import static cn.oneseal.it.support.ApiAssertions.assertJsonErrorOrEmpty;
import static cn.oneseal.it.support.ApiAssertions.assertStatus;
import static cn.oneseal.it.support.ApiAssertions.assertStatusIn;
import static cn.oneseal.it.support.Casework.ACCEPT;
import static cn.oneseal.it.support.Casework.DECIDE;
import static cn.oneseal.it.support.Casework.REVIEW;
import static cn.oneseal.it.support.Casework.anyItemCode;
import static cn.oneseal.it.support.Casework.awaitTask;
import static cn.oneseal.it.support.Casework.claim;
import static cn.oneseal.it.support.Casework.complete;
import static cn.oneseal.it.support.Casework.findTask;
import static cn.oneseal.it.support.Casework.submit;
import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.it.support.Api;
import cn.oneseal.it.support.Api.Response;
import cn.oneseal.it.support.Caller;
import cn.oneseal.it.support.Casework;
import cn.oneseal.it.support.Commitments;
import cn.oneseal.it.support.OneSealServer;
import cn.oneseal.it.support.PageSession;
import cn.oneseal.it.support.Registrations;
import cn.oneseal.workflow.step.StepCatalogue;
import cn.oneseal.workflow.step.StepDefinition;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may do what, exactly: every role against every endpoint, with the status the contract
 * promises. Another citizen's application is "not found" (its existence is not disclosed); a role
 * that may never use an endpoint is "forbidden"; the supervisor reads everything and changes
 * nothing. Reads per section: staff attached to a section read that section's cases only — every
 * read endpoint of another section's case answers "not found", as for a case that does not exist,
 * and the case is in none of their lists — while the window, officers of the whole bureau, the
 * director and the supervision read every section's.
 */
@ExtendWith(OneSealServer.class)
class AuthorizationMatrixIT {

  /**
   * The contract allows either: for the admin, who may not see applications at all, and for a task
   * of another group.
   */
  static final int FORBIDDEN_OR_NOT_FOUND = -1;

  /**
   * Expected statuses in the order of {@link Caller}: anonymous, zhangsan, lisi, clerk, officer,
   * director, supervisor, admin.
   */
  enum Endpoint {
    LIST_ITEMS("GET /api/items", 200, 200, 200, 200, 200, 200, 200, 200),
    GET_ITEM("GET /api/items/{code}", 200, 200, 200, 200, 200, 200, 200, 200),
    SUBMIT("POST /api/applications", 401, 201, 201, 403, 403, 403, 403, 403),
    LIST_APPLICATIONS("GET /api/applications", 401, 200, 200, 200, 200, 200, 200, 403),
    GET_APPLICATION(
        "GET /api/applications/{zhangsan's}",
        401,
        200,
        404,
        200,
        200,
        200,
        200,
        FORBIDDEN_OR_NOT_FOUND),
    GET_UNKNOWN_APPLICATION(
        "GET /api/applications/{unknown}",
        401,
        404,
        404,
        404,
        404,
        404,
        404,
        FORBIDDEN_OR_NOT_FOUND),
    GET_HISTORY(
        "GET /api/applications/{zhangsan's}/history",
        401,
        200,
        404,
        200,
        200,
        200,
        200,
        FORBIDDEN_OR_NOT_FOUND),
    WITHDRAW(
        "POST /api/applications/{zhangsan's}/withdraw",
        401,
        200,
        404,
        403,
        403,
        403,
        403,
        FORBIDDEN_OR_NOT_FOUND),
    ANSWER_CORRECTION(
        "POST /api/applications/{zhangsan's, correction requested}/corrections",
        401,
        200,
        404,
        403,
        403,
        403,
        403,
        FORBIDDEN_OR_NOT_FOUND),
    ANSWER_UNREQUESTED_CORRECTION(
        "POST /api/applications/{zhangsan's, no correction requested}/corrections",
        401,
        409,
        404,
        403,
        403,
        403,
        403,
        FORBIDDEN_OR_NOT_FOUND),
    LIST_TASKS("GET /api/tasks", 401, 403, 403, 200, 200, 200, 403, 403),
    CLAIM(
        "POST /api/tasks/{acceptance}/claim",
        401,
        403,
        403,
        200,
        FORBIDDEN_OR_NOT_FOUND,
        FORBIDDEN_OR_NOT_FOUND,
        403,
        403),
    RELEASE(
        "POST /api/tasks/{acceptance, claimed by clerk}/release",
        401,
        403,
        403,
        200,
        FORBIDDEN_OR_NOT_FOUND,
        FORBIDDEN_OR_NOT_FOUND,
        403,
        403),
    COMPLETE(
        "POST /api/tasks/{acceptance}/complete",
        401,
        403,
        403,
        200,
        FORBIDDEN_OR_NOT_FOUND,
        FORBIDDEN_OR_NOT_FOUND,
        403,
        403),
    /**
     * The director's preview of the decision before the seal (issue 17): the director alone; to
     * everyone else the task does not exist.
     */
    DECISION_PREVIEW(
        "GET /api/tasks/{decision}/decision-preview?outcome=approve",
        401,
        404,
        404,
        404,
        404,
        200,
        404,
        404),
    RATE(
        "POST /api/applications/{zhangsan's, withdrawn}/evaluation",
        401,
        201,
        404,
        403,
        403,
        403,
        403,
        FORBIDDEN_OR_NOT_FOUND),
    GET_EVALUATION(
        "GET /api/applications/{zhangsan's, rated}/evaluation",
        401,
        200,
        404,
        200,
        200,
        200,
        200,
        FORBIDDEN_OR_NOT_FOUND),
    LIST_FOLLOW_UPS("GET /api/evaluation-follow-ups", 401, 403, 403, 403, 403, 200, 200, 403),
    /** 告知承诺制 (issue 15): the commitment, for whoever may read the case. */
    GET_COMMITMENT(
        "GET /api/applications/{zhangsan's, on commitment}/commitment",
        401,
        200,
        404,
        200,
        200,
        200,
        200,
        FORBIDDEN_OR_NOT_FOUND),
    /** The holder's statement: the holder's alone (here none is invited yet: 409). */
    STATEMENT(
        "POST /api/applications/{zhangsan's, on commitment}/statement",
        401,
        409,
        404,
        403,
        403,
        403,
        403,
        FORBIDDEN_OR_NOT_FOUND),
    URGE_FOLLOW_UP(
        "POST /api/evaluation-follow-ups/{open}/urge", 401, 403, 403, 403, 403, 403, 200, 403),
    LIST_INCIDENTS("GET /api/admin/incidents", 401, 403, 403, 403, 403, 403, 403, 200),
    RETRY_INCIDENT(
        "POST /api/admin/incidents/{unknown}/retry", 401, 403, 403, 403, 403, 403, 403, 404),
    LIST_ACCOUNTS("GET /api/admin/users?q=clerk", 401, 403, 403, 403, 403, 403, 403, 200),
    CHANGE_ROLES("PUT /api/admin/users/{clerk2}/roles", 401, 403, 403, 403, 403, 403, 403, 403),
    SECURITY_LOG("GET /api/admin/security-log", 401, 403, 403, 403, 403, 403, 403, 403),
    /** A case's audit trail: the supervision's alone. */
    CASE_AUDIT("GET /api/audit?application={zhangsan's}", 401, 403, 403, 403, 403, 403, 200, 403),
    CASE_TIMELINE(
        "GET /api/applications/{zhangsan's}/timeline", 401, 403, 403, 403, 403, 403, 200, 403),
    /** Who read the case: whoever may read it, first of all its applicant. */
    CASE_VIEWERS(
        "GET /api/applications/{zhangsan's}/viewers",
        401,
        200,
        404,
        200,
        200,
        200,
        200,
        FORBIDDEN_OR_NOT_FOUND),
    /** The audit chain's check: supervisors (and the audit administrator, AuditChainIT). */
    AUDIT_VERIFICATION("GET /api/audit/verification", 401, 403, 403, 403, 403, 403, 200, 403),
    /** The public key that checks the audit anchors offline: public. */
    SYSTEM_CERTIFICATE("GET /api/audit/system-certificate", 200, 200, 200, 200, 200, 200, 200, 200),
    /** Statistics: supervisors and the director (and chiefs, for their section: StatisticsIT). */
    STATISTICS("GET /api/statistics", 401, 403, 403, 403, 403, 200, 200, 403),
    STATISTICS_CASES(
        "GET /api/statistics/cases?figure=received", 401, 403, 403, 403, 403, 200, 200, 403),
    STATISTICS_EXPORT(
        "GET /api/statistics/export?format=csv", 401, 403, 403, 403, 403, 200, 200, 403),
    /** 双随机一公开: plans, draws and replays are public; only the supervision plans and draws. */
    LIST_INSPECTION_PLANS("GET /api/inspection-plans", 200, 200, 200, 200, 200, 200, 200, 200),
    GET_DRAW("GET /api/inspection-plans/{drawn}/draw", 200, 200, 200, 200, 200, 200, 200, 200),
    REPLAY_DRAW(
        "POST /api/draws/replay {the drawn plan's}", 200, 200, 200, 200, 200, 200, 200, 200),
    CREATE_INSPECTION_PLAN("POST /api/inspection-plans", 401, 403, 403, 403, 403, 403, 201, 403),
    FIX_POOLS("POST /api/inspection-plans/{drawn}/pools", 401, 403, 403, 403, 403, 403, 409, 403),
    /** Only inspectors have assignments (InspectionsIT: the inspectors' own rows). */
    MY_INSPECTIONS("GET /api/inspections/assignments", 401, 403, 403, 403, 403, 403, 403, 403),
    /** A department's callback: its signature authenticates it, no user's credentials do. */
    UNSIGNED_RECEIPT(
        "POST /api/exchange/receipts without a signature", 401, 401, 401, 401, 401, 401, 401, 401),
    /** The dishonesty register (issue 15): the system administrator's alone. */
    /** The inspectors' register (双随机一公开): the system administrator's alone. */
    INSPECTORS("GET /api/admin/inspectors", 401, 403, 403, 403, 403, 403, 403, 200),
    REGISTER_INSPECTOR(
        "PUT /api/admin/inspectors/{unknown}", 401, 403, 403, 403, 403, 403, 403, 404),
    CREDIT_LIST("GET /api/admin/credit-list", 401, 403, 403, 403, 403, 403, 403, 200),
    CREDIT_IMPORT("POST /api/admin/credit-list", 401, 403, 403, 403, 403, 403, 403, 200),
    CREDIT_REMOVE(
        "POST /api/admin/credit-list/{unknown}/removal", 401, 403, 403, 403, 403, 403, 403, 404),
    /** A holder's credit record: staff and supervisors. */
    CREDIT_RECORD("GET /api/credit/subjects/{code}", 401, 403, 403, 200, 200, 200, 200, 403),
    /** A department's finding: its signature authenticates it, no user's credentials do. */
    UNSIGNED_FINDING(
        "POST /api/exchange/findings without a signature", 401, 401, 401, 401, 401, 401, 401, 401),
    /** 双公示 and the open data: public and read-only (PublicationsIT: no write method). */
    PUBLICATIONS("GET /api/publications", 200, 200, 200, 200, 200, 200, 200, 200),
    PUBLICATIONS_OVERDUE("GET /api/publications/overdue", 401, 403, 403, 403, 403, 200, 200, 403),
    OPEN_DATA("GET /api/open-data", 200, 200, 200, 200, 200, 200, 200, 200),
    OPEN_DATA_CSV("GET /api/open-data/publications.csv", 200, 200, 200, 200, 200, 200, 200, 200),
    // the licence lifecycle (issue 16): the public record, the holder's credential, my businesses
    LICENCE("GET /api/licenses/{zhangsan's}?version=1", 200, 200, 200, 200, 200, 200, 200, 200),
    LICENCE_CREDENTIAL(
        "GET /api/licenses/{zhangsan's}/credential", 401, 200, 404, 200, 200, 200, 404, 404),
    MY_BUSINESSES("GET /api/licenses/mine", 401, 200, 200, 403, 403, 403, 403, 403),
    START_CHANGE(
        "POST /api/registrations/changes {zhangsan's}", 401, 201, 404, 403, 403, 403, 403, 403),
    /** The public notices of simplified deregistrations: public; anyone may object to one. */
    PUBLIC_NOTICES("GET /api/public-notices", 200, 200, 200, 200, 200, 200, 200, 200),
    PUBLIC_NOTICE_UNKNOWN(
        "GET /api/public-notices/{unknown}", 404, 404, 404, 404, 404, 404, 404, 404),
    OBJECT_UNKNOWN(
        "POST /api/public-notices/{unknown}/objections", 404, 404, 404, 404, 404, 404, 404, 404),
    /** Deregistration: the citizen who registered the business; another's answers not found. */
    DEREGISTRATION_ELIGIBILITY(
        "GET /api/deregistrations/eligibility?code={unknown}",
        401,
        404,
        404,
        403,
        403,
        403,
        403,
        403),
    DEREGISTRATION_FILE(
        "POST /api/deregistrations {unknown code}", 401, 404, 404, 403, 403, 403, 403, 403),
    DEREGISTRATION_UNKNOWN(
        "GET /api/deregistrations/{unknown}",
        401,
        404,
        404,
        404,
        404,
        404,
        404,
        FORBIDDEN_OR_NOT_FOUND),
    DEREGISTRATION_FILING_UNKNOWN(
        "POST /api/deregistrations/{unknown}/filing",
        401,
        404,
        404,
        404,
        404,
        404,
        404,
        FORBIDDEN_OR_NOT_FOUND),
    DEREGISTRATION_OBJECTIONS_UNKNOWN(
        "GET /api/deregistrations/{unknown}/objections",
        401,
        404,
        404,
        404,
        404,
        404,
        404,
        FORBIDDEN_OR_NOT_FOUND),
    /**
     * 技术合同认定登记 (issue 20): citizens file (terms refused here: the income above the amount, so
     * nothing is filed); a contract is read as its case; the year's statistics for supervision.
     */
    TECHNICAL_CONTRACT_FILE(
        "POST /api/technical-contracts {income above amount}",
        401,
        400,
        400,
        403,
        403,
        403,
        403,
        403),
    TECHNICAL_CONTRACT_UNKNOWN(
        "GET /api/technical-contracts/{unknown}",
        401,
        404,
        404,
        404,
        404,
        404,
        404,
        FORBIDDEN_OR_NOT_FOUND),
    TECHNICAL_CONTRACT_STATISTICS(
        "GET /api/technical-contracts/statistics", 401, 403, 403, 403, 403, 200, 200, 403),
    /**
     * 科技创新券 (issue 20): firms apply (a firm outside the province here: nothing is filed); the
     * providers' list is public; a voucher is read by its firm, its case's staff and the providers;
     * only a provider redeems; the year's figures for supervision; the administrators keep the
     * list.
     */
    VOUCHER_APPLY(
        "POST /api/innovation-vouchers {outside the province}",
        401,
        400,
        400,
        403,
        403,
        403,
        403,
        403),
    VOUCHER_PROVIDERS(
        "GET /api/innovation-vouchers/providers", 200, 200, 200, 200, 200, 200, 200, 200),
    VOUCHER_UNKNOWN(
        "GET /api/innovation-vouchers/{unknown}", 401, 404, 404, 404, 404, 404, 404, 404),
    VOUCHER_CASE_UNKNOWN(
        "GET /api/innovation-vouchers/by-application/{unknown}",
        401,
        404,
        404,
        404,
        404,
        404,
        404,
        FORBIDDEN_OR_NOT_FOUND),
    /** lisi is the demo provider's account (DemoData): a voucher nobody issued is not found. */
    VOUCHER_REDEEM_UNKNOWN(
        "POST /api/innovation-vouchers/{unknown}/redemptions",
        401,
        403,
        404,
        403,
        403,
        403,
        403,
        403),
    VOUCHER_STATISTICS(
        "GET /api/innovation-vouchers/statistics", 401, 403, 403, 403, 403, 200, 200, 403),
    VOUCHER_PROVIDER_ADD(
        "POST /api/admin/voucher-providers {bad kind}", 401, 403, 403, 403, 403, 403, 403, 400),
    VOUCHER_PROVIDER_CHANGE(
        "PUT /api/admin/voucher-providers/{unknown}", 401, 403, 403, 403, 403, 403, 403, 404),
    /** The abnormal-operations list: the system administrator. */
    ABNORMAL_LIST("GET /api/admin/abnormal-operations", 401, 403, 403, 403, 403, 403, 403, 200),
    ABNORMAL_ADD("POST /api/admin/abnormal-operations", 401, 403, 403, 403, 403, 403, 403, 201),
    ABNORMAL_REMOVE(
        "POST /api/admin/abnormal-operations/{unknown}/removal",
        401,
        403,
        403,
        403,
        403,
        403,
        403,
        404),
    // drafts of ordinary applications (issue 17): the owner's only; anyone else "not found"
    DRAFT_CREATE("POST /api/application-drafts", 401, 201, 201, 403, 403, 403, 403, 403),
    DRAFT_LIST("GET /api/application-drafts", 401, 200, 200, 200, 200, 200, 200, 200),
    DRAFT_GET("GET /api/application-drafts/{zhangsan's}", 401, 200, 404, 404, 404, 404, 404, 404),
    DRAFT_SAVE("PUT /api/application-drafts/{zhangsan's}", 401, 200, 404, 404, 404, 404, 404, 404),
    DRAFT_ATTACH_UNKNOWN(
        "POST /api/application-drafts/{unknown}/materials", 401, 404, 404, 404, 404, 404, 404, 404),
    DRAFT_DELETE_UNKNOWN(
        "DELETE /api/application-drafts/{unknown}", 401, 404, 404, 404, 404, 404, 404, 404),
    DRAFT_SUBMIT_UNKNOWN(
        "POST /api/application-drafts/{unknown}/submit", 401, 404, 404, 403, 403, 403, 403, 403);

    private final String label;
    private final int[] expected;

    Endpoint(String label, int... expected) {
      if (expected.length != Caller.values().length) {
        throw new IllegalArgumentException(label + ": one status per role");
      }
      this.label = label;
      this.expected = expected;
    }

    Set<Integer> expectedFor(Caller role) {
      int status = expected[role.ordinal()];
      return status == FORBIDDEN_OR_NOT_FOUND ? Set.of(403, 404) : Set.of(status);
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /** What a call worked on, for checking its effect. */
  private record Call(Response response, String number, String taskId) {}

  private static final Api ZHANGSAN = Api.as("zhangsan");
  private static final Api LISI = Api.as("lisi");
  private static final Api CLERK = Api.as("clerk");

  /** Read-only fixtures: nothing in this class changes them. */
  private static String zhangsansApplication;

  private static String lisisApplication;

  private static String zhangsansLicence;

  /** The credit code of a business zhangsan established (once, on first use). */
  private static synchronized String zhangsansLicence() {
    if (zhangsansLicence == null) {
      String number = Registrations.submitCompany(ZHANGSAN);
      Casework.claimAndComplete(CLERK, number, ACCEPT, "accept", "一表申请齐全，予以受理");
      Casework.claimAndComplete(Api.as("officer"), number, REVIEW, "approve", "形式审查通过");
      Casework.claimAndComplete(Api.as("director"), number, DECIDE, "approve", "准予登记");
      zhangsansLicence =
          Casework.await(
                  "licence of " + number,
                  () -> ZHANGSAN.get("/api/applications/" + number + "/licence"),
                  r -> r.status() == 200)
              .json()
              .path("creditCode")
              .asText();
    }
    return zhangsansLicence;
  }

  /** A case of zhangsan's at the director's decision, previewed only (read-only). */
  private static String decisionCase;

  private static String decisionTaskId;

  private static synchronized String decisionTask() {
    if (decisionTaskId == null) {
      decisionCase = Casework.submitUpToDecision(ZHANGSAN, "approve");
      decisionTaskId = awaitTask(Api.as("director"), decisionCase, DECIDE).path("id").asText();
    }
    return decisionTaskId;
  }

  @BeforeAll
  static void submitOneApplicationEach() {
    zhangsansApplication = submit(ZHANGSAN);
    lisisApplication = submit(LISI);
  }

  static Stream<Arguments> matrix() {
    return Arrays.stream(Endpoint.values())
        .flatMap(
            endpoint ->
                Arrays.stream(Caller.values())
                    .map(role -> Arguments.of(endpoint, role, endpoint.expectedFor(role))));
  }

  @ParameterizedTest(name = "{0} as {1} → {2}")
  @MethodSource("matrix")
  void everyRoleGetsExactlyTheContractedStatus(
      Endpoint endpoint, Caller role, Set<Integer> expected) {
    Call call = call(endpoint, role);
    Response response = call.response();
    assertStatusIn(response, expected);
    int status = response.status();
    if (status == 401 || status == 403 || status == 404) {
      assertJsonErrorOrEmpty(response, expected);
    } else if (status == 409) {
      assertJsonError(response, 409);
    } else {
      assertSuccessEffect(endpoint, role, call);
    }
  }

  private Call call(Endpoint endpoint, Caller role) {
    Api caller = role.api();
    String itemCode = anyItemCode();
    return switch (endpoint) {
      case LIST_ITEMS -> new Call(caller.get("/api/items"), null, null);
      case GET_ITEM -> new Call(caller.get("/api/items/" + itemCode), null, null);
      case SUBMIT ->
          new Call(
              Casework.submitWithKey(caller, itemCode, UUID.randomUUID().toString()), null, null);
      case LIST_APPLICATIONS -> new Call(caller.get("/api/applications"), null, null);
      case GET_APPLICATION ->
          new Call(
              caller.get("/api/applications/" + zhangsansApplication), zhangsansApplication, null);
      // a number of the right shape that cannot exist yet
      case GET_UNKNOWN_APPLICATION ->
          new Call(caller.get("/api/applications/" + zhangsansApplication + "0"), null, null);
      case GET_HISTORY ->
          new Call(
              caller.get("/api/applications/" + zhangsansApplication + "/history"),
              zhangsansApplication,
              null);
      case WITHDRAW -> {
        String number = submit(ZHANGSAN);
        yield new Call(
            caller.post(
                "/api/applications/" + number + "/withdraw",
                Api.json(Api.object("reason", "不再需要"))),
            number,
            null);
      }
      case ANSWER_CORRECTION -> {
        JsonNode item = Casework.itemWithMaterials(1);
        String number = submit(ZHANGSAN, item.path("code").asText());
        Casework.claimAndComplete(
            CLERK,
            number,
            ACCEPT,
            "correct",
            "请补正材料",
            List.of(item.path("materials").get(0).path("code").asText()));
        yield new Call(answerCorrection(caller, number), number, null);
      }
      case ANSWER_UNREQUESTED_CORRECTION -> {
        String number = submit(ZHANGSAN);
        yield new Call(answerCorrection(caller, number), number, null);
      }
      case LIST_TASKS -> {
        String number = submit(ZHANGSAN);
        awaitTask(CLERK, number, ACCEPT);
        yield new Call(caller.get("/api/tasks"), number, null);
      }
      case CLAIM -> {
        String number = submit(ZHANGSAN);
        String taskId = awaitTask(CLERK, number, ACCEPT).path("id").asText();
        yield new Call(caller.post("/api/tasks/" + taskId + "/claim"), number, taskId);
      }
      case RELEASE -> {
        String number = submit(ZHANGSAN);
        String taskId = claim(CLERK, number, ACCEPT);
        yield new Call(caller.post("/api/tasks/" + taskId + "/release"), number, taskId);
      }
      case COMPLETE -> {
        String number = submit(ZHANGSAN);
        // only someone who may claim it can hold it; everyone else meets an unclaimed task
        String taskId =
            role == Caller.CLERK
                ? claim(CLERK, number, ACCEPT)
                : awaitTask(CLERK, number, ACCEPT).path("id").asText();
        yield new Call(complete(caller, taskId, "accept", "材料齐全，予以受理", null), number, taskId);
      }
      case DECISION_PREVIEW -> {
        String taskId = decisionTask();
        yield new Call(
            caller.get(
                "/api/tasks/"
                    + taskId
                    + "/decision-preview?outcome=approve&opinion="
                    + java.net.URLEncoder.encode("准予许可", java.nio.charset.StandardCharsets.UTF_8)),
            decisionCase,
            taskId);
      }
      case LIST_INCIDENTS -> new Call(caller.get("/api/admin/incidents"), null, null);
      case RETRY_INCIDENT ->
          new Call(caller.post("/api/admin/incidents/no-such-incident/retry"), null, null);
      case LIST_ACCOUNTS -> new Call(caller.get("/api/admin/users?q=clerk"), null, null);
      // only the security administrator changes roles: everyone here is refused, nothing changes
      case CHANGE_ROLES ->
          new Call(
              caller.put("/api/admin/users/clerk2/roles", "{\"roles\":[\"director\"]}"),
              null,
              null);
      case SECURITY_LOG -> new Call(caller.get("/api/admin/security-log"), null, null);
      case CASE_AUDIT ->
          new Call(
              caller.get("/api/audit?application=" + zhangsansApplication),
              zhangsansApplication,
              null);
      case CASE_TIMELINE ->
          new Call(
              caller.get("/api/applications/" + zhangsansApplication + "/timeline"),
              zhangsansApplication,
              null);
      case CASE_VIEWERS ->
          new Call(
              caller.get("/api/applications/" + zhangsansApplication + "/viewers"),
              zhangsansApplication,
              null);
      case AUDIT_VERIFICATION -> new Call(caller.get("/api/audit/verification"), null, null);
      case SYSTEM_CERTIFICATE -> new Call(caller.get("/api/audit/system-certificate"), null, null);
      case STATISTICS -> new Call(caller.get("/api/statistics?groupBy=section"), null, null);
      case PUBLICATIONS -> new Call(caller.get("/api/publications"), null, null);
      case PUBLICATIONS_OVERDUE -> new Call(caller.get("/api/publications/overdue"), null, null);
      case OPEN_DATA -> new Call(caller.get("/api/open-data"), null, null);
      case OPEN_DATA_CSV -> new Call(caller.get("/api/open-data/publications.csv"), null, null);
      case LICENCE ->
          new Call(caller.get("/api/licenses/" + zhangsansLicence() + "?version=1"), null, null);
      case LICENCE_CREDENTIAL ->
          new Call(caller.get("/api/licenses/" + zhangsansLicence() + "/credential"), null, null);
      case MY_BUSINESSES -> new Call(caller.get("/api/licenses/mine"), null, null);
      case START_CHANGE ->
          new Call(
              caller.post(
                  "/api/registrations/changes",
                  Api.json(Api.object("creditCode", zhangsansLicence()))),
              null,
              null);
      case PUBLIC_NOTICES -> new Call(caller.get("/api/public-notices"), null, null);
      case PUBLIC_NOTICE_UNKNOWN ->
          new Call(caller.get("/api/public-notices/GSJY-1999-000000"), null, null);
      case OBJECT_UNKNOWN ->
          new Call(
              caller.post(
                  "/api/public-notices/GSJY-1999-000000/objections",
                  Api.json(Api.object("name", "矩阵测试", "contact", "13800000000", "reason", "测试"))),
              null,
              null);
      case DEREGISTRATION_ELIGIBILITY ->
          new Call(
              caller.get("/api/deregistrations/eligibility?code=91350100M000100Y43"), null, null);
      case DEREGISTRATION_FILE ->
          new Call(
              caller.post(
                  "/api/deregistrations",
                  Api.json(
                      Api.object(
                          "creditCode",
                          "91350100M000100Y43",
                          "noDebts",
                          true,
                          "notListedCompany",
                          true,
                          "noFrozenEquity",
                          true))),
              null,
              null);
      case DEREGISTRATION_UNKNOWN ->
          new Call(caller.get("/api/deregistrations/XK19990101000000"), null, null);
      case DEREGISTRATION_FILING_UNKNOWN ->
          new Call(caller.post("/api/deregistrations/XK19990101000000/filing", "{}"), null, null);
      case DEREGISTRATION_OBJECTIONS_UNKNOWN ->
          new Call(caller.get("/api/deregistrations/XK19990101000000/objections"), null, null);
      case TECHNICAL_CONTRACT_FILE ->
          new Call(
              caller.post(
                  "/api/technical-contracts",
                  Api.json(TechnicalContractIT.filing("development", 100L, 101L))),
              null,
              null);
      case TECHNICAL_CONTRACT_UNKNOWN ->
          new Call(caller.get("/api/technical-contracts/XK19990101000000"), null, null);
      case TECHNICAL_CONTRACT_STATISTICS ->
          new Call(caller.get("/api/technical-contracts/statistics"), null, null);
      case VOUCHER_APPLY ->
          new Call(
              caller.post(
                  "/api/innovation-vouchers",
                  Api.json(VoucherIT.application("91350100M000100Y43", true))),
              null,
              null);
      case VOUCHER_PROVIDERS ->
          new Call(caller.get("/api/innovation-vouchers/providers"), null, null);
      case VOUCHER_UNKNOWN ->
          new Call(caller.get("/api/innovation-vouchers/KJQ1999000001"), null, null);
      case VOUCHER_CASE_UNKNOWN ->
          new Call(
              caller.get("/api/innovation-vouchers/by-application/XK19990101000000"), null, null);
      case VOUCHER_REDEEM_UNKNOWN ->
          new Call(
              caller.post(
                  "/api/innovation-vouchers/KJQ1999000001/redemptions",
                  Api.json(
                      Api.object(
                          "serviceContractNumber",
                          "FW-1",
                          "invoiceNumber",
                          "FP-1",
                          "amountFen",
                          100,
                          "documents",
                          List.of(
                              VoucherIT.document("service-contract"),
                              VoucherIT.document("invoice"))))),
              null,
              null);
      case VOUCHER_STATISTICS ->
          new Call(caller.get("/api/innovation-vouchers/statistics"), null, null);
      case VOUCHER_PROVIDER_CHANGE ->
          new Call(
              caller.put(
                  "/api/admin/voucher-providers/NO-SUCH-1",
                  Api.json(Api.object("name", "矩阵测试", "active", true))),
              null,
              null);
      case VOUCHER_PROVIDER_ADD ->
          new Call(
              caller.post(
                  "/api/admin/voucher-providers",
                  Api.json(Api.object("code", "MATRIX-1", "name", "矩阵测试", "kind", "bank"))),
              null,
              null);
      case ABNORMAL_LIST -> new Call(caller.get("/api/admin/abnormal-operations"), null, null);
      case ABNORMAL_ADD ->
          new Call(
              caller.post(
                  "/api/admin/abnormal-operations",
                  Api.json(
                      Api.object(
                          "creditCode",
                          "91350100M000100Y43",
                          "reason",
                          "授权矩阵测试",
                          "listedOn",
                          "2026-01-01"))),
              null,
              null);
      case DRAFT_CREATE ->
          new Call(
              caller.post(
                  "/api/application-drafts",
                  Api.json(Api.object("itemCode", itemCode, "applicantName", "矩阵测试"))),
              null,
              null);
      case DRAFT_LIST -> {
        zhangsansDraft(); // made before the list is read, whichever row comes first
        yield new Call(caller.get("/api/application-drafts"), null, null);
      }
      case DRAFT_GET ->
          new Call(caller.get("/api/application-drafts/" + zhangsansDraft()), null, null);
      case DRAFT_SAVE ->
          new Call(
              caller.put(
                  "/api/application-drafts/" + zhangsansDraft(),
                  Api.json(Api.object("applicantName", "张三"))),
              null,
              null);
      case DRAFT_ATTACH_UNKNOWN ->
          new Call(
              caller.post(
                  "/api/application-drafts/999999999/materials",
                  Api.json(
                      Api.object(
                          "fileName",
                          "a.pdf",
                          "contentBase64",
                          Base64.getEncoder()
                              .encodeToString(
                                  "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII))))),
              null,
              null);
      case DRAFT_DELETE_UNKNOWN ->
          new Call(caller.delete("/api/application-drafts/999999999"), null, null);
      case DRAFT_SUBMIT_UNKNOWN ->
          new Call(
              caller.post(
                  "/api/application-drafts/999999999/submit",
                  "",
                  "Idempotency-Key",
                  UUID.randomUUID().toString()),
              null,
              null);
      case ABNORMAL_REMOVE ->
          new Call(
              caller.post(
                  "/api/admin/abnormal-operations/999999999/removal",
                  Api.json(Api.object("reason", "矩阵测试"))),
              null,
              null);
      case STATISTICS_CASES ->
          new Call(caller.get("/api/statistics/cases?figure=received"), null, null);
      case STATISTICS_EXPORT ->
          new Call(caller.get("/api/statistics/export?format=csv"), null, null);
      case RATE -> {
        String number = withdrawn();
        yield new Call(
            caller.post(
                "/api/applications/" + number + "/evaluation",
                Api.json(Api.object("level", 4, "comment", "办理顺利"))),
            number,
            null);
      }
      case GET_EVALUATION -> {
        String number = rated(5);
        yield new Call(caller.get("/api/applications/" + number + "/evaluation"), number, null);
      }
      case GET_COMMITMENT -> {
        String number = Commitments.file(ZHANGSAN);
        yield new Call(caller.get("/api/applications/" + number + "/commitment"), number, null);
      }
      case STATEMENT -> {
        String number = Commitments.file(ZHANGSAN);
        yield new Call(
            caller.post(
                "/api/applications/" + number + "/statement", Api.json(Api.object("text", "陈述申辩"))),
            number,
            null);
      }
      case LIST_FOLLOW_UPS -> new Call(caller.get("/api/evaluation-follow-ups"), null, null);
      case URGE_FOLLOW_UP -> {
        String number = rated(1);
        long id =
            StreamSupport.stream(
                    Api.as("supervisor")
                        .all("/api/evaluation-follow-ups?status=open")
                        .spliterator(),
                    false)
                .filter(row -> number.equals(row.path("applicationNumber").asText()))
                .findFirst()
                .orElseThrow()
                .path("id")
                .asLong();
        yield new Call(
            caller.post(
                "/api/evaluation-follow-ups/" + id + "/urge",
                Api.json(Api.object("note", "请按期答复"))),
            number,
            null);
      }
      case LIST_INSPECTION_PLANS -> new Call(caller.get("/api/inspection-plans"), null, null);
      case GET_DRAW -> new Call(caller.get(drawnPlan() + "/draw"), null, null);
      case REPLAY_DRAW ->
          new Call(
              caller.post("/api/draws/replay", Api.anonymous().get(drawnPlan() + "/draw").body()),
              null,
              null);
      case CREATE_INSPECTION_PLAN ->
          new Call(
              caller.post(
                  "/api/inspection-plans",
                  Api.json(
                      Api.object(
                          "name", "授权测试抽查计划",
                          "departments", List.of("MARKET"),
                          "sampleCount", 1,
                          "periodFrom", "2026-01-01",
                          "periodTo", "2026-03-31"))),
              null,
              null);
      case FIX_POOLS -> new Call(caller.post(drawnPlan() + "/pools"), null, null);
      case MY_INSPECTIONS -> new Call(caller.get("/api/inspections/assignments"), null, null);
      case UNSIGNED_RECEIPT ->
          new Call(
              caller.post(
                  "/api/exchange/receipts",
                  Api.json(Api.object("pushId", UUID.randomUUID().toString(), "receipt", "R-1"))),
              null,
              null);
      case INSPECTORS -> new Call(caller.get("/api/admin/inspectors"), null, null);
      case REGISTER_INSPECTOR ->
          new Call(
              caller.put(
                  "/api/admin/inspectors/nobody.here",
                  Api.json(Api.object("department", "TRANSPORT", "section", "矩阵测试执法队"))),
              null,
              null);
      case CREDIT_LIST -> new Call(caller.get("/api/admin/credit-list"), null, null);
      case CREDIT_IMPORT ->
          new Call(
              caller.post(
                  "/api/admin/credit-list",
                  Api.json(
                      Api.object(
                          "entries",
                          List.of(
                              Api.object(
                                  "creditCode",
                                  "91350100M000100Y43",
                                  "name",
                                  "矩阵测试有限公司",
                                  "authority",
                                  "授权矩阵测试机关",
                                  "listedOn",
                                  "2026-01-01",
                                  "reason",
                                  "授权矩阵测试"))))),
              null,
              null);
      case CREDIT_REMOVE ->
          new Call(
              caller.post(
                  "/api/admin/credit-list/999999999/removal",
                  Api.json(Api.object("reason", "矩阵测试"))),
              null,
              null);
      case CREDIT_RECORD ->
          new Call(caller.get("/api/credit/subjects/91350100M000100Y43"), null, null);
      case UNSIGNED_FINDING ->
          new Call(
              caller.post(
                  "/api/exchange/findings",
                  Api.json(
                      Api.object(
                          "findingId",
                          UUID.randomUUID().toString(),
                          "creditCode",
                          "91350100M000100Y43",
                          "kind",
                          "sanction",
                          "summary",
                          "无签名",
                          "decidedOn",
                          "2026-12-01"))),
              null,
              null);
    };
  }

  /** The path of a plan whose draw is made (the demo data holds one). */
  private static String drawnPlan() {
    JsonNode plan =
        StreamSupport.stream(Api.anonymous().all("/api/inspection-plans").spliterator(), false)
            .filter(p -> "drawn".equals(p.path("state").asText()))
            .findFirst()
            .orElseThrow();
    return "/api/inspection-plans/" + plan.path("id").asLong();
  }

  /** A case of zhangsan's that he withdrew: ended, not yet rated. */
  private static String withdrawn() {
    String number = submit(ZHANGSAN);
    assertThat(
            ZHANGSAN
                .post(
                    "/api/applications/" + number + "/withdraw",
                    Api.json(Api.object("reason", "不再需要")))
                .status())
        .isEqualTo(200);
    return number;
  }

  /** A withdrawn case of zhangsan's that he rated {@code level}. */
  private static String rated(int level) {
    String number = withdrawn();
    assertThat(
            ZHANGSAN
                .post(
                    "/api/applications/" + number + "/evaluation",
                    Api.json(Api.object("level", level)))
                .status())
        .isEqualTo(201);
    return number;
  }

  private static Response answerCorrection(Api caller, String number) {
    return caller.post(
        "/api/applications/" + number + "/corrections", Api.json(Api.object("note", "已补正")));
  }

  private void assertSuccessEffect(Endpoint endpoint, Caller role, Call call) {
    Response response = call.response();
    switch (endpoint) {
      case LIST_ITEMS -> {
        response.items();
        assertCatalogue(role.api().all("/api/items"));
      }
      case GET_ITEM -> assertThat(response.json().path("code").asText()).isEqualTo(anyItemCode());
      case SUBMIT -> {
        String number = response.json().path("number").asText();
        assertThat(number).as("%s", response).isNotBlank();
        assertThat(Casework.application(role.api(), number).path("status").asText())
            .isEqualTo("SUBMITTED");
      }
      case LIST_APPLICATIONS -> {
        response.items();
        // the first page holds the latest applications of every test; the whole list has these
        List<String> numbers = numbers(role.api().all("/api/applications"));
        switch (role) {
          case ZHANGSAN ->
              assertThat(numbers).contains(zhangsansApplication).doesNotContain(lisisApplication);
          case LISI ->
              assertThat(numbers).contains(lisisApplication).doesNotContain(zhangsansApplication);
          default -> assertThat(numbers).contains(zhangsansApplication, lisisApplication);
        }
      }
      case GET_APPLICATION -> {
        JsonNode application = response.json();
        assertThat(application.path("number").asText()).isEqualTo(zhangsansApplication);
        assertThat(application.path("itemCode").asText()).isEqualTo(anyItemCode());
        assertThat(application.path("form").path("applicantName").asText()).isEqualTo("张三");
      }
      case GET_HISTORY -> {
        JsonNode history = response.items();
        assertThat(history.size()).as("%s", response).isPositive();
        assertThat(history.get(0).path("actor").asText()).as("%s", response).isEqualTo("zhangsan");
      }
      case WITHDRAW -> {
        assertThat(response.json().path("status").asText())
            .as("%s", response)
            .isEqualTo("WITHDRAWN");
        assertThat(Casework.application(ZHANGSAN, call.number()).path("status").asText())
            .isEqualTo("WITHDRAWN");
      }
      case ANSWER_CORRECTION -> {
        assertThat(response.json().path("status").asText())
            .as("%s", response)
            .isEqualTo("SUBMITTED");
        assertThat(Casework.application(ZHANGSAN, call.number()).path("status").asText())
            .isEqualTo("SUBMITTED");
      }
      case LIST_TASKS -> {
        response.items();
        JsonNode tasks = role.api().all("/api/tasks");
        List<String> steps =
            StreamSupport.stream(tasks.spliterator(), false)
                .map(task -> task.path("step").asText())
                .toList();
        // the steps the step catalogue gives the role, in every process
        Set<String> ownSteps =
            switch (role) {
              case CLERK -> stepsOf("clerk");
              case OFFICER -> stepsOf("officer");
              case DIRECTOR -> stepsOf("director");
              default -> throw new AssertionError(role + " should not list tasks: " + response);
            };
        // a group sees its own steps only (the list may be empty for officer and director)
        assertThat(steps).as("steps in %s's tasks", role).allMatch(ownSteps::contains);
        if (role == Caller.CLERK) {
          assertThat(numbers(tasks, "applicationNumber")).contains(call.number());
        }
        for (JsonNode task : tasks) {
          assertThat(task.path("id").asText()).as("%s", task).isNotBlank();
          assertThat(task.path("applicationNumber").asText()).as("%s", task).isNotBlank();
          assertThat(task.path("name").asText()).as("%s", task).isNotBlank();
        }
      }
      case CLAIM ->
          assertThat(
                  findTask(role.api(), call.number(), ACCEPT)
                      .orElseThrow()
                      .path("assignee")
                      .asText())
              .isEqualTo(role.api().username());
      case RELEASE ->
          assertThat(
                  Casework.text(
                      findTask(CLERK, call.number(), ACCEPT).orElseThrow().path("assignee")))
              .as("assignee after release")
              .isBlank();
      case COMPLETE -> {
        assertThat(response.json().path("applicationNumber").asText()).isEqualTo(call.number());
        assertThat(response.json().path("status").asText()).isEqualTo("UNDER_REVIEW");
      }
      case RATE -> {
        assertThat(response.json().path("level").asInt()).as("%s", response).isEqualTo(4);
        assertThat(
                ZHANGSAN
                    .get("/api/applications/" + call.number() + "/evaluation")
                    .json()
                    .path("comment")
                    .asText())
            .isEqualTo("办理顺利");
      }
      case GET_EVALUATION -> {
        assertThat(response.json().path("applicationNumber").asText()).isEqualTo(call.number());
        assertThat(response.json().path("level").asInt()).isEqualTo(5);
      }
      case GET_COMMITMENT -> {
        assertThat(response.json().path("applicationNumber").asText()).isEqualTo(call.number());
        assertThat(response.json().path("state").asText()).isEqualTo("signed");
        assertThat(response.json().path("commitmentText").asText()).isNotBlank();
      }
      case LIST_FOLLOW_UPS -> {
        JsonNode page = response.json();
        assertThat(page.path("items").isArray()).as("%s", response).isTrue();
        assertThat(page.has("total")).as("%s", response).isTrue();
      }
      case URGE_FOLLOW_UP ->
          assertThat(response.json().path("urgeCount").asInt()).as("%s", response).isEqualTo(1);
      case LIST_INCIDENTS -> {
        JsonNode page = response.json();
        assertThat(page.path("items").isArray()).as("%s", response).isTrue();
        assertThat(page.path("page").asInt()).isZero();
        assertThat(page.path("size").asInt()).isEqualTo(20);
        assertThat(page.has("total")).as("%s", response).isTrue();
      }
      case CASE_AUDIT -> {
        JsonNode first = response.items().get(0);
        assertThat(first.path("action").asText()).as("%s", response).isEqualTo("case.submitted");
        assertThat(first.path("actor").asText()).isEqualTo("zhangsan");
      }
      case CASE_TIMELINE ->
          assertThat(response.items().findValuesAsText("kind"))
              .as("%s", response)
              .contains("engine", "act");
      case CASE_VIEWERS -> {
        assertThat(response.json().isArray()).as("%s", response).isTrue();
        assertThat(response.body()).as("names are never shown").doesNotContain("\"actor\"");
      }
      case LIST_ACCOUNTS -> {
        assertThat(response.json().path("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(response.body())
            .contains("\"username\":\"clerk\"")
            .doesNotContain("passwordHash");
      }
      case AUDIT_VERIFICATION -> {
        assertThat(response.json().path("intact").asBoolean()).as("%s", response).isTrue();
        assertThat(response.json().get("firstBrokenEntry").isNull()).as("%s", response).isTrue();
      }
      case SYSTEM_CERTIFICATE ->
          assertThat(response.body()).startsWith("-----BEGIN CERTIFICATE-----");
      case STATISTICS -> {
        assertThat(response.json().path("groupBy").asText()).isEqualTo("section");
        assertThat(response.json().path("section").isNull()).as("%s", response).isTrue();
        assertThat(response.json().path("total").path("values").has("received")).isTrue();
      }
      case STATISTICS_CASES -> assertThat(response.json().path("items").isArray()).isTrue();
      case STATISTICS_EXPORT -> assertThat(response.body()).startsWith("\uFEFF");
      case LIST_INSPECTION_PLANS -> assertThat(response.json().path("total").asLong()).isPositive();
      case GET_DRAW -> assertThat(response.json().path("selection").size()).isPositive();
      case REPLAY_DRAW ->
          assertThat(response.body()).isEqualTo(Api.anonymous().get(drawnPlan() + "/draw").body());
      case CREATE_INSPECTION_PLAN ->
          assertThat(response.json().path("state").asText()).isEqualTo("draft");
      case INSPECTORS -> assertThat(response.json().path("items").isArray()).isTrue();
      case CREDIT_LIST -> assertThat(response.json().path("items").isArray()).isTrue();
      case CREDIT_IMPORT -> assertThat(response.json().path("rows").asInt()).isEqualTo(1);
      case PUBLIC_NOTICES -> assertThat(response.json().path("items").isArray()).isTrue();
      case ABNORMAL_LIST -> assertThat(response.json().path("items").isArray()).isTrue();
      case ABNORMAL_ADD ->
          assertThat(response.json().path("creditCode").asText()).isEqualTo("91350100M000100Y43");
      case CREDIT_RECORD ->
          assertThat(response.json().path("creditCode").asText()).isEqualTo("91350100M000100Y43");
      case PUBLICATIONS, PUBLICATIONS_OVERDUE -> response.items();
      case OPEN_DATA ->
          assertThat(response.items().findValuesAsText("id"))
              .as("%s", response)
              .contains("publications");
      case OPEN_DATA_CSV -> assertThat(response.body()).startsWith("\uFEFFid,kind,holderName");
      case LICENCE -> assertThat(response.json().path("version").asInt()).isEqualTo(1);
      case LICENCE_CREDENTIAL ->
          assertThat(response.json().path("credential").asText().split("\\.")).hasSize(3);
      case MY_BUSINESSES -> {
        List<String> codes = response.items().findValuesAsText("creditCode");
        if (role == Caller.ZHANGSAN) {
          assertThat(codes).contains(zhangsansLicence());
        } else {
          assertThat(codes).doesNotContain(zhangsansLicence());
        }
      }
      case START_CHANGE ->
          assertThat(response.json().path("changeOf").asText()).isEqualTo(zhangsansLicence());
      case DRAFT_CREATE -> {
        assertThat(response.json().path("status").asText()).isEqualTo("DRAFT");
        long id = response.json().path("id").asLong();
        // the creator's own, and nobody else's
        assertStatus(role.api().get("/api/application-drafts/" + id), 200);
        Api other = role == Caller.ZHANGSAN ? LISI : ZHANGSAN;
        assertJsonError(other.get("/api/application-drafts/" + id), 404);
        assertStatus(role.api().delete("/api/application-drafts/" + id), 204);
      }
      case DRAFT_LIST -> {
        List<String> ids = response.items().findValuesAsText("id");
        if (role == Caller.ZHANGSAN) {
          assertThat(ids).contains(String.valueOf(zhangsansDraft()));
        } else {
          assertThat(ids).doesNotContain(String.valueOf(zhangsansDraft()));
        }
      }
      case DRAFT_GET, DRAFT_SAVE ->
          assertThat(response.json().path("id").asLong()).isEqualTo(zhangsansDraft());
      case DECISION_PREVIEW -> {
        assertThat(response.json().path("title").asText()).isEqualTo("准予行政许可决定书");
        assertThat(response.json().path("documentNumber").asText()).contains(call.number());
        assertThat(response.json().path("paragraphs").toString()).contains("准予许可");
        // a preview seals nothing and decides nothing
        assertThat(Casework.application(ZHANGSAN, call.number()).path("status").asText())
            .isEqualTo("AWAITING_DECISION");
        assertThat(Casework.application(ZHANGSAN, call.number()).path("documents").toString())
            .doesNotContain("approval-decision");
      }
      case TECHNICAL_CONTRACT_FILE ->
          // a citizen passes the role check and meets the terms' check: nothing is filed
          assertThat(response.json().path("problems").toString())
              .contains("technicalIncomeFen", "error.technicalContract.technicalIncome");
      case VOUCHER_APPLY ->
          assertThat(response.json().path("problems").toString())
              .contains("error.voucher.notInProvince");
      case VOUCHER_PROVIDERS -> assertThat(response.items().toString()).contains("SXU-ATC");
      case VOUCHER_STATISTICS ->
          assertThat(response.json().path("providers").toString()).contains("SXU-ATC");
      case VOUCHER_PROVIDER_ADD ->
          assertThat(response.json().path("problems").toString())
              .contains("error.voucher.providerKind");
      case TECHNICAL_CONTRACT_STATISTICS -> {
        assertThat(response.json().path("types")).hasSize(5);
        assertThat(response.json().path("year").asInt()).isGreaterThan(2025);
      }
      default -> throw new AssertionError("no success expected for " + endpoint);
    }
  }

  private static Long zhangsansDraft;

  /** A draft of zhangsan's, made once; only read and saved with the same answer by this class. */
  private static synchronized long zhangsansDraft() {
    if (zhangsansDraft == null) {
      zhangsansDraft =
          assertStatus(
                  ZHANGSAN.post(
                      "/api/application-drafts",
                      Api.json(Api.object("itemCode", anyItemCode(), "applicantName", "张三"))),
                  201)
              .json()
              .path("id")
              .asLong();
    }
    return zhangsansDraft;
  }

  @Test
  void aCitizenCannotTellAnothersApplicationFromANonExistentOne() {
    Response others = ZHANGSAN.get("/api/applications/" + lisisApplication);
    Response unknown = ZHANGSAN.get("/api/applications/" + lisisApplication + "0");
    assertJsonErrorOrEmpty(others, 404);
    assertJsonErrorOrEmpty(unknown, 404);
    assertThat(others.json().path("code"))
        .as("same error for %s and %s", others, unknown)
        .isEqualTo(unknown.json().path("code"));
    assertJsonErrorOrEmpty(ZHANGSAN.get("/api/applications/" + lisisApplication + "/history"), 404);
    assertJsonErrorOrEmpty(LISI.get("/api/applications/" + zhangsansApplication + "/history"), 404);
  }

  @Test
  void theSupervisorReadsEveryonesApplicationsAndHistories() {
    Api supervisor = Api.as("supervisor");
    for (String number : List.of(zhangsansApplication, lisisApplication)) {
      assertThat(Casework.application(supervisor, number).path("number").asText())
          .isEqualTo(number);
      assertThat(Casework.history(supervisor, number).size()).isPositive();
    }
  }

  @Test
  void onlyTheDirectorDecides() {
    String number = Casework.submitUpToDecision(ZHANGSAN, "approve");
    String taskId = awaitTask(Api.as("director"), number, DECIDE).path("id").asText();
    for (String staff : List.of("clerk", "officer")) {
      Api other = Api.as(staff);
      assertJsonErrorOrEmpty(other.post("/api/tasks/" + taskId + "/claim"), Set.of(403, 404));
      assertJsonErrorOrEmpty(complete(other, taskId, "approve", "越权决定", null), Set.of(403, 404));
    }
    assertThat(Casework.application(ZHANGSAN, number).path("status").asText())
        .isEqualTo("AWAITING_DECISION");
  }

  @Test
  void unknownUsersAreUnauthorized() {
    assertJsonErrorOrEmpty(Api.as("nobody", Api.DEMO_PASSWORD).get("/api/applications"), 401);
    assertJsonErrorOrEmpty(Api.anonymous().get("/api/applications"), 401);
  }

  private static void assertCatalogue(JsonNode items) {
    assertThat(items.size()).as("approval items").isGreaterThanOrEqualTo(3);
    for (JsonNode item : items) {
      for (String field :
          List.of("code", "name", "nameEn", "department", "section", "legalBasis")) {
        assertThat(item.path(field).asText()).as("%s of %s", field, item).isNotBlank();
      }
      assertThat(item.path("statutoryDays").isInt()).as("statutoryDays of %s", item).isTrue();
      assertThat(item.path("promisedDays").isInt()).as("promisedDays of %s", item).isTrue();
      assertThat(item.path("promisedDays").asInt())
          .as("a promised time limit within the statutory one: %s", item)
          .isNotNegative()
          .isLessThanOrEqualTo(item.path("statutoryDays").asInt());
      assertThat(item.path("materials").size()).as("materials of %s", item).isPositive();
      for (JsonNode material : item.path("materials")) {
        assertThat(material.path("code").asText()).as("%s", material).isNotBlank();
        assertThat(material.path("name").asText()).as("%s", material).isNotBlank();
        assertThat(material.path("required").isBoolean()).as("required of %s", material).isTrue();
      }
    }
  }

  // ---- reads per section ----

  private static final String MARKET = "MARKET_ACCESS";
  private static final String SOCIAL = "SOCIAL_AFFAIRS";

  /**
   * The demo staff (README, "Demo accounts") and the one section whose cases each reads, {@code
   * null} for every section; whether they hold the officer's role.
   */
  enum Reader {
    OFFICER("officer", null, true),
    OFFICER2("officer2", MARKET, true),
    OFFICER3("officer3", SOCIAL, true),
    CHIEF("chief", MARKET, true),
    CLERK("clerk", null, false),
    DIRECTOR("director", null, false),
    SUPERVISOR("supervisor", null, false);

    private final String username;
    private final String section;
    private final boolean officer;

    Reader(String username, String section, boolean officer) {
      this.username = username;
      this.section = section;
      this.officer = officer;
    }

    Api api() {
      return Api.as(username);
    }

    boolean reads(SectionCase c) {
      return section == null || section.equals(c.section());
    }

    @Override
    public String toString() {
      return username;
    }
  }

  /**
   * A case of one section with what its read endpoints need: a handed-in file, an issued document
   * and, where one is open, the review task.
   */
  record SectionCase(
      String section, String number, String materialUrl, String documentUrl, String reviewTaskId) {}

  /**
   * zhangsan's business registration (市场准入审批科), carried to its licence; and his application for a
   * 社会事务审批科 item with a file, accepted, its review waiting in the section's pool.
   */
  private static SectionCase marketCase;

  private static SectionCase socialCase;

  @BeforeAll
  static void oneCaseOfEachOfTwoSections() {
    Api clerk = Api.as("clerk");
    String registration = Registrations.submitCompany(ZHANGSAN);
    Casework.claimAndComplete(clerk, registration, ACCEPT, "accept", "一表申请齐全，予以受理");
    Casework.claimAndComplete(Api.as("officer2"), registration, REVIEW, "approve", "形式审查通过");
    Casework.claimAndComplete(Api.as("director"), registration, DECIDE, "approve", "准予登记");
    Casework.await(
        "licence of " + registration,
        () -> ZHANGSAN.get("/api/applications/" + registration + "/licence"),
        r -> r.status() == 200);
    marketCase = sectionCase(MARKET, registration, null);

    JsonNode item = plainItemOf(SOCIAL);
    Map<String, Object> file =
        Api.object(
            "requirement",
            item.path("materials").get(0).path("code").asText(),
            "fileName",
            "申请书.pdf",
            "contentType",
            "application/pdf",
            "contentBase64",
            Base64.getEncoder()
                .encodeToString("%PDF-1.4 application".getBytes(StandardCharsets.UTF_8)));
    Response filed =
        assertStatus(
            ZHANGSAN.post(
                "/api/applications",
                Api.json(
                    Api.object(
                        "itemCode",
                        item.path("code").asText(),
                        "form",
                        Casework.form("张三"),
                        "materials",
                        List.of(file))),
                "Idempotency-Key",
                UUID.randomUUID().toString()),
            201);
    String social = filed.json().path("number").asText();
    Casework.claimAndComplete(clerk, social, ACCEPT, "accept", "材料齐全，予以受理");
    String review = awaitTask(Api.as("officer3"), social, REVIEW).path("id").asText();
    socialCase = sectionCase(SOCIAL, social, review);
  }

  private static SectionCase sectionCase(String section, String number, String reviewTaskId) {
    JsonNode application = Casework.application(ZHANGSAN, number);
    assertThat(application.path("materials").size()).as("%s", application).isPositive();
    assertThat(application.path("documents").size()).as("%s", application).isPositive();
    assertThat(application.path("materials").get(0).path("downloadUrl").asText())
        .as("%s", application)
        .startsWith("/api/");
    assertThat(application.path("documents").get(0).path("url").asText())
        .as("%s", application)
        .startsWith("/api/");
    return new SectionCase(
        section,
        number,
        application.path("materials").get(0).path("downloadUrl").asText(),
        application.path("documents").get(0).path("url").asText(),
        reviewTaskId);
  }

  /** A seeded item of the section that runs the plain path (accept → review → decide). */
  private static JsonNode plainItemOf(String section) {
    for (JsonNode item : Casework.catalogue()) {
      if (section.equals(item.path("sectionCode").asText())
          && !item.path("code").asText().startsWith("ZZ-")
          && item.path("specialSteps").isEmpty()
          && "PROMISED".equals(item.path("kind").asText())
          && item.path("materials").size() > 0) {
        return item;
      }
    }
    throw new AssertionError("no plain item of " + section + " in " + Casework.catalogue());
  }

  /** Every read of a case: the API, the files, the history, the clock, the steps and the form. */
  enum CaseRead {
    APPLICATION("GET /api/applications/{n}"),
    CLOCK("GET /api/applications/{n}/clock"),
    OPEN_TASKS("GET /api/applications/{n}/tasks"),
    HISTORY("GET /api/applications/{n}/history"),
    MATERIAL("GET /api/applications/{n}/materials/{id}"),
    DOCUMENT("GET /api/applications/{n}/documents/{id}"),
    PROGRESS("GET /api/applications/{n}/progress"),
    CARDS("GET /api/applications/{n}/cards"),
    REGISTRATION("GET /api/applications/{n}/registration"),
    LICENCE("GET /api/applications/{n}/licence"),
    PUSHES("GET /api/applications/{n}/pushes"),
    VIEWERS("GET /api/applications/{n}/viewers"),
    TASK("GET /api/tasks/{review}");

    private final String label;

    CaseRead(String label) {
      this.label = label;
    }

    /**
     * Whether the case of the section has what this read reads: the market case is a registration,
     * the social case has an open task.
     */
    boolean applies(String section) {
      return switch (this) {
        case REGISTRATION, LICENCE, PUSHES -> MARKET.equals(section);
        case TASK -> SOCIAL.equals(section);
        default -> true;
      };
    }

    String path(SectionCase c) {
      String base = "/api/applications/" + c.number();
      return switch (this) {
        case APPLICATION -> base;
        case CLOCK -> base + "/clock";
        case OPEN_TASKS -> base + "/tasks";
        case HISTORY -> base + "/history";
        case MATERIAL -> c.materialUrl();
        case DOCUMENT -> c.documentUrl();
        case PROGRESS -> base + "/progress";
        case CARDS -> base + "/cards";
        case REGISTRATION -> base + "/registration";
        case LICENCE -> base + "/licence";
        case PUSHES -> base + "/pushes";
        case VIEWERS -> base + "/viewers";
        case TASK -> "/api/tasks/" + c.reviewTaskId();
      };
    }

    /** The same read of a case (or task) that does not exist. */
    String unknownPath(SectionCase c) {
      return this == TASK
          ? "/api/tasks/no-such-task"
          : path(c).replace(c.number(), c.number() + "0");
    }

    /**
     * 200 for whoever reads the case; "not found" for staff of another section. The review task is
     * worked by officers only: other readers of the case are refused it.
     */
    int expected(Reader reader, SectionCase c) {
      if (!reader.reads(c)) {
        return 404;
      }
      return this == TASK && !reader.officer ? 403 : 200;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  static Stream<Arguments> sectionReads() {
    return Stream.of(MARKET, SOCIAL)
        .flatMap(
            section ->
                Arrays.stream(CaseRead.values())
                    .filter(read -> read.applies(section))
                    .flatMap(
                        read ->
                            Arrays.stream(Reader.values())
                                .map(reader -> Arguments.of(read, section, reader))));
  }

  @ParameterizedTest(name = "{0} of a {1} case as {2}")
  @MethodSource("sectionReads")
  void staffOfASectionReadOnlyItsCasesAndMeetAnothersAsNonExistent(
      CaseRead read, String section, Reader reader) {
    SectionCase c = MARKET.equals(section) ? marketCase : socialCase;
    Response response = reader.api().get(read.path(c));
    int expected = read.expected(reader, c);
    if (expected == 200) {
      assertStatus(response, 200);
      switch (read) {
        case APPLICATION ->
            assertThat(response.json().path("number").asText()).isEqualTo(c.number());
        case TASK ->
            assertThat(response.json().path("applicationNumber").asText()).isEqualTo(c.number());
        case MATERIAL, DOCUMENT -> assertThat(response.body()).as("%s", response).isNotEmpty();
        case OPEN_TASKS, HISTORY, CARDS, PUSHES -> response.items();
        case VIEWERS -> assertThat(response.json().isArray()).as("%s", response).isTrue();
        default -> assertThat(response.json().isObject()).as("%s", response).isTrue();
      }
      return;
    }
    JsonNode refused = assertJsonError(response, expected);
    if (expected == 404) {
      JsonNode unknown = assertJsonError(reader.api().get(read.unknownPath(c)), 404);
      assertThat(refused.path("code"))
          .as("another section's case answers as one that does not exist: %s", response)
          .isEqualTo(unknown.path("code"));
    }
  }

  @Test
  void aSectionsCasesAreListedToTheStaffWhoReadThemAndCountedForThemOnly() {
    for (Reader reader : Reader.values()) {
      for (SectionCase c : List.of(marketCase, socialCase)) {
        Response page =
            assertStatus(reader.api().get("/api/applications?number=" + c.number()), 200);
        boolean reads = reader.reads(c);
        assertThat(page.json().path("total").asLong())
            .as("%s lists %s", reader, c.number())
            .isEqualTo(reads ? 1 : 0);
        assertThat(numbers(page.items())).isEqualTo(reads ? List.of(c.number()) : List.of());
        // part of a number is still searched for as such (a whole one goes to the unique index)
        Response part =
            assertStatus(
                reader.api().get("/api/applications?size=100&number=" + c.number().substring(4)),
                200);
        assertThat(numbers(part.items()).contains(c.number()))
            .as("%s, part", reader)
            .isEqualTo(reads);
      }
    }
    List<String> officer3 = Casework.numbersOf(Reader.OFFICER3.api());
    assertThat(officer3).contains(socialCase.number()).doesNotContain(marketCase.number());
    List<String> chief = Casework.numbersOf(Reader.CHIEF.api());
    assertThat(chief).contains(marketCase.number()).doesNotContain(socialCase.number());
    for (Reader overseer : List.of(Reader.DIRECTOR, Reader.SUPERVISOR, Reader.CLERK)) {
      assertThat(Casework.numbersOf(overseer.api()))
          .as("%s lists every section's cases", overseer)
          .contains(marketCase.number(), socialCase.number());
    }
  }

  @Test
  void anotherSectionsTaskIsInNoInboxOfThatSectionsStaffNorWorkload() {
    String social = socialCase.number();
    assertThat(Casework.findTask(Reader.OFFICER3.api(), social, REVIEW)).isPresent();
    assertThat(Casework.findTask(Reader.OFFICER.api(), social, REVIEW)).isPresent();
    for (Reader other : List.of(Reader.OFFICER2, Reader.CHIEF)) {
      assertThat(Casework.findTask(other.api(), social, REVIEW)).as("%s", other).isEmpty();
      assertJsonError(other.api().post("/api/tasks/" + socialCase.reviewTaskId() + "/claim"), 404);
    }
    assertThat(numbers(Reader.CHIEF.api().all("/api/tasks/workload"), "applicationNumber"))
        .doesNotContain(social);
  }

  @Test
  void theCasePageAndTheTaskPageOfAnotherSectionAnswerNotFound() {
    PageSession officer3 = PageSession.signedIn("officer3");
    assertThat(officer3.get("/application.xhtml?number=" + socialCase.number()).status())
        .isEqualTo(200);
    assertThat(officer3.get("/staff/task.xhtml?id=" + socialCase.reviewTaskId()).status())
        .isEqualTo(200);
    PageSession.Answer market = officer3.get("/application.xhtml?number=" + marketCase.number());
    assertThat(market.status()).isEqualTo(404);
    PageSession officer2 = PageSession.signedIn("officer2");
    assertThat(officer2.get("/application.xhtml?number=" + socialCase.number()).status())
        .isEqualTo(404);
    assertThat(officer2.get("/staff/task.xhtml?id=" + socialCase.reviewTaskId()).status())
        .isEqualTo(404);
    assertThat(officer2.get("/application.xhtml?number=" + marketCase.number()).status())
        .isEqualTo(200);
  }

  private static List<String> numbers(JsonNode applications) {
    return numbers(applications, "number");
  }

  private static List<String> numbers(JsonNode array, String field) {
    return StreamSupport.stream(array.spliterator(), false)
        .map(node -> node.path(field).asText())
        .toList();
  }

  /** The task keys the step catalogue gives a role, across all processes. */
  private static Set<String> stepsOf(String role) {
    return StepCatalogue.all().stream()
        .filter(step -> step.role().equals(role))
        .map(StepDefinition::taskKey)
        .collect(Collectors.toSet());
  }
}
