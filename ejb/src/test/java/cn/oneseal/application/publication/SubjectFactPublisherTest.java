package cn.oneseal.application.publication;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.application.oversight.SubjectFact;
import cn.oneseal.domain.model.clock.WorkingCalendar;
import cn.oneseal.domain.model.publication.Publication;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sanctions and revocations fired as {@link SubjectFact}s are published; inspection results and
 * orders to rectify are not. (The integration tests cover decisions; no endpoint on main fires a
 * fact yet, so the observer is proven here.)
 */
class SubjectFactPublisherTest {

  private final List<SubjectFact> recorded = new ArrayList<>();

  private final SubjectFactPublisher publisher =
      new SubjectFactPublisher(
          new PublicationService() {
            @Override
            public void record(SubjectFact fact) {
              recorded.add(fact);
            }
          });

  @Test
  void sanctionsAndRevocationsArePublished() {
    publisher.onFact(fact(SubjectFact.Kind.SANCTION, "91140100MA0K0A1B2C", "某公司", false));
    publisher.onFact(fact(SubjectFact.Kind.REVOCATION, null, "张三", true));
    assertThat(recorded)
        .extracting(SubjectFact::kind)
        .containsExactly(SubjectFact.Kind.SANCTION, SubjectFact.Kind.REVOCATION);
  }

  @Test
  void inspectionResultsAndRectificationOrdersAreNot() {
    publisher.onFact(fact(SubjectFact.Kind.INSPECTION_RESULT, null, "张三", true));
    publisher.onFact(fact(SubjectFact.Kind.RECTIFICATION_ORDER, null, "张三", true));
    assertThat(recorded).isEmpty();
  }

  @Test
  void aSanctionOfANaturalPersonIsPublishedWithTheSurnameAndDueIn7WorkingDays() {
    Publication p =
        PublicationService.publicationOf(
            fact(SubjectFact.Kind.SANCTION, null, "欧阳修", true),
            "k",
            null,
            WorkingCalendar.weekendsOnly(),
            Instant.EPOCH);
    assertThat(p.getKind()).isEqualTo(Publication.Kind.SANCTION);
    assertThat(p.getHolderName()).isEqualTo("欧阳**");
    assertThat(p.getCreditCode()).isNull();
    assertThat(p.getDueOn()).isEqualTo(LocalDate.of(2026, 12, 15));
    assertThat(p.getAuthority()).isEqualTo("SAMR");
    assertThat(p.getDocumentNumber()).isEqualTo("晋市监罚〔2026〕7号");
  }

  @Test
  void aHolderWithoutACreditCodeIsMaskedEvenWhenTheFactSaysEntity() {
    Publication p =
        PublicationService.publicationOf(
            fact(SubjectFact.Kind.REVOCATION, null, "李四", false),
            "k",
            null,
            WorkingCalendar.weekendsOnly(),
            Instant.EPOCH);
    assertThat(p.getKind()).isEqualTo(Publication.Kind.REVOCATION);
    assertThat(p.getHolderName()).isEqualTo("李**");
    assertThat(p.isNaturalPerson()).isTrue();
  }

  @Test
  void anEntityKeepsItsNameAndCreditCodeAndTheSummaryLosesPersonalNumbers() {
    Publication p =
        PublicationService.publicationOf(
            new SubjectFact(
                SubjectFact.Kind.SANCTION,
                "91140100MA0K0A1B2C",
                "山西某某餐饮有限公司",
                false,
                "SAMR",
                "晋市监罚〔2026〕8号",
                null,
                "未按规定公示信息，联系人电话13812345678",
                LocalDate.of(2026, 12, 4),
                Instant.EPOCH),
            "k",
            null,
            WorkingCalendar.weekendsOnly(),
            Instant.EPOCH);
    assertThat(p.getHolderName()).isEqualTo("山西某某餐饮有限公司");
    assertThat(p.getCreditCode()).isEqualTo("91140100MA0K0A1B2C");
    assertThat(p.getSummary()).doesNotContain("13812345678");
  }

  private static SubjectFact fact(
      SubjectFact.Kind kind, String creditCode, String name, boolean natural) {
    return new SubjectFact(
        kind,
        creditCode,
        name,
        natural,
        "SAMR",
        "晋市监罚〔2026〕7号",
        null,
        "罚款",
        LocalDate.of(2026, 12, 4),
        Instant.EPOCH);
  }
}
