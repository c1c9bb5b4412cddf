package cn.oneseal.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.domain.model.notification.NotificationKind;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NotificationMailTest {

  private static final String URL = "https://oneseal.example";

  @ParameterizedTest
  @EnumSource(NotificationKind.class)
  void everyKindHasItsWordingInBothLanguagesChineseFirst(NotificationKind kind) {
    NotificationMail mail = NotificationMail.compose(kind, "XK1", "t1", "s", null, URL);

    assertThat(mail.subject()).startsWith("【一颗印章】").contains(" / [OneSeal] ").endsWith("XK1");
    assertThat(mail.body()).doesNotContain("{").doesNotContain("???");
    assertThat(mail.body().indexOf("申请编号：XK1")).isLessThan(mail.body().indexOf("Application: XK1"));
  }

  @Test
  void kindsReadDifferently() {
    assertThat(
            EnumSet.allOf(NotificationKind.class).stream()
                .map(k -> NotificationMail.compose(k, null, null, null, null, URL).subject())
                .distinct())
        .hasSize(NotificationKind.values().length);
  }

  @Test
  void aRedCardNamesTheStepAndTheDetail() {
    NotificationMail mail =
        NotificationMail.compose(
            NotificationKind.CARD_RED,
            "XK20261127000001",
            "7f3a",
            "acceptApplication",
            "已超过承诺时限 1 天",
            URL);

    assertThat(mail.subject())
        .isEqualTo("【一颗印章】红牌警告：XK20261127000001 / [OneSeal] Red card: XK20261127000001");
    assertThat(mail.body())
        .contains("已超过办理时限（红牌警告）")
        .contains("办理环节：窗口受理")
        .contains("Step: Acceptance at the window")
        .contains("说明：已超过承诺时限 1 天")
        .contains("Details: 已超过承诺时限 1 天")
        .contains("办理地址：https://oneseal.example/staff/task.xhtml?id=7f3a")
        .contains("Open: https://oneseal.example/staff/task.xhtml?id=7f3a");
  }

  @Test
  void anUnknownStepIsShownAsGivenAndMissingFactsLeaveNoEmptyLines() {
    NotificationMail mail =
        NotificationMail.compose(
            NotificationKind.TASK_ASSIGNED, "XK9", null, "联合踏勘", "it's {0} urgent", URL);

    assertThat(mail.body())
        .contains("办理环节：联合踏勘")
        .contains("Step: 联合踏勘")
        .contains("Details: it's {0} urgent")
        .doesNotContain("Step: \n");
  }

  @Test
  void linksToTheTaskElseTheApplicationElseTheList() {
    assertThat(NotificationMail.link(URL, "XK1", "a b"))
        .isEqualTo(URL + "/staff/task.xhtml?id=a+b");
    assertThat(NotificationMail.link(URL, "XK1", null))
        .isEqualTo(URL + "/application.xhtml?number=XK1");
    assertThat(NotificationMail.link(URL, null, " ")).isEqualTo(URL + "/notifications.xhtml");
  }
}
