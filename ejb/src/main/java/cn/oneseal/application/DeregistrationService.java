package cn.oneseal.application;

import cn.oneseal.application.credit.CreditListService;
import cn.oneseal.application.deregistration.DeregistrationViews.AbnormalView;
import cn.oneseal.application.deregistration.DeregistrationViews.DeregistrationView;
import cn.oneseal.application.deregistration.DeregistrationViews.EligibilityView;
import cn.oneseal.application.deregistration.DeregistrationViews.NoticeView;
import cn.oneseal.application.deregistration.DeregistrationViews.ObjectionView;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.model.application.Application;
import cn.oneseal.domain.model.application.Upload;
import cn.oneseal.domain.model.clock.BureauTime;
import cn.oneseal.domain.model.credit.ListedSubject;
import cn.oneseal.domain.model.deregistration.AbnormalOperation;
import cn.oneseal.domain.model.deregistration.Deregistration;
import cn.oneseal.domain.model.deregistration.DeregistrationPath;
import cn.oneseal.domain.model.deregistration.DeregistrationRepository;
import cn.oneseal.domain.model.deregistration.DeregistrationStatus;
import cn.oneseal.domain.model.deregistration.Eligibility;
import cn.oneseal.domain.model.deregistration.NoticeObjection;
import cn.oneseal.domain.model.deregistration.NoticePeriod;
import cn.oneseal.domain.model.document.IssuedDocument;
import cn.oneseal.domain.model.notification.NotificationKind;
import cn.oneseal.domain.model.registration.BusinessLicence;
import cn.oneseal.domain.model.registration.BusinessRegistration;
import cn.oneseal.domain.model.registration.BusinessRegistrationRepository;
import cn.oneseal.domain.model.registration.EntityType;
import cn.oneseal.domain.model.registration.Investor;
import cn.oneseal.domain.model.registration.LicenceStatus;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.domain.shared.DomainException.Detail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Deregistration (注销登记, issue 16): who may take the simplified path (简易注销, domain §7), the
 * investors' commitment, the 20-day public notice and its objections, the filing after it, and the
 * end: the licence deregistered everywhere and the name cancelled. The {@code
 * simplifiedDeregistration} process orders the steps and calls these methods in the transaction of
 * each act; the window, the review and the director's decision are the generic ones.
 */
@Stateless
@PermitAll
public class DeregistrationService {

  /** The item of the simplified path. */
  public static final String SIMPLE_ITEM = "SC-0040";

  /** The item of the ordinary path (with the liquidation report). */
  public static final String ORDINARY_ITEM = "SC-0041";

  /** How many objections one address may file within {@link #OBJECTION_WINDOW}. */
  public static final int OBJECTION_LIMIT = 5;

  /** The window of the objection rate limit. */
  public static final Duration OBJECTION_WINDOW = Duration.ofHours(1);

  /** A sanction decided within this many days before the filing counts as an open case. */
  public static final int SANCTION_DAYS = 365;

  /** The commitment all investors make, as printed on their commitment. */
  public static final String COMMITMENT_TEXT =
      "本企业申请简易注销登记，全体投资人郑重承诺：本企业未发生债权债务或者已将债权债务清偿完结，"
          + "未发生或者已结清清偿费用、职工工资、社会保险费用、法定补偿金、应缴纳税款（滞纳金、罚款）；"
          + "本企业不是上市股份有限公司，不存在股权（财产份额）被冻结、出质的情形，未被列入经营异常名录或者严重违法失信名单，"
          + "未被立案调查，营业执照未被吊销。以上承诺如有不实，全体投资人愿意承担相应的法律后果和责任，"
          + "并同意登记机关依法撤销注销登记、恢复主体资格，将相关主体列入严重违法失信名单。";

  @Inject private DeregistrationRepository records;

  @Inject private BusinessRegistrationRepository registrations;

  @Inject private CreditListService creditList;

  @Inject private ApplicationService applications;

  @Inject private DocumentIssuer documents;

  @Inject private NotificationService notifications;

  @Inject private AuditTrail audit;

  @Inject private Clock clock;

  /** The applicant's declarations (承诺事项) for the simplified path. */
  public record Declarations(boolean noDebts, boolean notListedCompany, boolean noFrozenEquity) {}

  /** What a citizen files: the business, the path, the declarations and (ordinary) materials. */
  public record Filing(
      String creditCode,
      DeregistrationPath path,
      Declarations declarations,
      List<Upload> materials) {}

  /** A deregistration just filed: the view, and whether it was filed now (or earlier, a repeat). */
  public record Filed(DeregistrationView view, boolean created, boolean noticeRequired) {}

  // ---------------------------------------------------------------- eligibility and filing

  /**
   * What the applicant sees before filing: the business, whether the simplified path is open (every
   * failed condition), the investors who commit and the deregistration under way, if any.
   */
  public EligibilityView eligibility(Actor actor, String creditCode, Declarations declarations) {
    actor.require(Role.CITIZEN);
    BusinessLicence licence = ownLicence(actor, creditCode);
    BusinessRegistration registration = registrationOf(licence);
    List<Detail> problems = checks(licence, declarations).problems(licence.getCreditCode());
    return new EligibilityView(
        licence.getCreditCode(),
        licence.getFullName(),
        licence.getEntityType().name().toLowerCase(Locale.ROOT).replace('_', '-'),
        licence.getStatus().id(),
        problems.isEmpty(),
        problems.stream().map(Detail::code).toList(),
        investors(registration),
        Deregistration.needsNotice(DeregistrationPath.SIMPLE, licence.getEntityType()),
        COMMITMENT_TEXT,
        records.ofBusiness(licence.getCreditCode()).stream()
            .findFirst()
            .map(this::view)
            .orElse(null));
  }

  /**
   * Files a deregistration: checks every condition at once (400 with every reason), files the
   * application of the path's item, records the investors' commitment (simplified path) signed with
   * the system key and, unless the business is an individual business, publishes the notice. The
   * process is started by the caller (the workflow module) in the same transaction.
   */
  public Filed file(Actor actor, Filing filing) {
    actor.require(Role.CITIZEN);
    DeregistrationPath path = filing.path() == null ? DeregistrationPath.SIMPLE : filing.path();
    BusinessLicence licence = ownLicence(actor, filing.creditCode());
    BusinessRegistration registration = registrationOf(licence);
    List<Detail> problems = new ArrayList<>();
    if (path == DeregistrationPath.SIMPLE) {
      problems.addAll(checks(licence, filing.declarations()).problems(licence.getCreditCode()));
    } else if (!licence.getStatus().inForce()) {
      problems.add(
          Detail.of(
              "creditCode", "error.deregistration.licenceNotInForce", licence.getCreditCode()));
    }
    if (!problems.isEmpty()) {
      throw DomainException.invalidAll(problems);
    }
    List<Deregistration> earlier = records.ofBusiness(licence.getCreditCode());
    Optional<Deregistration> open =
        earlier.stream().filter(d -> !d.getStatus().ended()).findFirst();
    if (open.isPresent()) {
      throw DomainException.conflict(
          "error.deregistration.open", licence.getCreditCode(), open.get().getApplicationNumber());
    }
    Instant now = clock.instant();
    Map<String, String> form = new LinkedHashMap<>();
    form.put(ApplicationForm.APPLICANT_NAME, licence.getFullName());
    form.put(ApplicationForm.CONTACT_PHONE, registration.getContactPhone());
    form.put(
        ApplicationForm.DESCRIPTION,
        (path == DeregistrationPath.SIMPLE ? "简易注销登记：" : "普通注销登记：")
            + licence.getFullName()
            + "（"
            + licence.getCreditCode()
            + "）");
    form.put(ApplicationForm.CREDIT_CODE, licence.getCreditCode());
    Submission submission =
        applications.submit(
            actor,
            path == DeregistrationPath.SIMPLE ? SIMPLE_ITEM : ORDINARY_ITEM,
            form,
            filing.materials() == null ? List.of() : filing.materials(),
            "deregistration-" + licence.getCreditCode() + "-" + (earlier.size() + 1));
    boolean notice = Deregistration.needsNotice(path, licence.getEntityType());
    List<String> investors = investors(registration);
    String noticeNumber = notice ? records.nextNoticeNumber(BureauTime.day(now).getYear()) : null;
    Deregistration deregistration =
        new Deregistration(
            submission.number(),
            licence.getCreditCode(),
            licence.getFullName(),
            licence.getEntityType(),
            licence.getAuthority(),
            actor.username(),
            path,
            String.join("、", investors),
            path == DeregistrationPath.SIMPLE ? COMMITMENT_TEXT : "",
            noticeNumber,
            notice ? NoticePeriod.publishedAt(now) : null,
            now);
    records.add(deregistration);
    if (path == DeregistrationPath.SIMPLE) {
      Application application = applications.entity(submission.number());
      IssuedDocument commitment =
          documents.receivedInvestorsCommitment(
              application,
              actor,
              List.of(
                  "企业名称："
                      + licence.getFullName()
                      + "；统一社会信用代码："
                      + licence.getCreditCode()
                      + "；申请编号："
                      + submission.number()
                      + "。",
                  "全体投资人：" + String.join("、", investors) + "。",
                  COMMITMENT_TEXT,
                  "本承诺书由申请人代表全体投资人于网上办事大厅在线提交，系统按收到时的内容记录并以系统密钥签名存证（非登记机关印章）。"));
      deregistration.recordCommitment(commitment.getId());
    }
    audit.caseAct(
        actor,
        "deregistration.filed",
        submission.number(),
        path.id()
            + " "
            + licence.getCreditCode()
            + (noticeNumber == null ? "" : " notice " + noticeNumber));
    records.flush();
    return new Filed(view(deregistration), true, notice);
  }

  /** The conditions of the simplified path as the records and the declarations say. */
  Eligibility checks(BusinessLicence licence, Declarations declarations) {
    String code = licence.getCreditCode();
    LocalDate today = BureauTime.day(clock.instant());
    Declarations declared =
        declarations == null ? new Declarations(false, false, false) : declarations;
    return new Eligibility(
        licence.getStatus().inForce(),
        creditList.entriesFor(ListedSubject.CREDIT_CODE, code).stream()
            .anyMatch(e -> e.inForceOn(today)),
        records.abnormalOf(code).stream().anyMatch(a -> a.listsOn(today)),
        records.transferredForInvestigation(code)
            || records.sanctionedSince(code, today.minusDays(SANCTION_DAYS)),
        declared.noDebts(),
        declared.notListedCompany(),
        declared.noFrozenEquity());
  }

  /** The deregistrations of the citizen's business, latest first. */
  public List<DeregistrationView> ofBusiness(Actor actor, String creditCode) {
    actor.require(Role.CITIZEN);
    BusinessLicence licence = ownLicence(actor, creditCode);
    return records.ofBusiness(licence.getCreditCode()).stream().map(this::view).toList();
  }

  /** One deregistration, by its application, for those who may read the case. */
  public DeregistrationView of(Actor actor, String applicationNumber) {
    applications.readable(actor, applicationNumber);
    return view(require(applicationNumber));
  }

  /** The objections of a case, for staff who may read it (with the contacts). */
  public List<ObjectionView> objections(Actor actor, String applicationNumber) {
    applications.readable(actor, applicationNumber);
    if (!actor.isStaff()) {
      throw DomainException.forbidden("error.forbidden.role", Role.OFFICER.id());
    }
    Deregistration deregistration = require(applicationNumber);
    return records.objections(deregistration.getId()).stream()
        .map(DeregistrationService::view)
        .toList();
  }

  // ---------------------------------------------------------------- the public notice

  /** The published notices, latest first (public). */
  public ResultPage<NoticeView> notices(Paging paging) {
    LocalDate today = BureauTime.day(clock.instant());
    List<Deregistration> page = records.notices(today, paging.offset(), paging.size());
    return ResultPage.of(page, paging, () -> records.countNotices(today)).map(this::notice);
  }

  /** One notice by its number (public); 404 for a number nobody published. */
  public NoticeView notice(String noticeNumber) {
    return notice(requireNotice(noticeNumber));
  }

  /**
   * Anyone objects to a running notice: every field is required (400 per field), the notice must
   * run (409 after), and one address files at most {@link #OBJECTION_LIMIT} objections per {@link
   * #OBJECTION_WINDOW} (429 with the time to wait). The case goes to the registration section.
   * Answers the application number, for the process.
   */
  public String object(String noticeNumber, String name, String contact, String reason) {
    Deregistration deregistration = requireNotice(noticeNumber);
    List<Detail> problems = new ArrayList<>();
    String cleanName = required(problems, "name", name, NoticeObjection.NAME_LENGTH);
    String cleanContact = required(problems, "contact", contact, NoticeObjection.CONTACT_LENGTH);
    String cleanReason = required(problems, "reason", reason, NoticeObjection.REASON_LENGTH);
    if (!problems.isEmpty()) {
      throw DomainException.invalidAll(problems);
    }
    Instant now = clock.instant();
    if (!deregistration.takesObjections(now)) {
      throw DomainException.conflict("error.notice.closed", noticeNumber);
    }
    String address = addressHash(ClientAddress.current().orElse("unknown"));
    List<Instant> recent = records.objectionTimesFrom(address, now.minus(OBJECTION_WINDOW));
    if (recent.size() >= OBJECTION_LIMIT) {
      Duration wait = Duration.between(now, recent.get(0).plus(OBJECTION_WINDOW));
      throw DomainException.tooManyRequests(
          wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait,
          "error.objection.tooMany",
          OBJECTION_LIMIT);
    }
    deregistration.objected(now);
    NoticeObjection objection =
        new NoticeObjection(
            deregistration.getId(), cleanName, cleanContact, cleanReason, address, now);
    records.add(objection);
    records.flush();
    audit.caseAct(
        Actor.of("public"),
        "deregistration.objected",
        deregistration.getApplicationNumber(),
        noticeNumber + " objection " + objection.getId());
    return deregistration.getApplicationNumber();
  }

  // ---------------------------------------------------------------- the process's acts

  /** The registration section decided the open objections: sustained ends the simple path. */
  public void decideObjection(
      Actor actor, String applicationNumber, boolean sustained, String opinion) {
    actor.require(Role.OFFICER);
    Deregistration deregistration = require(applicationNumber);
    Instant now = clock.instant();
    deregistration.objectionDecided(sustained, now);
    for (NoticeObjection objection : records.objections(deregistration.getId())) {
      objection.decide(
          sustained ? NoticeObjection.Decision.SUSTAINED : NoticeObjection.Decision.DISMISSED,
          actor.username(),
          now);
    }
    audit.caseAct(
        actor,
        sustained ? "deregistration.objectionSustained" : "deregistration.objectionDismissed",
        applicationNumber,
        opinion);
    if (sustained) {
      Application application = applications.entity(applicationNumber);
      application.withdraw(
          application.getApplicant(),
          "异议成立，简易注销程序终止；可申请普通注销登记。" + (opinion == null ? "" : opinion),
          now);
      notify(deregistration);
    }
    records.flush();
  }

  /** The notice ended without an open objection: the business may file within 20 days. */
  public void noticeEnded(String applicationNumber) {
    Deregistration deregistration = require(applicationNumber);
    deregistration.noticeEnded(clock.instant());
    audit.caseAct(
        Actor.system(),
        "deregistration.noticeEnded",
        applicationNumber,
        deregistration.getNoticeNumber());
    notify(deregistration);
  }

  /** The business files its deregistration application after the notice. */
  public void filed(Actor actor, String applicationNumber) {
    actor.require(Role.CITIZEN);
    Deregistration deregistration = require(applicationNumber);
    if (!deregistration.getApplicant().equals(actor.username())) {
      throw DomainException.notFound("error.application.notFound", applicationNumber);
    }
    deregistration.filed(clock.instant());
    audit.caseAct(
        actor, "deregistration.applied", applicationNumber, deregistration.getCreditCode());
  }

  /** The 20 days after the notice passed without a filing: the simple path lapses. */
  public void lapsed(String applicationNumber) {
    Deregistration deregistration = require(applicationNumber);
    Instant now = clock.instant();
    deregistration.lapsed(now);
    Application application = applications.entity(applicationNumber);
    application.withdraw(application.getApplicant(), "公示期满之日起20日内未申请注销登记，简易注销程序失效。", now);
    audit.caseAct(
        Actor.system(), "deregistration.lapsed", applicationNumber, deregistration.getCreditCode());
    notify(deregistration);
  }

  /**
   * The director approved: the licence is deregistered, the registered name cancelled (the
   * same-name rule then blocks its trade name for a year). Idempotent, for a retried job.
   */
  public void deregister(String applicationNumber, String director) {
    Deregistration deregistration = require(applicationNumber);
    if (deregistration.getStatus() == DeregistrationStatus.DEREGISTERED) {
      return;
    }
    Instant now = clock.instant();
    deregistration.decided(true, now);
    BusinessLicence licence =
        records
            .licence(deregistration.getCreditCode())
            .orElseThrow(
                () -> new IllegalStateException("no licence " + deregistration.getCreditCode()));
    licence.changeStatus(LicenceStatus.DEREGISTERED, now);
    registrations
        .find(licence.getRegistrationId())
        .flatMap(r -> records.registeredName(r.getArea(), r.getFullName()))
        .ifPresent(name -> name.cancel(now));
    audit.caseAct(
        Actor.of(director == null ? Actor.SYSTEM : director),
        "licence.deregistered",
        applicationNumber,
        licence.getCreditCode());
    records.flush();
  }

  /** The director denied, or the application ended otherwise (refused, withdrawn). */
  public void closed(String applicationNumber) {
    records
        .ofApplication(applicationNumber)
        .ifPresent(
            d -> {
              if (d.getStatus() == DeregistrationStatus.FILED) {
                d.decided(false, clock.instant());
              } else {
                d.closed(clock.instant());
              }
            });
  }

  /** When the notice of this application ends and when its filing window closes. */
  public Optional<NoticePeriod> period(String applicationNumber) {
    return Optional.ofNullable(require(applicationNumber).notice());
  }

  /** Whether the application's deregistration runs the notice first. */
  public boolean noticeRequired(String applicationNumber) {
    return require(applicationNumber).notice() != null;
  }

  // ---------------------------------------------------------------- the abnormal-operations list

  /** Lists a business on the abnormal-operations list (administrators). */
  public AbnormalView listAbnormal(
      Actor actor, String creditCode, String reason, LocalDate listedOn) {
    actor.require(Role.ADMIN);
    List<Detail> problems = new ArrayList<>();
    String code = creditCode == null ? "" : creditCode.strip().toUpperCase(Locale.ROOT);
    cn.oneseal.domain.model.registration.CreditCode.validate(code).problems().stream()
        .limit(1)
        .forEach(p -> problems.add(Detail.of("creditCode", p.code(), p.args().toArray())));
    String why = required(problems, "reason", reason, 512);
    if (listedOn == null) {
      problems.add(Detail.of("listedOn", "error.field.required", "listedOn"));
    }
    if (!problems.isEmpty()) {
      throw DomainException.invalidAll(problems);
    }
    AbnormalOperation listing = new AbnormalOperation(code, why, listedOn, actor.username());
    records.add(listing);
    records.flush();
    audit.record(
        actor, "abnormalList.listed", "abnormal-operation", String.valueOf(listing.getId()), code);
    return view(listing);
  }

  /** Takes a business off the list (administrators); a reason is required. */
  public AbnormalView removeAbnormal(Actor actor, long id, String reason) {
    actor.require(Role.ADMIN);
    AbnormalOperation listing =
        records
            .abnormal(id)
            .orElseThrow(
                () -> DomainException.notFound("error.abnormal.notFound", String.valueOf(id)));
    List<Detail> problems = new ArrayList<>();
    String why = required(problems, "reason", reason, 512);
    if (!problems.isEmpty()) {
      throw DomainException.invalidAll(problems);
    }
    listing.remove(actor.username(), why, clock.instant());
    records.flush();
    audit.record(actor, "abnormalList.removed", "abnormal-operation", String.valueOf(id), why);
    return view(listing);
  }

  /** The list, latest listing first (administrators). */
  public ResultPage<AbnormalView> abnormalList(Actor actor, Paging paging) {
    actor.require(Role.ADMIN);
    return ResultPage.of(
            records.abnormalList(paging.offset(), paging.size()), paging, records::countAbnormal)
        .map(DeregistrationService::view);
  }

  // ---------------------------------------------------------------- helpers

  private BusinessLicence ownLicence(Actor actor, String creditCode) {
    String code = creditCode == null ? "" : creditCode.strip().toUpperCase(Locale.ROOT);
    BusinessLicence licence = code.isEmpty() ? null : records.licence(code).orElse(null);
    if (licence == null
        || registrations
            .find(licence.getRegistrationId())
            .map(r -> !r.isOwnedBy(actor.username()))
            .orElse(true)) {
      // someone else's business answers as one that does not exist
      throw DomainException.notFound("error.licence.notFound", code);
    }
    return licence;
  }

  private BusinessRegistration registrationOf(BusinessLicence licence) {
    return registrations
        .find(licence.getRegistrationId())
        .orElseThrow(
            () -> DomainException.notFound("error.licence.notFound", licence.getCreditCode()));
  }

  /** The investors who commit; an individual business's operator, who is its only investor. */
  private static List<String> investors(BusinessRegistration registration) {
    List<String> names = registration.getInvestors().stream().map(Investor::getName).toList();
    if (names.isEmpty() || registration.getEntityType() == EntityType.INDIVIDUAL_BUSINESS) {
      return List.of(registration.getLegalRepName());
    }
    return names;
  }

  private Deregistration require(String applicationNumber) {
    return records
        .ofApplication(applicationNumber)
        .orElseThrow(
            () -> DomainException.notFound("error.application.notFound", applicationNumber));
  }

  private Deregistration requireNotice(String noticeNumber) {
    LocalDate today = BureauTime.day(clock.instant());
    return Optional.ofNullable(noticeNumber)
        .filter(n -> n.length() <= 32)
        .flatMap(records::byNotice)
        .filter(d -> !d.notice().publishedOn().isAfter(today))
        .orElseThrow(
            () -> DomainException.notFound("error.notice.notFound", String.valueOf(noticeNumber)));
  }

  private void notify(Deregistration deregistration) {
    notifications.notify(
        deregistration.getApplicant(),
        NotificationKind.DEREGISTRATION,
        deregistration.getApplicationNumber(),
        null,
        null,
        deregistration.getStatus().id());
  }

  private static String required(List<Detail> problems, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      problems.add(Detail.of(field, "error.field.required", field));
      return null;
    }
    String clean = value.strip();
    if (clean.length() > max) {
      problems.add(Detail.of(field, "error.field.tooLong", field, max));
      return null;
    }
    return clean;
  }

  static String addressHash(String address) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(
              digest.digest(("oneseal/objection/" + address).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  DeregistrationView view(Deregistration d) {
    NoticePeriod period = d.notice();
    return new DeregistrationView(
        d.getApplicationNumber(),
        d.getCreditCode(),
        d.getFullName(),
        d.getEntityType().name().toLowerCase(Locale.ROOT).replace('_', '-'),
        d.getPath().id(),
        d.getStatus().id(),
        d.getInvestors(),
        d.getCommitmentText(),
        d.getNoticeNumber(),
        period == null ? null : period.publishedOn(),
        period == null ? null : period.lastDay(),
        period == null ? null : period.filingUntil(),
        d.getStatus() == DeregistrationStatus.AWAITING_FILING,
        d.getCreatedAt(),
        d.getStatusChangedAt());
  }

  private NoticeView notice(Deregistration d) {
    NoticePeriod period = d.notice();
    Instant now = clock.instant();
    String state;
    if (d.getStatus() == DeregistrationStatus.REFUSED
        || d.getStatus() == DeregistrationStatus.DENIED) {
      state = "terminated";
    } else {
      state = period.runsAt(now) ? "running" : "ended";
    }
    return new NoticeView(
        d.getNoticeNumber(),
        d.getFullName(),
        d.getCreditCode(),
        d.getAuthority(),
        d.getInvestors(),
        d.getCommitmentText(),
        period.publishedOn(),
        period.lastDay(),
        d.takesObjections(now),
        state);
  }

  private static ObjectionView view(NoticeObjection o) {
    return new ObjectionView(
        o.getId(),
        o.getObjectorName(),
        o.getContact(),
        o.getReason(),
        o.getFiledAt(),
        o.getDecision() == null ? null : o.getDecision().name().toLowerCase(Locale.ROOT));
  }

  private static AbnormalView view(AbnormalOperation a) {
    return new AbnormalView(
        a.getId(),
        a.getCreditCode(),
        a.getReason(),
        a.getListedOn(),
        a.getListedBy(),
        a.getRemovedAt(),
        a.getRemovalReason());
  }
}
