package cn.oneseal.domain.model.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.oneseal.domain.model.inspection.SpotCheckDraw.Assignment;
import cn.oneseal.domain.model.inspection.SpotCheckDraw.Inspector;
import cn.oneseal.domain.model.inspection.SpotCheckDraw.Recusal;
import cn.oneseal.domain.model.inspection.SpotCheckDraw.Subject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The draw of 双随机一公开 must be reproducible by anyone from what is published, must change its
 * published hash when any pool entry changes, must never send a recused inspector, and must send
 * two inspectors of different units where the pool allows it.
 */
class SpotCheckDrawTest {

  /** The known-answer vector of docs/inspections.md. */
  static final String SEED = "2026-12-04 上证综指收盘 3365.12";

  static final long PLAN = 7;

  static List<Subject> subjects() {
    return List.of(
        new Subject("91140100MA0000001X", "太原晋创科技有限公司", "LLC", "140100", "VALID", List.of()),
        new Subject("91140100MA0000002X", "太原汾河餐饮有限公司", "LLC", "140100", "VALID", List.of("FOOD")),
        new Subject("92140100MA0000003X", "小店区王记面馆", "INDIVIDUAL", "140105", "VALID", List.of()),
        new Subject("91140100MA0000004X", "晋阳建设有限公司", "LLC", "140100", "VALID", List.of()),
        new Subject("91140100MA0000005X", "龙城旅行社有限公司", "LLC", "140100", "VALID", List.of()));
  }

  static List<Inspector> inspectors() {
    return List.of(
        new Inspector("inspector1", "甲", "MARKET", "A"),
        new Inspector("inspector2", "乙", "MARKET", "B"),
        new Inspector("inspector3", "丙", "HEALTH", "A"),
        new Inspector("inspector4", "丁", "HEALTH", "A"));
  }

  static List<Recusal> recusals() {
    return List.of(new Recusal("inspector1", "91140100MA0000002X", "declared"));
  }

  @Test
  void sameInputSameSelectionWhateverTheOrderOfThePools() {
    List<Assignment> once = SpotCheckDraw.draw(subjects(), inspectors(), recusals(), SEED, PLAN, 3);
    List<Subject> shuffled = new ArrayList<>(subjects());
    Collections.reverse(shuffled);
    List<Inspector> staff = new ArrayList<>(inspectors());
    Collections.reverse(staff);
    List<Assignment> again = SpotCheckDraw.draw(shuffled, staff, recusals(), SEED, PLAN, 3);
    assertThat(SpotCheckDraw.canonicalSelection(again))
        .isEqualTo(SpotCheckDraw.canonicalSelection(once));
    assertThat(once).hasSize(3);
    assertThat(SpotCheckDraw.selectedIds(once)).hasSize(3);
  }

  @Test
  void anotherSeedOrPlanDrawsDifferently() {
    String base =
        SpotCheckDraw.canonicalSelection(
            SpotCheckDraw.draw(subjects(), inspectors(), recusals(), SEED, PLAN, 5));
    long differentSeeds =
        IntStream.range(0, 20)
            .mapToObj(
                i ->
                    SpotCheckDraw.canonicalSelection(
                        SpotCheckDraw.draw(
                            subjects(), inspectors(), recusals(), SEED + i, PLAN, 5)))
            .filter(s -> !s.equals(base))
            .count();
    assertThat(differentSeeds).isGreaterThan(15);
  }

  @Test
  void oneChangedPoolEntryChangesTheHash() {
    String hash = SpotCheckDraw.sha256Hex(SpotCheckDraw.canonicalSubjects(subjects()));
    List<Subject> changed = new ArrayList<>(subjects());
    Subject s = changed.get(2);
    changed.set(
        2, new Subject(s.id(), s.name(), s.entityType(), s.area(), "DEREGISTERED", s.items()));
    assertThat(SpotCheckDraw.sha256Hex(SpotCheckDraw.canonicalSubjects(changed)))
        .isNotEqualTo(hash);
    List<Inspector> staff = new ArrayList<>(inspectors());
    staff.set(0, new Inspector("inspector1", "甲", "MARKET", "B"));
    assertThat(SpotCheckDraw.sha256Hex(SpotCheckDraw.canonicalInspectors(staff)))
        .isNotEqualTo(SpotCheckDraw.sha256Hex(SpotCheckDraw.canonicalInspectors(inspectors())));
    // the order they come in does not change it
    List<Subject> reversed = new ArrayList<>(subjects());
    Collections.reverse(reversed);
    assertThat(SpotCheckDraw.sha256Hex(SpotCheckDraw.canonicalSubjects(reversed))).isEqualTo(hash);
  }

  @Test
  void canonicalJsonIsExact() {
    assertThat(
            SpotCheckDraw.canonicalSubjects(
                List.of(
                    new Subject("B", "a\"b\\c\n\u0001", null, "1", "VALID", List.of("y", "x")))))
        .isEqualTo(
            "[{\"area\":\"1\",\"entityType\":\"\",\"id\":\"B\",\"items\":[\"x\",\"y\"],"
                + "\"name\":\"a\\\"b\\\\c\\n\\u0001\",\"status\":\"VALID\"}]");
    assertThat(SpotCheckDraw.canonicalSelection(List.of(new Assignment("S", List.of("i1", "i2")))))
        .isEqualTo("[{\"inspectors\":[\"i1\",\"i2\"],\"subject\":\"S\"}]");
  }

  @Test
  void aRecusedInspectorIsNeverSent() {
    // inspector1 declared a conflict with …002X; inspector3 acted on its case
    List<Recusal> recused =
        SpotCheckDraw.recusals(
            subjects(),
            inspectors(),
            Map.of("91140100MA0000002X", Set.of("inspector3", "clerk")),
            Map.of("inspector1", Set.of("91140100MA0000002X")));
    assertThat(recused)
        .containsExactly(
            new Recusal("inspector1", "91140100MA0000002X", "declared"),
            new Recusal("inspector3", "91140100MA0000002X", "case"));
    for (int i = 0; i < 200; i++) {
      for (Assignment a :
          SpotCheckDraw.draw(subjects(), inspectors(), recused, "seed " + i, PLAN, 5)) {
        if (a.subject().equals("91140100MA0000002X")) {
          assertThat(a.inspectors()).doesNotContain("inspector1", "inspector3");
        }
      }
    }
  }

  @Test
  void twoInspectorsPerSubjectOfDifferentUnitsWherePossible() {
    Map<String, Inspector> byId = new HashMap<>();
    inspectors().forEach(x -> byId.put(x.id(), x));
    for (int i = 0; i < 200; i++) {
      for (Assignment a : SpotCheckDraw.draw(subjects(), inspectors(), List.of(), "s" + i, 1, 5)) {
        assertThat(a.inspectors()).hasSize(2).doesNotHaveDuplicates();
        assertThat(byId.get(a.inspectors().get(0)).unit())
            .isNotEqualTo(byId.get(a.inspectors().get(1)).unit());
      }
    }
    // only one unit: still two, different people
    List<Inspector> oneUnit =
        List.of(new Inspector("a", "", "M", "X"), new Inspector("b", "", "M", "X"));
    for (Assignment a : SpotCheckDraw.draw(subjects(), oneUnit, List.of(), SEED, 1, 5)) {
      assertThat(a.inspectors()).containsExactlyInAnyOrder("a", "b");
    }
  }

  @Test
  void fewerThanTwoEligibleInspectorsIsNoDraw() {
    List<Inspector> one = List.of(new Inspector("a", "", "M", "X"));
    assertThatThrownBy(() -> SpotCheckDraw.draw(subjects(), one, List.of(), SEED, 1, 1))
        .isInstanceOf(SpotCheckDraw.TooFewInspectors.class);
  }

  @Test
  void sampleByCountOrRatioRoundedUp() {
    assertThat(SpotCheckDraw.sampleSize(5, 3, null)).isEqualTo(3);
    assertThat(SpotCheckDraw.sampleSize(5, 9, null)).isEqualTo(5);
    assertThat(SpotCheckDraw.sampleSize(5, null, 30)).isEqualTo(2);
    assertThat(SpotCheckDraw.sampleSize(10, null, 30)).isEqualTo(3);
    assertThat(SpotCheckDraw.sampleSize(1, null, 1)).isEqualTo(1);
    assertThat(SpotCheckDraw.sampleSize(0, null, 50)).isZero();
  }

  @Test
  void unbiasedNumbersCoverTheirRange() {
    SpotCheckDraw.Generator g = new SpotCheckDraw.Generator(SEED, PLAN);
    int[] seen = new int[3];
    for (int i = 0; i < 3000; i++) {
      seen[g.below(3)]++;
    }
    for (int c : seen) {
      assertThat(c).isBetween(900, 1100);
    }
  }

  /** The vector docs/inspections.md publishes: an independent implementation must get it. */
  @Test
  void knownAnswer() {
    assertThat(SpotCheckDraw.firstIntegers(SEED, PLAN, 3)).containsExactly(KAT_INTS);
    assertThat(SpotCheckDraw.sha256Hex(SpotCheckDraw.canonicalSubjects(subjects())))
        .isEqualTo(KAT_SUBJECT_HASH);
    assertThat(SpotCheckDraw.sha256Hex(SpotCheckDraw.canonicalInspectors(inspectors())))
        .isEqualTo(KAT_INSPECTOR_HASH);
    assertThat(
            SpotCheckDraw.canonicalSelection(
                SpotCheckDraw.draw(subjects(), inspectors(), recusals(), SEED, PLAN, 3)))
        .isEqualTo(KAT_SELECTION);
    assertThat(SpotCheckDraw.sha256Hex(KAT_SELECTION))
        .isEqualTo("56241b8b37816668b15bd2c2f492ce18c7e8f0ad7c96d7c05b5eb36c1ab6e6ab");
  }

  static final Long[] KAT_INTS = {673702511L, 2267584914L, 1733242347L};
  static final String KAT_SUBJECT_HASH =
      "65aac4c9f1ae263bead06e30fad52c982928f0d2755385e2be7e636d5e1c3b18";
  static final String KAT_INSPECTOR_HASH =
      "bdf6c2503611a4a1fa7e0f7af81baa39e33b542ceb3f02d79aafe93ac6afa16e";
  static final String KAT_SELECTION =
      "[{\"inspectors\":[\"inspector4\",\"inspector2\"],\"subject\":\"91140100MA0000002X\"},"
          + "{\"inspectors\":[\"inspector2\",\"inspector3\"],\"subject\":\"91140100MA0000005X\"},"
          + "{\"inspectors\":[\"inspector1\",\"inspector3\"],\"subject\":\"91140100MA0000004X\"}]";
}
