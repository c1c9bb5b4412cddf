package cn.oneseal.application.credit;

import cn.oneseal.application.Paging;
import cn.oneseal.application.ResultPage;
import cn.oneseal.application.credit.CreditViews.ImportResult;
import cn.oneseal.application.credit.CreditViews.Listing;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.model.audit.AuditEntry;
import cn.oneseal.domain.model.audit.AuditEntryRepository;
import cn.oneseal.domain.model.clock.BureauTime;
import cn.oneseal.domain.model.credit.CreditRepository;
import cn.oneseal.domain.model.credit.DishonestEntry;
import cn.oneseal.domain.model.credit.ListedSubject;
import cn.oneseal.domain.model.credit.SubjectHasher;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.domain.shared.DomainException.Detail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The register of seriously dishonest subjects (严重失信主体名单, seed §25), kept by the system
 * administrator: imported from the listing authorities' lists (CSV or JSON), every problem of a
 * file reported at once and nothing stored from a file with one; the same entry imported again
 * changes nothing. Identity numbers are keyed-hashed ({@link SubjectHasher}) before anything is
 * stored. Imports and removals are on the audit trail.
 */
@Stateless
@PermitAll
public class CreditListService {

  public static final int MAX_ROWS = CreditListCsv.MAX_ROWS;

  @Inject private CreditRepository repository;

  @Inject private AuditEntryRepository audit;

  @Inject private Clock clock;

  @Inject private SubjectHasher hasher;

  /** Imports a CSV file (see {@link CreditListCsv}); problems carry their line. */
  public ImportResult importCsv(Actor actor, String csv) {
    actor.require(Role.ADMIN);
    CreditListCsv.Parsed parsed = CreditListCsv.parse(csv);
    List<Detail> problems = new ArrayList<>(parsed.problems());
    LocalDate today = BureauTime.day(clock.instant());
    List<ListingInput.Checked> checked = new ArrayList<>();
    for (CreditListCsv.Row row : parsed.rows()) {
      ListingInput.Checked c = row.input().check("lines[" + row.line() + "]", today, problems);
      if (c != null) {
        checked.add(c);
      }
    }
    return store(actor, checked, problems, "csv");
  }

  /** Imports the rows of a JSON body; problems carry their index ({@code entries[2].name}). */
  public ImportResult importEntries(Actor actor, List<ListingInput> entries) {
    actor.require(Role.ADMIN);
    List<Detail> problems = new ArrayList<>();
    if (entries == null || entries.isEmpty()) {
      throw DomainException.invalidField("entries", "error.creditList.empty");
    }
    if (entries.size() > MAX_ROWS) {
      throw DomainException.invalidField("entries", "error.creditList.tooManyRows", MAX_ROWS);
    }
    LocalDate today = BureauTime.day(clock.instant());
    List<ListingInput.Checked> checked = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      ListingInput input = entries.get(i);
      if (input == null) {
        problems.add(Detail.of("entries[" + i + "]", "error.creditList.subjectRequired"));
        continue;
      }
      ListingInput.Checked c = input.check("entries[" + i + "]", today, problems);
      if (c != null) {
        checked.add(c);
      }
    }
    return store(actor, checked, problems, "api");
  }

  private ImportResult store(
      Actor actor, List<ListingInput.Checked> rows, List<Detail> problems, String channel) {
    if (!problems.isEmpty()) {
      throw DomainException.invalidAll(problems);
    }
    Instant now = clock.instant();
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int removedBefore = 0;
    Set<String> seen = new HashSet<>();
    for (ListingInput.Checked row : rows) {
      String key = key(row.kind(), row.subject());
      if (!seen.add(row.kind() + "|" + key + "|" + row.authority() + "|" + row.listedOn())) {
        unchanged++;
        continue;
      }
      Optional<DishonestEntry> existing =
          repository.entry(row.kind(), key, row.authority(), row.listedOn());
      if (existing.isEmpty()) {
        repository.add(
            new DishonestEntry(
                row.kind(),
                key,
                shown(row.kind(), row.subject()),
                row.name(),
                row.authority(),
                row.listedOn(),
                row.endsOn(),
                row.reason(),
                actor.username(),
                now));
        created++;
      } else if (existing.get().isRemoved()) {
        // a removal is a decision on record; an old list imported again does not undo it
        removedBefore++;
      } else if (existing.get().sameListing(row.name(), row.endsOn(), row.reason())) {
        updated++;
      } else {
        unchanged++;
      }
    }
    ImportResult result = new ImportResult(rows.size(), created, updated, unchanged, removedBefore);
    audit.add(
        new AuditEntry(
            now,
            actor.username(),
            "creditList.imported",
            "credit-list",
            channel,
            "rows="
                + result.rows()
                + " created="
                + created
                + " updated="
                + updated
                + " unchanged="
                + unchanged
                + " removedBefore="
                + removedBefore));
    repository.flush();
    return result;
  }

  /** A page of the register, newest listing first; administrators only. */
  public ResultPage<Listing> page(Actor actor, Paging paging) {
    actor.require(Role.ADMIN);
    long total = repository.countEntries();
    LocalDate today = BureauTime.day(clock.instant());
    List<Listing> items =
        repository
            .entries(
                Math.toIntExact(Math.min(Integer.MAX_VALUE, (long) paging.page() * paging.size())),
                paging.size())
            .stream()
            .map(e -> view(e, today))
            .toList();
    return new ResultPage<>(items, total);
  }

  /** Removes an entry (a listing repaired or annulled), with the reason; audited. */
  public Listing remove(Actor actor, long id, String reason) {
    actor.require(Role.ADMIN);
    if (reason == null || reason.isBlank()) {
      throw DomainException.invalidField("reason", "error.creditList.removalReason");
    }
    if (reason.strip().length() > ListingInput.REASON_MAX) {
      throw DomainException.invalidField(
          "reason", "error.field.tooLong", "reason", ListingInput.REASON_MAX);
    }
    DishonestEntry entry =
        repository
            .entry(id)
            .orElseThrow(
                () -> DomainException.notFound("error.creditList.notFound", String.valueOf(id)));
    if (entry.isRemoved()) {
      throw DomainException.conflict("error.creditList.alreadyRemoved", String.valueOf(id));
    }
    Instant now = clock.instant();
    entry.remove(actor.username(), reason.strip(), now);
    audit.add(
        new AuditEntry(
            now,
            actor.username(),
            "creditList.removed",
            "credit-list",
            String.valueOf(id),
            entry.getSubjectShown() + ": " + reason.strip()));
    repository.flush();
    return view(entry, BureauTime.day(now));
  }

  /** The entries naming this credit code or this identity number (any state). */
  public List<DishonestEntry> entriesFor(ListedSubject kind, String subject) {
    return repository.entriesOf(kind, key(kind, subject));
  }

  String key(ListedSubject kind, String subject) {
    return kind == ListedSubject.IDENTITY ? hasher.identityHash(subject) : subject;
  }

  /** An identity number is shown as its first 3 and last 4 characters. */
  static String shown(ListedSubject kind, String subject) {
    if (kind == ListedSubject.CREDIT_CODE) {
      return subject;
    }
    return subject.substring(0, 3)
        + "*".repeat(subject.length() - 7)
        + subject.substring(subject.length() - 4);
  }

  static Listing view(DishonestEntry e, LocalDate today) {
    return new Listing(
        e.getId(),
        e.getSubjectKind().name(),
        e.getSubjectShown(),
        e.getSubjectName(),
        e.getAuthority(),
        e.getListedOn(),
        e.getEndsOn(),
        e.getReason(),
        e.inForceOn(today),
        e.getImportedBy(),
        e.getImportedAt(),
        e.getRemovedBy(),
        e.getRemovedAt(),
        e.getRemovalReason());
  }
}
