package cn.oneseal.domain.model.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The list of certificates in force on a day is the latest version that has taken effect. */
class IntegratedListTest {

  private static IntegratedList version(int no, LocalDate from, int certificates) {
    List<IntegratedCertificate> list =
        java.util.stream.IntStream.range(0, certificates)
            .mapToObj(i -> new IntegratedCertificate("c" + i, "证" + i, "C" + i, "部门", "Dept"))
            .toList();
    return new IntegratedList(no, from, "v" + no, "v" + no, "依据", "basis", list);
  }

  private final IntegratedList three = version(1, LocalDate.of(2015, 10, 1), 3);
  private final IntegratedList five = version(2, LocalDate.of(2016, 10, 1), 5);
  private final IntegratedList many = version(3, LocalDate.of(2017, 10, 1), 10);
  private final List<IntegratedList> versions = List.of(many, three, five);

  @Test
  void eachDayGetsTheVersionInForce() {
    assertThat(IntegratedList.inForceOn(versions, LocalDate.of(2015, 9, 30))).isEmpty();
    assertThat(IntegratedList.inForceOn(versions, LocalDate.of(2015, 10, 1))).contains(three);
    assertThat(IntegratedList.inForceOn(versions, LocalDate.of(2016, 9, 30))).contains(three);
    assertThat(IntegratedList.inForceOn(versions, LocalDate.of(2016, 10, 1))).contains(five);
    assertThat(IntegratedList.inForceOn(versions, LocalDate.of(2026, 11, 27))).contains(many);
  }

  @Test
  void aVersionKeepsItsCertificatesInOrder() {
    assertThat(many.getCertificates()).hasSize(10);
    assertThat(many.getCertificates().get(0).getCode()).isEqualTo("c0");
  }
}
