package cn.oneseal.domain.model.account;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.domain.shared.DomainException.Detail;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The read rule of a case and the substitute rule, on the demo bureau's people: officer2 and the
 * chief of 市场准入审批科 (MARKET_ACCESS), officer3 of 社会事务审批科 (SOCIAL_AFFAIRS), an officer, the window
 * and the director of the whole bureau, the supervision.
 */
class ActorTest {

  private static final String MARKET = "MARKET_ACCESS";
  private static final String SOCIAL = "SOCIAL_AFFAIRS";

  private final Actor zhangsan = Actor.of("zhangsan", Role.CITIZEN);
  private final Actor lisi = Actor.of("lisi", Role.CITIZEN);
  private final Actor clerk = Actor.of("clerk", Role.CLERK);
  private final Actor clerk2 = Actor.of("clerk2", Role.CLERK);
  private final Actor officer = Actor.of("officer", Role.OFFICER);
  private final Actor officer2 = Actor.of("officer2", Role.OFFICER).inSection(MARKET);
  private final Actor officer3 = Actor.of("officer3", Role.OFFICER).inSection(SOCIAL);
  private final Actor chief = Actor.of("chief", Role.CHIEF, Role.OFFICER).inSection(MARKET);
  private final Actor director = Actor.of("director", Role.DIRECTOR);
  private final Actor supervisor = Actor.of("supervisor", Role.SUPERVISOR);
  private final Actor admin = Actor.of("admin", Role.ADMIN);

  @Test
  void staffOfASectionReadOnlyThatSectionsCases() {
    for (Actor sectioned : List.of(officer2, chief)) {
      assertThat(sectioned.mayReadCase("zhangsan", MARKET)).as("%s", sectioned).isTrue();
      assertThat(sectioned.mayReadCase("zhangsan", SOCIAL)).as("%s", sectioned).isFalse();
      assertThat(sectioned.readingSection()).isEqualTo(MARKET);
    }
    assertThat(officer3.mayReadCase("zhangsan", SOCIAL)).isTrue();
    assertThat(officer3.mayReadCase("zhangsan", MARKET)).isFalse();
  }

  @Test
  void theWindowTheWholeBureausOfficersTheDirectorAndTheSupervisionReadEveryCase() {
    for (Actor reader : List.of(clerk, officer, director, supervisor)) {
      for (String section : List.of(MARKET, SOCIAL)) {
        assertThat(reader.mayReadCase("zhangsan", section)).as("%s, %s", reader, section).isTrue();
      }
      assertThat(reader.readingSection()).as("%s", reader).isNull();
    }
    // a director or supervisor attached to a section still oversees the whole bureau
    assertThat(director.inSection(MARKET).mayReadCase("zhangsan", SOCIAL)).isTrue();
    assertThat(supervisor.inSection(MARKET).readingSection()).isNull();
  }

  @Test
  void aCitizenReadsTheirOwnCasesOnlyAndTheAdministratorNone() {
    assertThat(zhangsan.mayReadCase("zhangsan", MARKET)).isTrue();
    assertThat(lisi.mayReadCase("zhangsan", MARKET)).isFalse();
    assertThat(zhangsan.readsOthersCases()).isFalse();
    assertThat(admin.mayReadCase("zhangsan", MARKET)).isFalse();
    assertThat(admin.readsOthersCases()).isFalse();
    // a member of staff named like the applicant gains nothing by the name
    assertThat(Actor.of("zhangsan", Role.OFFICER).inSection(SOCIAL).mayReadCase("zhangsan", MARKET))
        .isFalse();
  }

  @Test
  void aSubstituteOfTheSectionOrOfTheWholeBureauInTheSameRoleStandsIn() {
    assertThat(officer2.substituteProblems(chief)).isEmpty();
    assertThat(officer2.substituteProblems(officer)).isEmpty();
    // a chief of the section stands in for another: the officer tasks and the follow-ups of
    // negative ratings (差评整改), which only chiefs answer
    assertThat(
            chief.substituteProblems(
                Actor.of("chief2", Role.CHIEF, Role.OFFICER).inSection(MARKET)))
        .isEmpty();
    assertThat(clerk.substituteProblems(clerk2)).isEmpty();
  }

  @Test
  void aSubstituteWhoCouldNotDoTheTasksIsRefusedWithTheReason() {
    // an officer cannot answer the follow-ups of negative ratings that the chief answers
    assertThat(codes(chief.substituteProblems(officer2)))
        .containsExactly("error.absence.substituteLacksRole");
    assertThat(codes(officer2.substituteProblems(officer3)))
        .containsExactly("error.absence.substituteOtherSection");
    // an officer of the whole bureau works every section's tasks; one of a section could not
    assertThat(codes(officer.substituteProblems(officer2)))
        .containsExactly("error.absence.substituteOtherSection");
    assertThat(codes(officer2.substituteProblems(clerk)))
        .containsExactly("error.absence.substituteLacksRole");
    assertThat(codes(director.substituteProblems(chief)))
        .containsExactly(
            "error.absence.substituteLacksRole", "error.absence.substituteOtherSection");
    Detail lacking = director.substituteProblems(officer).get(0);
    assertThat(lacking.field()).isEqualTo("substitute");
    assertThat(lacking.arguments()).containsExactly("officer", "director", "director");
  }

  private static List<String> codes(List<Detail> problems) {
    return problems.stream().map(Detail::code).toList();
  }
}
