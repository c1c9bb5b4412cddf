package cn.oneseal.web.view.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.application.dto.ApplicationDetails;
import cn.oneseal.application.dto.DocumentInfo;
import cn.oneseal.web.view.application.CaseGuideView.ActionKind;
import cn.oneseal.web.view.application.CaseGuideView.NextAction;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CaseGuideViewTest {

  private static final Instant T = Instant.parse("2027-03-01T02:00:00Z");

  private static ApplicationDetails inStatus(String status) {
    return new ApplicationDetails(
        "SP-2027-000001",
        "SC-0001",
        1,
        "食品经营许可",
        "Food business licence",
        "zhangsan",
        status,
        T,
        null,
        null,
        null,
        false,
        Map.of(),
        List.of(),
        List.of(),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        List.of(),
        null,
        List.of());
  }

  private static DocumentInfo document(long id, String kind, Instant issuedAt) {
    return new DocumentInfo(id, kind, kind + ".pdf", "application/pdf", "00", issuedAt, "t" + id);
  }

  private static List<ActionKind> kinds(List<NextAction> actions) {
    return actions.stream().map(NextAction::kind).toList();
  }

  @Test
  void aPendingCorrectionIsTheOnlyThingToDo() {
    List<NextAction> next =
        CaseGuideView.actions(
            inStatus("CORRECTION_REQUESTED"), List.of(document(1, "CORRECTION_NOTICE", T)), false);
    assertThat(kinds(next)).containsExactly(ActionKind.ANSWER_CORRECTION);
    assertThat(next.get(0).href()).isEqualTo("#correctionNotice");
  }

  @Test
  void anOpenCaseAsksNothingOfTheApplicant() {
    assertThat(
            kinds(
                CaseGuideView.actions(
                    inStatus("UNDER_REVIEW"), List.of(document(1, "ACCEPTANCE_NOTICE", T)), false)))
        .containsExactly(ActionKind.WAIT);
  }

  @Test
  void aDecidedCaseOffersItsDecisionThenTheRating() {
    List<NextAction> next =
        CaseGuideView.actions(
            inStatus("APPROVED"),
            List.of(
                document(1, "ACCEPTANCE_NOTICE", T),
                document(2, "APPROVAL_DECISION", T.plusSeconds(60))),
            true);
    assertThat(kinds(next)).containsExactly(ActionKind.DOWNLOAD_DECISION, ActionKind.RATE);
    assertThat(next.get(0).href()).isEqualTo("/api/applications/SP-2027-000001/documents/2");
    assertThat(next.get(1).href()).isEqualTo("#evaluationCard");
  }

  @Test
  void aLicenceComesBeforeTheDecisionAndARatedCaseIsNotAskedAgain() {
    List<NextAction> next =
        CaseGuideView.actions(
            inStatus("APPROVED"),
            List.of(document(2, "REGISTRATION_APPROVAL", T), document(3, "BUSINESS_LICENCE", T)),
            false);
    assertThat(kinds(next)).containsExactly(ActionKind.DOWNLOAD_LICENCE);
    assertThat(next.get(0).document().id()).isEqualTo(3);
  }

  @Test
  void aRefusalToAcceptIsADocumentToKeepAndAWithdrawnCaseAsksNothing() {
    assertThat(
            kinds(
                CaseGuideView.actions(
                    inStatus("REFUSED"), List.of(document(4, "REFUSAL_NOTICE", T)), false)))
        .containsExactly(ActionKind.DOWNLOAD_DECISION);
    assertThat(kinds(CaseGuideView.actions(inStatus("WITHDRAWN"), List.of(), false)))
        .containsExactly(ActionKind.NONE);
  }
}
