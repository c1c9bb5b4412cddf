package cn.oneseal.application.credit;

import cn.oneseal.application.ApplicationForm;
import cn.oneseal.application.DataExchange;
import cn.oneseal.application.DepartmentPushService;
import cn.oneseal.application.credit.CreditViews.FindingReceipt;
import cn.oneseal.application.oversight.SubjectFact;
import cn.oneseal.domain.model.application.Application;
import cn.oneseal.domain.model.application.ApplicationRepository;
import cn.oneseal.domain.model.credit.CreditRepository;
import cn.oneseal.domain.model.credit.DecisionReport;
import cn.oneseal.domain.model.credit.SupervisionFinding;
import cn.oneseal.domain.model.registration.BusinessRegistration;
import cn.oneseal.domain.model.registration.BusinessRegistrationRepository;
import cn.oneseal.domain.model.registration.CreditCode;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.domain.shared.DomainException.Detail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * 审管联动 (seed §31): every licensing decision goes to the department that supervises the holder — the
 * item's former department — through the data exchange's outbox (the signed channel {@code
 * supervision-<department>}); the departments' findings, sanctions and rectification orders come
 * back by signed callback, are kept once per finding id, and become facts of the holder's credit
 * record ({@link SubjectFact}, which the publications read too). The wire format is in
 * docs/exchange.md.
 */
@Stateless
@PermitAll
public class SupervisionLinkService {

  /** The prefix of a supervising department's channel code. */
  public static final String CHANNEL_PREFIX = "supervision-";

  /** The {@code certificate} a decision report names on the wire. */
  public static final String REPORT_KIND = "licensing-decision";

  private static final Logger LOG = Logger.getLogger(SupervisionLinkService.class.getName());

  @Inject private CreditRepository repository;

  @Inject private Clock clock;

  @Inject private ApplicationRepository applications;

  @Inject private BusinessRegistrationRepository registrations;

  @Inject private DepartmentPushService pushes;

  @Inject private DataExchange exchange;

  @Inject private DecisionReportAttempts attempts;

  @Inject private Event<DecisionReported> reported;

  @Inject private Event<SubjectFact> facts;

  /** The channel of a supervising department. */
  public static String channelOf(String departmentCode) {
    return CHANNEL_PREFIX + departmentCode;
  }

  /** The department of a supervision channel; any other channel answers its own code. */
  public static String departmentOf(String channelCode) {
    return channelCode != null && channelCode.startsWith(CHANNEL_PREFIX)
        ? channelCode.substring(CHANNEL_PREFIX.length())
        : channelCode;
  }

  /**
   * Writes the report of a decision to the outbox, in the decision's transaction (a rolled-back
   * decision reports nothing); once per case.
   */
  public void decided(Application application, boolean approved) {
    if (repository.reportOfCase(application.getNumber()).isPresent()) {
      return;
    }
    String department = application.getItemVersion().getDepartment().getCode();
    DecisionReport report =
        new DecisionReport(
            application.getNumber(),
            department,
            channelOf(department),
            approved ? "approve" : "deny",
            clock.instant());
    repository.add(report);
    reported.fire(new DecisionReported(report.getReportId(), application.getNumber()));
  }

  /**
   * One attempt to deliver a report; the same report id on every attempt, a report delivered (or
   * awaiting its receipt) is never sent again. A failure is recorded apart and thrown on, so that
   * the engine retries and finally raises an incident.
   */
  public void deliver(String reportId) {
    DecisionReport report = repository.report(reportId).orElse(null);
    if (report == null || report.isSent()) {
      return;
    }
    DataExchange.Answer answer;
    try {
      DataExchange.Channel channel =
          pushes
              .channelForSending(report.getChannelCode())
              .orElseThrow(
                  () ->
                      new DataExchange.DepartmentUnavailableException(
                          "no data-sharing channel for " + report.getChannelCode()));
      answer =
          exchange.send(
              channel,
              new DataExchange.Outgoing(
                  report.getReportId(),
                  REPORT_KIND,
                  report.getApplicationNumber(),
                  payload(report)));
    } catch (DataExchange.DepartmentUnavailableException e) {
      attempts.failed(report.getId(), e.getMessage());
      throw e;
    }
    report.delivered(answer.awaiting() ? null : answer.receipt(), clock.instant());
  }

  /** What the supervising department learns of a decision. */
  private Map<String, String> payload(DecisionReport report) {
    Application a = applications.find(report.getApplicationNumber()).orElseThrow();
    Holder holder = holderOf(a, null);
    Map<String, String> data = new LinkedHashMap<>();
    data.put("kind", REPORT_KIND);
    data.put("applicationNumber", a.getNumber());
    data.put("itemCode", a.getItem().getCode());
    data.put("itemName", a.getItemVersion().getName().zh());
    data.put("department", report.getDepartmentCode());
    data.put("outcome", report.getOutcome());
    data.put("decidedAt", String.valueOf(a.getDecidedAt()));
    data.put("holderName", holder.name());
    if (holder.creditCode() != null) {
      data.put("creditCode", holder.creditCode());
    }
    data.put("naturalPerson", String.valueOf(holder.naturalPerson()));
    return data;
  }

  /** The body of a department's finding, as the API reads it. */
  public record FindingInput(
      String findingId,
      String applicationNumber,
      String creditCode,
      String kind,
      String summary,
      String decidedOn) {}

  /**
   * A department's finding by signed callback ({@link DepartmentPushService#authenticateDepartment}
   * first, which names {@code channelCode}). Kept once per channel and finding id: the same finding
   * again answers {@code changed: false}; another finding under the same id is a conflict (409).
   */
  public FindingReceipt finding(String channelCode, FindingInput in) {
    List<Detail> problems = new ArrayList<>();
    String findingId = blankToNull(in.findingId());
    if (findingId == null) {
      problems.add(Detail.of("findingId", "error.finding.required"));
    } else if (findingId.length() > 64) {
      problems.add(Detail.of("findingId", "error.field.tooLong", "findingId", 64));
    }
    String number = blankToNull(in.applicationNumber());
    String code = blankToNull(in.creditCode());
    if (number == null && code == null) {
      problems.add(Detail.of("applicationNumber", "error.finding.subjectRequired"));
    }
    if (code != null) {
      code = code.toUpperCase(Locale.ROOT);
      for (var p : CreditCode.validate(code).problems()) {
        problems.add(Detail.of("creditCode", p.code(), p.args().toArray()));
      }
    }
    Optional<SupervisionFinding.Kind> kind = SupervisionFinding.Kind.of(in.kind());
    if (kind.isEmpty()) {
      problems.add(
          Detail.of(
              "kind",
              "error.finding.kind",
              String.valueOf(in.kind()),
              "inspectionFinding, sanction, rectificationOrder"));
    }
    String summary = blankToNull(in.summary());
    if (summary == null) {
      problems.add(Detail.of("summary", "error.finding.required"));
    } else if (summary.length() > 2000) {
      problems.add(Detail.of("summary", "error.field.tooLong", "summary", 2000));
    }
    LocalDate decidedOn = null;
    if (blankToNull(in.decidedOn()) == null) {
      problems.add(Detail.of("decidedOn", "error.finding.required"));
    } else {
      try {
        decidedOn = LocalDate.parse(in.decidedOn().strip());
      } catch (DateTimeParseException e) {
        problems.add(Detail.of("decidedOn", "error.creditList.date", in.decidedOn().strip()));
      }
    }
    if (!problems.isEmpty()) {
      throw DomainException.invalidAll(problems);
    }
    Application application = null;
    if (number != null) {
      application =
          applications
              .find(number)
              .orElseThrow(
                  () -> DomainException.notFound("error.finding.applicationUnknown", number));
    }
    Holder holder = application != null ? holderOf(application, code) : holderByCode(code);
    String hash =
        sha256(
            String.join(
                "\n",
                String.valueOf(number),
                String.valueOf(code),
                kind.get().id(),
                summary,
                decidedOn.toString()));
    Optional<SupervisionFinding> earlier = repository.finding(channelCode, findingId);
    if (earlier.isPresent()) {
      if (!earlier.get().getContentHash().equals(hash)) {
        throw DomainException.conflict("error.finding.conflict", findingId);
      }
      return new FindingReceipt(findingId, false);
    }
    Instant now = clock.instant();
    repository.add(
        new SupervisionFinding(
            channelCode,
            findingId,
            number,
            holder.creditCode(),
            holder.name(),
            kind.get(),
            summary,
            decidedOn,
            hash,
            now));
    repository.flush();
    facts.fire(
        new SubjectFact(
            factKind(kind.get()),
            holder.creditCode(),
            holder.name(),
            holder.naturalPerson(),
            departmentOf(channelCode),
            findingId,
            number,
            summary,
            decidedOn,
            now));
    LOG.info(() -> "Finding " + findingId + " by " + channelCode + " recorded");
    return new FindingReceipt(findingId, true);
  }

  /** The fact a department's finding becomes on the holder's record. */
  static SubjectFact.Kind factKind(SupervisionFinding.Kind kind) {
    return switch (kind) {
      case INSPECTION_FINDING -> SubjectFact.Kind.INSPECTION_RESULT;
      case SANCTION -> SubjectFact.Kind.SANCTION;
      case RECTIFICATION_ORDER -> SubjectFact.Kind.RECTIFICATION_ORDER;
    };
  }

  /** Who holds (or applied for) what a case decides. */
  record Holder(String creditCode, String name, boolean naturalPerson) {}

  private Holder holderOf(Application a, String givenCode) {
    Optional<BusinessRegistration> registration = registrations.findByApplication(a.getNumber());
    String code = givenCode;
    if (code == null) {
      code = blankToNull(a.getForm().get(ApplicationForm.CREDIT_CODE));
      code = code == null ? null : code.toUpperCase(Locale.ROOT);
    }
    if (code == null) {
      code = repository.licensedCode(a.getNumber()).orElse(null);
    }
    String name =
        registration
            .map(BusinessRegistration::getFullName)
            .map(SupervisionLinkService::blankToNull)
            .orElseGet(() -> blankToNull(a.getForm().get(ApplicationForm.APPLICANT_NAME)));
    if (name == null) {
      name = code == null ? a.getNumber() : code;
    }
    return new Holder(code, name, code == null && registration.isEmpty());
  }

  private Holder holderByCode(String code) {
    String name = repository.licensedName(code).orElse(code);
    return new Holder(code, name, false);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
