package cn.oneseal.application.credit;

import cn.oneseal.application.ApplicationForm;
import cn.oneseal.application.ApplicationService;
import cn.oneseal.application.credit.CreditViews.Check;
import cn.oneseal.application.credit.CreditViews.Fact;
import cn.oneseal.application.credit.CreditViews.Finding;
import cn.oneseal.application.credit.CreditViews.Hit;
import cn.oneseal.application.credit.CreditViews.HolderRecord;
import cn.oneseal.application.credit.CreditViews.Listing;
import cn.oneseal.application.oversight.SubjectFact;
import cn.oneseal.domain.model.account.AccountRepository;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.model.account.UserAccount;
import cn.oneseal.domain.model.application.Action;
import cn.oneseal.domain.model.application.Application;
import cn.oneseal.domain.model.application.Step;
import cn.oneseal.domain.model.audit.AuditEntry;
import cn.oneseal.domain.model.audit.AuditEntryRepository;
import cn.oneseal.domain.model.clock.BureauTime;
import cn.oneseal.domain.model.credit.CreditFact;
import cn.oneseal.domain.model.credit.CreditRepository;
import cn.oneseal.domain.model.credit.CreditRule;
import cn.oneseal.domain.model.credit.DishonestEntry;
import cn.oneseal.domain.model.credit.ListedSubject;
import cn.oneseal.domain.model.credit.SupervisionFinding;
import cn.oneseal.domain.model.registration.BusinessRegistration;
import cn.oneseal.domain.model.registration.BusinessRegistrationRepository;
import cn.oneseal.domain.model.registration.CreditCode;
import cn.oneseal.domain.model.registration.IdentityVault;
import cn.oneseal.domain.model.registration.Investor;
import cn.oneseal.domain.model.registration.SealedIdentity;
import cn.oneseal.domain.shared.DomainException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The credit check before a decision (seed §25) and the holders' credit records (信用记录). The check
 * looks up everyone the case names — the applicant's credit code (the generic form's {@code
 * creditCode}), a citizen applicant's identity number, a business registration's legal
 * representative and its investors with credit codes — on the register of seriously dishonest
 * subjects, and shows the facts of their records. Approving a listed applicant then follows the
 * item's {@link CreditRule}: a legal reason on record, or no approval. The record keeps every
 * {@link SubjectFact} fired in the system.
 */
@Stateless
@PermitAll
public class CreditCheckService {

  private static final Logger LOG = Logger.getLogger(CreditCheckService.class.getName());

  private static final String ROLE_APPLICANT = "applicant";
  private static final String ROLE_LEGAL_REPRESENTATIVE = "legalRepresentative";
  private static final String ROLE_INVESTOR = "investor";

  @Inject private CreditRepository repository;

  @Inject private AuditEntryRepository audit;

  @Inject private Clock clock;

  @Inject private ApplicationService applications;

  @Inject private BusinessRegistrationRepository registrations;

  @Inject private AccountRepository accounts;

  @Inject private IdentityVault vault;

  @Inject private CreditListService list;

  /** Someone the case names, checked against the register. */
  record Subject(String role, ListedSubject kind, String value, String shown) {}

  /** The credit check of a case, for whoever may read it (404 for anyone else). */
  public Check check(Actor actor, String number) {
    Application application = applications.readable(actor, number);
    if (!actor.readsOthersCases()) {
      throw DomainException.forbidden("error.forbidden.role", Role.DIRECTOR.id());
    }
    return check(application);
  }

  /**
   * The decision's credit rule (every process's approve outcome goes through here): a listed
   * applicant is approved only as the item's rule allows; a reason given is recorded in the case's
   * history and on the audit trail.
   */
  public void clearForDecision(Actor actor, String number, boolean approve, String overrideReason) {
    if (overrideReason != null && overrideReason.strip().length() > 2000) {
      throw DomainException.invalidField(
          "overrideReason", "error.field.tooLong", "overrideReason", 2000);
    }
    if (!approve) {
      return;
    }
    Application application = applications.entity(number);
    Check check = check(application);
    String reason =
        CreditRule.of(application.getItem().getCreditRule())
            .judge(check.listed(), true, overrideReason);
    if (reason == null) {
      return;
    }
    Instant now = clock.instant();
    String hits =
        String.join(
            "; ",
            check.hits().stream()
                .map(
                    h ->
                        h.role()
                            + " "
                            + h.listing().subject()
                            + " ("
                            + h.listing().authority()
                            + ")")
                .toList());
    application.note(Step.DECIDE, Action.CREDIT_OVERRIDE, actor.username(), reason, now);
    audit.add(
        new AuditEntry(
            now, actor.username(), "credit.override", "application", number, hits + ": " + reason));
  }

  /**
   * Whether the business of {@code creditCode} is on the serious-dishonesty list today (a listing
   * in force), for eligibility checks before anything is filed.
   */
  public boolean seriouslyDishonest(String creditCode) {
    LocalDate today = BureauTime.day(clock.instant());
    return list
        .entriesFor(ListedSubject.CREDIT_CODE, creditCode.strip().toUpperCase(Locale.ROOT))
        .stream()
        .anyMatch(e -> e.inForceOn(today));
  }

  Check check(Application application) {
    LocalDate today = BureauTime.day(clock.instant());
    List<Subject> subjects = subjectsOf(application);
    List<Hit> hits = new ArrayList<>();
    List<String> checked = new ArrayList<>();
    Set<String> codes = new LinkedHashSet<>();
    for (Subject s : subjects) {
      checked.add(s.role() + ":" + s.shown());
      if (s.kind() == ListedSubject.CREDIT_CODE) {
        codes.add(s.value());
      }
      for (DishonestEntry e : list.entriesFor(s.kind(), s.value())) {
        if (e.inForceOn(today)) {
          hits.add(new Hit(s.role(), CreditListService.view(e, today)));
        }
      }
    }
    List<Fact> facts = factsOf(codes, application.getNumber());
    return new Check(
        application.getNumber(),
        checked,
        hits,
        facts,
        CreditRule.of(application.getItem().getCreditRule()).id());
  }

  private List<Subject> subjectsOf(Application application) {
    List<Subject> subjects = new ArrayList<>();
    String code = application.getForm().get(ApplicationForm.CREDIT_CODE);
    if (code != null && !code.isBlank()) {
      String upper = code.strip().toUpperCase(Locale.ROOT);
      subjects.add(new Subject(ROLE_APPLICANT, ListedSubject.CREDIT_CODE, upper, upper));
    }
    registrations
        .findByApplication(application.getNumber())
        .ifPresent(r -> subjects.addAll(subjectsOf(r)));
    accounts
        .find(application.getApplicant())
        .filter(a -> a.getIdentityKind() == UserAccount.IdentityKind.RESIDENT_ID)
        .filter(a -> a.getIdentityCipher() != null && a.getIdentityMasked() != null)
        .ifPresent(
            a ->
                open(a.getIdentityCipher(), a.getIdentityMasked())
                    .ifPresent(
                        id ->
                            subjects.add(
                                new Subject(
                                    ROLE_APPLICANT,
                                    ListedSubject.IDENTITY,
                                    id,
                                    a.getIdentityMasked()))));
    return subjects;
  }

  private List<Subject> subjectsOf(BusinessRegistration r) {
    List<Subject> subjects = new ArrayList<>();
    r.getLegalRepIdentity()
        .ifPresent(
            legalRep ->
                open(legalRep.cipherText(), legalRep.masked())
                    .ifPresent(
                        id ->
                            subjects.add(
                                new Subject(
                                    ROLE_LEGAL_REPRESENTATIVE,
                                    ListedSubject.IDENTITY,
                                    id,
                                    legalRep.masked()))));
    for (Investor investor : r.getInvestors()) {
      if (investor.getKind() == Investor.Kind.ORGANISATION && investor.getIdentity() != null) {
        open(investor.getIdentity().cipherText(), investor.getIdentity().masked())
            .map(v -> v.strip().toUpperCase(Locale.ROOT))
            .filter(v -> CreditCode.validate(v).isValid())
            .ifPresent(
                v -> subjects.add(new Subject(ROLE_INVESTOR, ListedSubject.CREDIT_CODE, v, v)));
      }
    }
    return subjects;
  }

  private java.util.Optional<String> open(String cipher, String masked) {
    try {
      return java.util.Optional.of(vault.open(new SealedIdentity(cipher, masked)));
    } catch (RuntimeException e) {
      // a number sealed under another key cannot be checked; the check says what it could check
      LOG.warning(() -> "an identity number could not be opened for the credit check: " + e);
      return java.util.Optional.empty();
    }
  }

  /** Keeps a fact of a holder's record, once per source, reference and kind. */
  public void recordFact(@Observes SubjectFact fact) {
    if (!repository.factKnown(fact.source(), fact.reference(), fact.kind().name())) {
      repository.add(
          new CreditFact(
              fact.kind().name(),
              fact.kind().published(),
              fact.creditCode(),
              fact.holderName(),
              fact.naturalPerson(),
              fact.source(),
              fact.reference(),
              fact.applicationNumber(),
              fact.summary(),
              fact.decidedOn(),
              fact.recordedAt()));
    }
  }

  /** A holder's record, for staff and supervisors; a malformed credit code is refused. */
  public HolderRecord record(Actor actor, String creditCode) {
    if (!actor.readsOthersCases()) {
      throw DomainException.forbidden("error.forbidden.role", Role.SUPERVISOR.id());
    }
    String code = creditCode == null ? "" : creditCode.strip().toUpperCase(Locale.ROOT);
    List<DomainException.Detail> problems = new ArrayList<>();
    for (var p : CreditCode.validate(code).problems()) {
      problems.add(DomainException.Detail.of("creditCode", p.code(), p.args().toArray()));
    }
    if (!problems.isEmpty()) {
      throw DomainException.invalidAll(problems);
    }
    LocalDate today = BureauTime.day(clock.instant());
    List<Listing> listings =
        list.entriesFor(ListedSubject.CREDIT_CODE, code).stream()
            .map(e -> CreditListService.view(e, today))
            .toList();
    List<Finding> findings =
        repository.findingsOfHolder(code).stream().map(CreditCheckService::finding).toList();
    return new HolderRecord(
        code,
        listings.stream().anyMatch(Listing::inForce),
        listings,
        factsOf(Set.of(code), null),
        findings);
  }

  /** The findings the supervising departments sent about a case, for whoever may read it. */
  public List<Finding> findingsOfCase(Actor actor, String number) {
    applications.readable(actor, number);
    return repository.findingsOfCase(number).stream().map(CreditCheckService::finding).toList();
  }

  private List<Fact> factsOf(Set<String> codes, String number) {
    return repository.facts(codes, number).stream().map(CreditCheckService::fact).toList();
  }

  static Fact fact(CreditFact f) {
    return new Fact(
        f.getKind(),
        f.warns(),
        f.getCreditCode(),
        f.getHolderName(),
        f.getSource(),
        f.getReference(),
        f.getApplicationNumber(),
        f.getSummary(),
        f.getDecidedOn(),
        f.getRecordedAt());
  }

  static Finding finding(SupervisionFinding f) {
    return new Finding(
        f.getFindingId(),
        SupervisionLinkService.departmentOf(f.getChannelCode()),
        f.getKind().id(),
        f.getApplicationNumber(),
        f.getCreditCode(),
        f.getHolderName(),
        f.getSummary(),
        f.getDecidedOn(),
        f.getReceivedAt());
  }
}
