package cn.oneseal.domain.model.registration;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.domain.model.registration.DepartmentPush.ReceiptOutcome;
import cn.oneseal.domain.model.registration.DepartmentPush.Status;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A push's states: sent under one id, delivered once, a receipt never rewritten. */
class DepartmentPushTest {

  private static final Instant NOW = Instant.parse("2026-12-04T02:00:00Z");

  @Test
  void everyPushHasItsOwnIdFromTheStart() {
    DepartmentPush a = new DepartmentPush("XK1", "tax-registration", 1);
    DepartmentPush b = new DepartmentPush("XK1", "statistical-registration", 1);

    assertThat(a.getPushId()).hasSize(36).isNotEqualTo(b.getPushId());
    assertThat(a.getStatus()).isEqualTo(Status.PENDING);
  }

  @Test
  void anAcceptedPushAwaitsItsReceiptWhichCountsOnce() {
    DepartmentPush push = new DepartmentPush("XK1", "tax-registration", 1);
    push.failed("HTTP 503", NOW);
    push.accepted(NOW);
    assertThat(push.getStatus()).isEqualTo(Status.AWAITING_RECEIPT);
    assertThat(push.getAttempts()).isEqualTo(2);

    // a late failure of an attempt does not undo that the department took it
    push.failed("timeout", NOW);
    assertThat(push.getStatus()).isEqualTo(Status.AWAITING_RECEIPT);

    assertThat(push.receiptArrived("TAX-1", NOW)).isEqualTo(ReceiptOutcome.RECORDED);
    assertThat(push.receiptArrived("TAX-1", NOW)).isEqualTo(ReceiptOutcome.ALREADY_RECORDED);
    assertThat(push.receiptArrived("TAX-2", NOW)).isEqualTo(ReceiptOutcome.CONFLICTING);
    assertThat(push.getStatus()).isEqualTo(Status.DELIVERED);
    assertThat(push.getReceiptNumber()).isEqualTo("TAX-1");
    assertThat(push.getDeliveredAt()).isEqualTo(NOW);
  }

  @Test
  void aReceiptThatOvertakesTheAnswerDeliversThePush() {
    DepartmentPush push = new DepartmentPush("XK1", "tax-registration", 1);

    assertThat(push.receiptArrived("TAX-9", NOW)).isEqualTo(ReceiptOutcome.RECORDED);
    push.delivered("TAX-other", NOW);

    assertThat(push.getReceiptNumber()).isEqualTo("TAX-9");
    assertThat(push.getStatus()).isEqualTo(Status.DELIVERED);
  }
}
