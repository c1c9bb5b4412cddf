package cn.oneseal.infrastructure.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** ONESEAL_AUDIT_RETENTION: six months by default and at least; a shorter period is refused. */
class AuditRetentionTest {

  private static final String PROPERTY = "oneseal.audit.retention";
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

  private final OneSealConfig config = new OneSealConfig();

  @AfterEach
  void clear() {
    System.clearProperty(PROPERTY);
  }

  @Test
  void sixMonthsByDefault() {
    assertThat(config.auditRetention(TODAY))
        .isEqualTo(new OneSealConfig.AuditRetention(Period.ofMonths(6), Optional.empty()));
  }

  @Test
  void aLongerPeriodIsKept() {
    System.setProperty(PROPERTY, "P3Y");
    assertThat(config.auditRetention(TODAY).period()).isEqualTo(Period.ofYears(3));
    System.setProperty(PROPERTY, "P200D");
    assertThat(config.auditRetention(TODAY).refused()).isEmpty();
  }

  @Test
  void aShorterPeriodIsRefusedAndSixMonthsApply() {
    System.setProperty(PROPERTY, "P1M");
    assertThat(config.auditRetention(TODAY))
        .isEqualTo(new OneSealConfig.AuditRetention(Period.ofMonths(6), Optional.of("P1M")));
    // 180 days from 4 December are less than six months (4 June has 182 days before it)
    System.setProperty(PROPERTY, "P180D");
    assertThat(config.auditRetention(TODAY).refused()).contains("P180D");
  }

  @Test
  void somethingThatIsNotAPeriodStopsTheStart() {
    System.setProperty(PROPERTY, "six months");
    assertThatThrownBy(() -> config.auditRetention(TODAY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ONESEAL_AUDIT_RETENTION");
  }
}
