package cn.oneseal.application.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.domain.model.evaluation.EvaluationRepository;
import cn.oneseal.domain.model.evaluation.ServiceEvaluation;
import cn.oneseal.domain.model.statistics.Dimension;
import cn.oneseal.domain.model.statistics.Figure;
import cn.oneseal.domain.model.statistics.Group;
import cn.oneseal.domain.model.statistics.TableBuilder;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * 好差评 in the statistics: ratings counted by the rating's date, the satisfaction rate the share at 3
 * (基本满意) or better, each member of staff who handled a case counting its rating, a chief's window
 * limited to the section.
 */
class SatisfactionFiguresTest {

  private static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2026-12-01T00:00:00Z");

  private static ServiceEvaluation rated(
      String number, String item, String section, int level, String... handlers) {
    return new ServiceEvaluation(
        number, item, section, Set.of(handlers), level, null, null, "zhangsan", FROM);
  }

  private static SatisfactionFigures over(List<ServiceEvaluation> ratings) throws Exception {
    EvaluationRepository repository =
        new EvaluationRepository() {
          @Override
          public void add(ServiceEvaluation evaluation) {}

          @Override
          public Optional<ServiceEvaluation> ofCase(String applicationNumber) {
            return Optional.empty();
          }

          @Override
          public Optional<ServiceEvaluation> byId(long id) {
            return Optional.empty();
          }

          @Override
          public Optional<ServiceEvaluation> byFollowUpTask(String taskId) {
            return Optional.empty();
          }

          @Override
          public List<ServiceEvaluation> followUps(
              ServiceEvaluation.FollowUp status, int offset, int limit) {
            return List.of();
          }

          @Override
          public long countFollowUps(ServiceEvaluation.FollowUp status) {
            return 0;
          }

          @Override
          public List<ServiceEvaluation> ratedBetween(Instant from, Instant to) {
            assertThat(from).isEqualTo(FROM);
            assertThat(to).isEqualTo(TO);
            return ratings;
          }
        };
    SatisfactionFigures figures = new SatisfactionFigures();
    Field field = SatisfactionFigures.class.getDeclaredField("evaluations");
    field.setAccessible(true);
    field.set(figures, repository);
    return figures;
  }

  private static final List<ServiceEvaluation> RATINGS =
      List.of(
          rated("XK1", "SC-0001", "market", 5, "clerk", "officer"),
          rated("XK2", "SC-0001", "market", 3, "clerk", "officer2"),
          rated("XK3", "SC-0001", "market", 2, "clerk", "officer"),
          rated("XK4", "SL-0001", "social", 1, "clerk", "officer3"));

  @Test
  void theSatisfactionRateIsTheShareRatedThreeOrBetter() throws Exception {
    TableBuilder table = new TableBuilder();
    over(RATINGS).contribute(new Window(FROM, TO, null), null, table);
    assertThat(table.row(Group.TOTAL).values())
        .containsEntry(Figure.EVALUATIONS, BigDecimal.valueOf(4))
        .containsEntry(Figure.SATISFACTION_RATE, new BigDecimal("50.0"));
  }

  @Test
  void everyoneWhoHandledACaseCountsItsRatingAndAChiefSeesTheirSectionOnly() throws Exception {
    TableBuilder byPerson = new TableBuilder();
    over(RATINGS).contribute(new Window(FROM, TO, null), Dimension.PERSON, byPerson);
    assertThat(byPerson.row(Group.of("clerk")).values())
        .containsEntry(Figure.EVALUATIONS, BigDecimal.valueOf(4))
        .containsEntry(Figure.SATISFACTION_RATE, new BigDecimal("50.0"));
    assertThat(byPerson.row(Group.of("officer")).values())
        .containsEntry(Figure.SATISFACTION_RATE, new BigDecimal("50.0"));
    assertThat(byPerson.row(Group.of("officer2")).values())
        .containsEntry(Figure.SATISFACTION_RATE, new BigDecimal("100.0"));

    TableBuilder market = new TableBuilder();
    SatisfactionFigures figures = over(RATINGS);
    figures.contribute(new Window(FROM, TO, "market"), Dimension.SECTION, market);
    assertThat(market.rows()).extracting(r -> r.group().key()).containsExactly("market");
    assertThat(market.row(Group.of("market")).values())
        .containsEntry(Figure.SATISFACTION_RATE, new BigDecimal("66.7"));
    assertThat(
            figures.cases(
                new Window(FROM, TO, null), Dimension.ITEM, "SC-0001", Figure.SATISFACTION_RATE))
        .contains(List.of("XK1", "XK2"));
    assertThat(figures.cases(new Window(FROM, TO, null), null, "", Figure.RECEIVED)).isEmpty();
  }
}
