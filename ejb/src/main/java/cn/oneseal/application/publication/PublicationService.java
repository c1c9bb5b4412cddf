package cn.oneseal.application.publication;

import cn.oneseal.application.AuditTrail;
import cn.oneseal.application.CalendarService;
import cn.oneseal.application.Paging;
import cn.oneseal.application.ResultPage;
import cn.oneseal.application.oversight.SubjectFact;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.model.clock.BureauTime;
import cn.oneseal.domain.model.clock.WorkingCalendar;
import cn.oneseal.domain.model.publication.DecidedCase;
import cn.oneseal.domain.model.publication.Publication;
import cn.oneseal.domain.model.publication.PublicationFilter;
import cn.oneseal.domain.model.publication.PublicationRepository;
import cn.oneseal.domain.shared.DomainException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 双公示: records every approval the bureau decides and every sanction or revocation that reaches it
 * ({@link SubjectFact} of a {@link SubjectFact.Kind#published() published} kind), publishes them
 * within 7 working days of the decision, and answers the public's searches and the supervisors'
 * list of overdue ones.
 *
 * <p>Denials are not published: the Administrative Licensing Law makes the grant public (art. 40,
 * 准予行政许可的决定应当予以公开), and the 双公示 rules publish 行政许可决定 — the grants — while a denial concerns the
 * applicant alone, who receives it with the reasons and the rights of appeal.
 */
@Stateless
@PermitAll
public class PublicationService {

  /** What {@link #search} accepts as {@link Paging#sort()}. */
  public static final Set<String> SORTABLE = Set.of("decidedOn", "publishedAt");

  /** The authority of the bureau's own decisions. */
  public static final String BUREAU = "BUREAU";

  /** How many rows one run of the job handles; the next run takes the rest. */
  static final int BATCH = 200;

  @Inject private PublicationRepository publications;

  @Inject private CalendarService calendars;

  @Inject private AuditTrail audit;

  @Inject private Clock clock;

  /**
   * Records a sanction or a revocation in the transaction of the act that made it: rolled back with
   * it, and recorded once however often it is fired. Facts of other kinds are not published.
   */
  public void record(SubjectFact fact) {
    if (!fact.kind().published()) {
      return;
    }
    String key = cut("fact:" + fact.kind() + ":" + fact.source() + ":" + fact.reference(), 200);
    if (publications.bySourceKey(key).isPresent()) {
      return;
    }
    Publication.Item item =
        Optional.ofNullable(fact.applicationNumber())
            .flatMap(publications::decidedCase)
            .map(DecidedCase::item)
            .orElse(null);
    Publication publication = publicationOf(fact, key, item, calendars.calendar(), clock.instant());
    publications.add(publication);
    audit.record(
        Actor.system(),
        "publication.recorded",
        "publication",
        publication.getId().toString(),
        publication.getKind().id() + " " + publication.getDocumentNumber());
  }

  /**
   * The publication of a sanction or revocation. A holder without a credit code is shown as a
   * natural person whatever the fact says: never a person's full name by mistake.
   */
  static Publication publicationOf(
      SubjectFact fact,
      String key,
      Publication.Item item,
      WorkingCalendar calendar,
      java.time.Instant now) {
    boolean natural = fact.naturalPerson() || blank(fact.creditCode());
    return new Publication(
        fact.kind() == SubjectFact.Kind.SANCTION
            ? Publication.Kind.SANCTION
            : Publication.Kind.REVOCATION,
        key,
        fact.applicationNumber(),
        item,
        new Publication.Holder(fact.holderName(), natural, fact.creditCode()),
        cut(fact.reference(), 64),
        cut(fact.source(), 64),
        fact.summary(),
        fact.decidedOn(),
        calendar,
        now);
  }

  /** Records the approvals decided since the last run; returns how many. */
  public int collectDecisions() {
    List<DecidedCase> decided = publications.approvedWithoutPublication(BATCH);
    for (DecidedCase c : decided) {
      Publication.Holder holder = c.holder();
      if (holder == null) {
        // a registration whose licence is not issued yet: a placeholder, masked, completed before
        // it is published
        holder = new Publication.Holder(c.number(), true, null);
      }
      LocalDate day = BureauTime.day(c.decidedAt());
      publications.add(
          new Publication(
              Publication.Kind.LICENSING,
              "case:" + c.number(),
              c.number(),
              c.item(),
              holder,
              c.decisionNumber(),
              BUREAU,
              null,
              day,
              calendars.calendar(),
              clock.instant()));
    }
    return decided.size();
  }

  /**
   * Publishes what is pending; returns how many. A registration's approval waits for its licence,
   * which names the holder and its credit code.
   */
  public int publishPending() {
    int published = 0;
    for (Publication p : publications.pending(BATCH)) {
      if (p.getKind() == Publication.Kind.LICENSING && p.getApplicationNumber() != null) {
        Optional<DecidedCase> decided = publications.decidedCase(p.getApplicationNumber());
        if (decided.isPresent()) {
          Publication.Holder holder = decided.get().holder();
          if (holder == null) {
            continue;
          }
          p.holderBecomes(holder);
          p.documentNumberBecomes(decided.get().decisionNumber());
        }
      }
      p.publish(clock.instant());
      published++;
      if (p.getKind() == Publication.Kind.LICENSING && p.getApplicationNumber() != null) {
        audit.caseAct(
            Actor.system(),
            "publication.published",
            p.getApplicationNumber(),
            "due " + p.getDueOn());
      } else {
        audit.record(
            Actor.system(),
            "publication.published",
            "publication",
            p.getId().toString(),
            p.getKind().id() + " " + p.getDocumentNumber() + ", due " + p.getDueOn());
      }
    }
    return published;
  }

  /** A page of what is published, latest decision first unless sorted otherwise. Public. */
  public ResultPage<PublicationLine> search(PublicationFilter filter, Paging paging) {
    String order = paging.sorted() ? paging.sort() : "decidedOn";
    boolean descending = !paging.sorted() || paging.descending();
    List<PublicationLine> rows =
        publications.published(filter, order, descending, paging.offset(), paging.size()).stream()
            .map(p -> PublicationLine.of(p, null))
            .toList();
    return ResultPage.of(rows, paging, () -> publications.countPublished(filter));
  }

  /**
   * A page of the overdue publications — pending after their due day, or published late — for the
   * supervisors (电子监察) and the director.
   */
  public ResultPage<PublicationLine> overdue(Actor actor, Paging paging) {
    if (!actor.has(Role.SUPERVISOR) && !actor.has(Role.DIRECTOR)) {
      throw DomainException.forbidden("error.forbidden.role", Role.SUPERVISOR.id());
    }
    LocalDate today = today();
    List<PublicationLine> rows =
        publications.overdue(today, paging.offset(), paging.size()).stream()
            .map(p -> PublicationLine.of(p, today))
            .toList();
    return ResultPage.of(rows, paging, () -> publications.countOverdue(today));
  }

  /** Every published line, oldest decision first: the open dataset. */
  public List<PublicationLine> everyPublished() {
    return publications.allPublished().stream().map(p -> PublicationLine.of(p, null)).toList();
  }

  private LocalDate today() {
    return BureauTime.day(clock.instant());
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
