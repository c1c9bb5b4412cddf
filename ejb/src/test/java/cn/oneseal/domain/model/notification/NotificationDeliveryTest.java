package cn.oneseal.domain.model.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The log shows a phone number only masked: never the digits that identify the person. */
class NotificationDeliveryTest {

  @Test
  void aMobileNumberKeepsOnlyItsFirstThreeAndLastFourDigits() {
    assertThat(NotificationDelivery.maskPhone("13800000001")).isEqualTo("138****0001");
    assertThat(NotificationDelivery.maskPhone(" 13912345678 ")).isEqualTo("139****5678");
  }

  @Test
  void aShortNumberIsMaskedWholeAndNoNumberStaysNone() {
    assertThat(NotificationDelivery.maskPhone("12345")).isEqualTo("*****");
    assertThat(NotificationDelivery.maskPhone(null)).isNull();
    assertThat(NotificationDelivery.maskPhone(" ")).isNull();
  }
}
