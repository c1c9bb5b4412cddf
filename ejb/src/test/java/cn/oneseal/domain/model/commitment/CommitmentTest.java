package cn.oneseal.domain.model.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.oneseal.domain.model.document.IssuedDocument;
import cn.oneseal.domain.model.registration.LicenceStatus;
import cn.oneseal.domain.shared.DomainException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The legal order of a commitment's life (告知承诺制): approval, post-check, rectification, the holder's
 * statement within its period, revocation — and the approval's status, which a revocation ends once
 * and for all.
 */
class CommitmentTest {

  private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

  private static Commitment signed() {
    return new Commitment("XK1", "WJ-0001", "承诺……", "zhangsan", NOW, 1L, "P2M");
  }

  @Test
  void aFalseCommitmentMayBeStatedOnOnceWithinThePeriodThenRevoked() {
    Commitment c = signed();
    c.scheduled(NOW.plus(Duration.ofDays(61)));
    c.foundFalse("无健康证", NOW.plus(Duration.ofDays(66)));
    assertThat(c.getState()).isEqualTo(Commitment.State.STATEMENT_INVITED);

    assertThatThrownBy(() -> c.statement(" ", NOW.plus(Duration.ofDays(62))))
        .isInstanceOf(DomainException.class)
        .hasFieldOrPropertyWithValue("code", "error.commitment.statementRequired");
    c.statement("已补办", NOW.plus(Duration.ofDays(62)));
    assertThatThrownBy(() -> c.statement("再说", NOW.plus(Duration.ofDays(63))))
        .hasFieldOrPropertyWithValue("code", "error.commitment.statementGiven");

    c.revoked(9L);
    assertThat(c.getState()).isEqualTo(Commitment.State.REVOKED);
    assertThat(c.getRevocationDocumentId()).isEqualTo(9L);
  }

  @Test
  void aStatementAfterThePeriodIsRefused() {
    Commitment c = signed();
    c.scheduled(NOW);
    c.foundFalse("不实", NOW.plus(Duration.ofDays(5)));
    assertThatThrownBy(() -> c.statement("迟到的申辩", NOW.plus(Duration.ofDays(6))))
        .hasFieldOrPropertyWithValue("code", "error.commitment.statementLate");
  }

  @Test
  void stepsOutOfOrderAreRefused() {
    Commitment c = signed();
    // no post-check before the approval, no revocation without the holder being told first
    assertThatThrownBy(() -> c.met("ok"))
        .hasFieldOrPropertyWithValue("code", "error.commitment.wrongState");
    c.scheduled(NOW);
    assertThatThrownBy(() -> c.revoked(1L))
        .hasFieldOrPropertyWithValue("code", "error.commitment.wrongState");
    c.rectify("缺消毒设施", NOW.plus(Duration.ofDays(30)));
    // only one rectification: the re-check keeps or leads to the statement
    assertThatThrownBy(() -> c.rectify("again", NOW))
        .hasFieldOrPropertyWithValue("code", "error.commitment.wrongState");
    c.met("已整改");
    assertThat(c.getState()).isEqualTo(Commitment.State.KEPT);
  }

  @Test
  void aRevokedApprovalStaysRevokedAndANoticeHasNoStatus() {
    IssuedDocument approval =
        new IssuedDocument(
            "XK1",
            IssuedDocument.Kind.APPROVAL_DECISION,
            "晋审批诺准字〔2026〕XK1号",
            "t",
            "a.pdf",
            "application/pdf",
            new byte[] {1},
            null,
            "director",
            NOW);
    assertThat(approval.getStatus()).isEqualTo(LicenceStatus.VALID);
    approval.changeStatus(LicenceStatus.REVOKED, "晋审批撤字〔2026〕XK1号", NOW);
    assertThat(approval.getStatus()).isEqualTo(LicenceStatus.REVOKED);
    assertThat(approval.getStatusReason()).isEqualTo("晋审批撤字〔2026〕XK1号");
    assertThatThrownBy(() -> approval.changeStatus(LicenceStatus.VALID, "x", NOW))
        .hasFieldOrPropertyWithValue("code", "error.decision.notInForce");

    IssuedDocument notice =
        new IssuedDocument(
            "XK1",
            IssuedDocument.Kind.ACCEPTANCE_NOTICE,
            "n",
            "t2",
            "n.pdf",
            "application/pdf",
            new byte[] {1},
            null,
            "clerk",
            NOW);
    assertThatThrownBy(() -> notice.changeStatus(LicenceStatus.REVOKED, "x", NOW))
        .isInstanceOf(IllegalStateException.class);
  }
}
