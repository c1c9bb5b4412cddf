package cn.oneseal.domain.model.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.oneseal.domain.model.catalog.CatalogFixtures;
import cn.oneseal.domain.shared.DomainException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The statutory process as the aggregate enforces it, independent of the process engine. */
class ApplicationTest {

  private static final Instant T0 = Instant.parse("2026-11-27T01:00:00Z");

  private final Application application =
      new Application(
          CatalogFixtures.hygieneLicence(),
          "zhangsan",
          "key-1",
          Map.of("applicantName", "张三"),
          List.of(new CheckedUpload(null, "plan.pdf", "application/pdf", new byte[] {1, 2})),
          T0);

  private Instant at(int minutes) {
    return T0.plusSeconds(60L * minutes);
  }

  @Test
  void aNewApplicationWaitsAtTheWindowWithItsSubmissionRecorded() {
    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
    assertThat(application.getMaterials())
        .extracting(Material::getFileName)
        .containsExactly("plan.pdf");
    assertThat(application.getHistory())
        .extracting(HistoryEntry::getAction)
        .containsExactly("submitted");
    assertThat(application.getHistory().get(0).getActor()).isEqualTo("zhangsan");
  }

  @Test
  void theWholeApprovalPathRecordsEveryStepWithActorOpinionAndDuration() {
    application.requestCorrections("clerk", List.of("营业执照复印件", " 平面图 ", ""), T0, at(10), "请一次性补齐");
    assertThat(application.getCorrectionItems()).containsExactly("营业执照复印件", "平面图");
    application.answerCorrections("zhangsan", "已补齐", List.of(), at(10), at(60));
    application.accept("clerk", at(60), at(70), "材料齐全");
    application.review("officer", "approve", "符合条件", at(70), at(100));
    application.approve("director", "同意", at(100), at(130));
    application.deliver(at(131));

    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.APPROVED);
    assertThat(application.getDeliveredAt()).isEqualTo(at(131));
    assertThat(application.getHistory())
        .extracting(HistoryEntry::getAction)
        .containsExactly(
            "submitted",
            "correctionRequested",
            "corrected",
            "accepted",
            "reviewed",
            "approved",
            "delivered");
    assertThat(application.getHistory())
        .extracting(HistoryEntry::getActor)
        .containsExactly("zhangsan", "clerk", "zhangsan", "clerk", "officer", "director", "system");
    HistoryEntry review = application.getHistory().get(4);
    assertThat(review.getDuration()).hasMinutes(30);
    assertThat(review.getOpinion()).contains("符合条件");
  }

  @Test
  void aCorrectionRequestMustListSomething() {
    assertThatThrownBy(
            () -> application.requestCorrections("clerk", List.of(" ", ""), T0, at(1), null))
        .hasMessage("error.correction.listEmpty");
    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
    assertThat(application.getHistory()).hasSize(1);
  }

  @Test
  void refusalsAndDenialsNeedReasons() {
    assertThatThrownBy(() -> application.refuse("clerk", " ", T0, at(1)))
        .hasMessage("error.refusal.reasonsRequired");
    application.accept("clerk", T0, at(1), null);
    application.review("officer", "deny", "不符合条件", at(1), at(2));
    assertThatThrownBy(() -> application.deny("director", null, at(2), at(3)))
        .hasMessage("error.denial.reasonsRequired");
    application.deny("director", "场所面积不符合要求", at(2), at(3));
    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.DENIED);
    assertThat(application.getDecisionReasons()).isEqualTo("场所面积不符合要求");
  }

  @Test
  void stepsOutOfOrderAreConflictsAndChangeNothing() {
    assertThatThrownBy(() -> application.approve("director", "同意", T0, at(1)))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
    assertThatThrownBy(() -> application.review("officer", "approve", "ok", T0, at(1)))
        .isInstanceOf(DomainException.class);
    assertThatThrownBy(() -> application.answerCorrections("zhangsan", "x", List.of(), T0, at(1)))
        .hasMessage("error.correction.notRequested");
    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
    assertThat(application.getHistory()).hasSize(1);
  }

  @Test
  void theApplicantMayWithdrawUntilTheDecisionButNotAfter() {
    application.accept("clerk", T0, at(1), null);
    application.withdraw("zhangsan", "不再需要", at(2));
    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.WITHDRAWN);
    assertThat(application.getWithdrawReason()).isEqualTo("不再需要");

    Application decided =
        new Application(
            CatalogFixtures.hygieneLicence(), "zhangsan", "key-2", Map.of(), List.of(), T0);
    decided.refuse("clerk", "不属于本机关职权范围", T0, at(1));
    assertThatThrownBy(() -> decided.withdraw("zhangsan", "x", at(2)))
        .hasMessage("error.withdraw.tooLate");
  }

  @Test
  void onlyTheApplicantMayWithdrawOrCorrectAndOthersSeeNothing() {
    assertThatThrownBy(() -> application.withdraw("lisi", "x", at(1)))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
  }

  @Test
  void deemedAcceptanceIsFlaggedOnceAndOnlyWhileWaitingAtTheWindow() {
    application.flagDeemedAcceptance(at(5));
    application.flagDeemedAcceptance(at(6));
    assertThat(application.isDeemedAccepted()).isTrue();
    assertThat(application.getHistory())
        .extracting(HistoryEntry::getAction)
        .containsExactly("submitted", "deemedAccepted");

    Application accepted =
        new Application(
            CatalogFixtures.hygieneLicence(), "zhangsan", "key-3", Map.of(), List.of(), T0);
    accepted.accept("clerk", T0, at(1), null);
    accepted.flagDeemedAcceptance(at(5));
    assertThat(accepted.isDeemedAccepted()).isFalse();
  }

  @Test
  void anUnansweredCorrectionIsDeemedWithdrawnOnlyAfterItsDueDay() {
    application.requestCorrections("clerk", List.of("平面图"), T0, at(10), null);
    application.setCorrectionDue(java.time.LocalDate.of(2026, 12, 18));
    String consequence = "逾期未补正的，视为撤回申请。";

    // the due day itself (Beijing time) is still the applicant's
    assertThat(application.lapseCorrection(Instant.parse("2026-12-18T15:59:00Z"), consequence))
        .isFalse();
    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.CORRECTION_REQUESTED);

    assertThat(application.lapseCorrection(Instant.parse("2026-12-18T16:00:00Z"), consequence))
        .isTrue();
    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.WITHDRAWN);
    HistoryEntry last = application.getHistory().get(application.getHistory().size() - 1);
    assertThat(last.getAction()).isEqualTo("withdrawn");
    assertThat(last.getActor()).isEqualTo("system");
    // once only: a withdrawn case does not lapse again
    assertThat(application.lapseCorrection(Instant.parse("2026-12-21T02:00:00Z"), consequence))
        .isFalse();
  }

  @Test
  void withoutADueDayNothingLapses() {
    application.requestCorrections("clerk", List.of("平面图"), T0, at(10), null);

    assertThat(application.lapseCorrection(Instant.parse("2027-06-01T00:00:00Z"), null)).isFalse();
    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.CORRECTION_REQUESTED);
  }

  @Test
  void theIdInANumberIsReadOnlyFromTheFormTheNumberIsMadeIn() {
    assertThat(Application.idIn("XK20261127002200")).hasValue(2200);
    assertThat(Application.idIn("XK202611271234567")).hasValue(1234567);
    assertThat(Application.idIn("XK2026112700220")).isEmpty();
    assertThat(Application.idIn("ZK20261127002200")).isEmpty();
    assertThat(Application.idIn("XK2026112700x200")).isEmpty();
    assertThat(Application.idIn("XK20261127-02200")).isEmpty();
    assertThat(Application.idIn(null)).isEmpty();
  }
}
