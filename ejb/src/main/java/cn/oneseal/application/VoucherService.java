package cn.oneseal.application;

import cn.oneseal.application.credit.CreditCheckService;
import cn.oneseal.application.innovation.ProviderView;
import cn.oneseal.application.innovation.VoucherFiling;
import cn.oneseal.application.innovation.VoucherStatistics;
import cn.oneseal.application.innovation.VoucherView;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.model.application.Application;
import cn.oneseal.domain.model.application.ApplicationStatus;
import cn.oneseal.domain.model.application.CheckedUpload;
import cn.oneseal.domain.model.application.Upload;
import cn.oneseal.domain.model.clock.BureauTime;
import cn.oneseal.domain.model.document.IssuedDocument;
import cn.oneseal.domain.model.innovation.InnovationVoucher;
import cn.oneseal.domain.model.innovation.VoucherApplicant;
import cn.oneseal.domain.model.innovation.VoucherProvider;
import cn.oneseal.domain.model.innovation.VoucherRedemption;
import cn.oneseal.domain.model.innovation.VoucherRepository;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.domain.shared.DomainException.Detail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * 科技创新券 (docs/innovation-vouchers.md): a firm registered in the province applies; after the window
 * and the science section's review the director issues a sealed voucher of 50,000 yuan valid for a
 * year, or refuses it with reasons; a provider of the maintained list redeems it in parts against
 * its service contracts and invoices, never beyond its value, never an invoice twice, never after
 * its last day. Not an administrative licence. The workflow module starts and moves its process
 * ({@code VoucherWorkflow}); each act here runs in its step's transaction.
 */
@Stateless
@PermitAll
public class VoucherService {

  /** The catalogue item (KJ-0002 科技创新券申领). */
  public static final String ITEM = "KJ-0002";

  /** What a provider hands in with a redemption: the service contract and the invoice. */
  public static final List<String> REDEMPTION_DOCUMENTS = List.of("service-contract", "invoice");

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
  private static final Pattern REFERENCE = Pattern.compile("[\\p{L}\\p{N}\\-_/（）()]{1,64}");
  private static final Pattern PROVIDER_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");

  @Inject private Clock clock;

  @Inject private VoucherRepository records;

  @Inject private ApplicationService applications;

  @Inject private DocumentIssuer documents;

  @Inject private CitizenNotices citizenNotices;

  @Inject private CreditCheckService credit;

  @Inject private SealRefusals refusals;

  @Inject private AuditTrail audit;

  @Inject private cn.oneseal.infrastructure.config.OneSealConfig config;

  /** A filing's result: the voucher application, and whether this call filed it. */
  public record Filed(VoucherView view, boolean created) {}

  /**
   * Files a firm's application: every problem of the firm's facts at once ({@code 400}), a firm on
   * the serious-dishonesty list refused ({@code 400}), a firm that holds a voucher or has an
   * application under way refused ({@code 409}); then the application and the voucher record.
   */
  public Filed file(Actor actor, VoucherFiling filing) {
    actor.require(Role.CITIZEN);
    VoucherApplicant firm =
        VoucherApplicant.check(
            filing.firmName(),
            filing.creditCode(),
            filing.industry(),
            filing.privateFirm(),
            filing.teamSummary(),
            config.voucherTerms().provinceDivision());
    if (credit.seriouslyDishonest(firm.creditCode())) {
      throw DomainException.invalidAll(
          List.of(Detail.of("creditCode", "error.voucher.dishonest", firm.creditCode())));
    }
    LocalDate today = today();
    String key =
        filing.idempotencyKey() == null || filing.idempotencyKey().isBlank()
            ? "innovation-voucher-" + UUID.randomUUID()
            : filing.idempotencyKey();
    if (applications.filedUnder(actor, key).isEmpty()) {
      for (InnovationVoucher held : records.ofFirm(firm.creditCode())) {
        if (holds(held, today)) {
          throw DomainException.conflict(
              "error.voucher.held", firm.creditCode(), held.getApplicationNumber());
        }
      }
    }
    Map<String, String> form = new LinkedHashMap<>();
    form.put(ApplicationForm.APPLICANT_NAME, firm.firmName());
    form.put(ApplicationForm.CONTACT_PHONE, filing.contactPhone());
    form.put(ApplicationForm.DESCRIPTION, "科技创新券申领：" + firm.firmName());
    form.put(ApplicationForm.CREDIT_CODE, firm.creditCode());
    form.put("industry", firm.industry());
    form.put("privateFirm", Boolean.toString(firm.privateFirm()));
    Submission submission =
        applications.submit(
            actor,
            ITEM,
            form,
            filing.materials() == null ? List.of() : filing.materials(),
            key,
            false);
    if (!submission.created()) {
      return new Filed(view(requireOfApplication(submission.number())), false);
    }
    InnovationVoucher voucher = new InnovationVoucher(submission.number(), firm, clock.instant());
    records.add(voucher);
    audit.caseAct(
        actor,
        "voucher.applied",
        submission.number(),
        firm.creditCode() + " " + firm.industry() + (firm.privateFirm() ? " private" : ""));
    return new Filed(view(voucher), true);
  }

  /**
   * The director issues the voucher (its number, 50,000 yuan, a year) or refuses it with reasons;
   * the voucher or the refusal is sealed, in the step's transaction.
   */
  public VoucherView decide(
      Actor actor, String number, boolean grant, String opinion, Instant taskCreated) {
    if (!actor.has(Role.DIRECTOR)) {
      refusals.refused(actor, number, grant ? "issueVoucher" : "denyVoucher");
      throw DomainException.forbidden("error.forbidden.role", Role.DIRECTOR.id());
    }
    Application application = applications.entity(number);
    InnovationVoucher voucher = requireOfApplication(number);
    Instant now = clock.instant();
    application.decideSupport(actor.username(), grant, opinion, taskCreated, now);
    if (grant) {
      LocalDate today = BureauTime.day(now);
      voucher.issue(records.nextNumber(today.getYear()), config.voucherTerms(), now, today);
      IssuedDocument document =
          documents.notice(
              application,
              IssuedDocument.Kind.INNOVATION_VOUCHER,
              actor,
              opinion == null ? "" : opinion,
              voucher.getVoucherNumber(),
              voucher.getFirmName(),
              voucher.getCreditCode(),
              TechnicalContractService.yuan(voucher.getAmountFen()),
              DATE.format(voucher.getValidUntil()));
      citizenNotices.voucherDecided(
          application,
          voucher.getVoucherNumber(),
          TechnicalContractService.yuan(voucher.getAmountFen()),
          voucher.getValidUntil(),
          opinion,
          document);
      audit.caseAct(actor, "voucher.issued", number, voucher.getVoucherNumber());
    } else {
      voucher.deny();
      IssuedDocument document =
          documents.notice(application, IssuedDocument.Kind.VOUCHER_DENIAL, actor, opinion);
      citizenNotices.voucherDecided(application, null, null, null, opinion, document);
      audit.caseAct(actor, "voucher.denied", number, voucher.getCreditCode());
    }
    return view(voucher);
  }

  /** The voucher of case {@code number}, for whoever may read the case (others: 404). */
  public VoucherView ofCase(Actor actor, String number) {
    applications.readable(actor, number);
    return view(requireOfApplication(number));
  }

  /** The voucher of case {@code number} if it is one and the actor may read the case. */
  public Optional<VoucherView> findOfCase(Actor actor, String number) {
    if (!applications.mayRead(actor, number)) {
      return Optional.empty();
    }
    return records.ofApplication(number).map(this::view);
  }

  /**
   * A voucher by its number: its firm's applicant and staff who may read its case, and the
   * providers of the list (who redeem it); anyone else is told it does not exist.
   */
  public VoucherView byNumber(Actor actor, String voucherNumber) {
    InnovationVoucher voucher =
        voucherNumber == null || voucherNumber.length() > 16
            ? null
            : records.byNumber(voucherNumber).orElse(null);
    boolean provider = records.providerOf(actor.username()).isPresent();
    if (voucher == null
        || !(provider || applications.mayRead(actor, voucher.getApplicationNumber()))) {
      throw DomainException.notFound("error.voucher.notFound", String.valueOf(voucherNumber));
    }
    return view(voucher);
  }

  /**
   * A provider of the list redeems part or all of a voucher against its service contract and
   * invoice, both numbered and both handed in as files (kept in the voucher's case file): 403 for
   * anyone who is not an active provider's account; 409 for an invoice redeemed before, a voucher
   * not issued or lapsed, an amount beyond what is left; 400 for a missing or malformed reference
   * or an amount not above zero.
   */
  public VoucherView redeem(
      Actor actor,
      String voucherNumber,
      String serviceContractNumber,
      String invoiceNumber,
      Long amountFen,
      List<Upload> documents) {
    VoucherProvider provider =
        records
            .providerOf(actor.username())
            .orElseThrow(() -> DomainException.forbidden("error.voucher.notProvider"));
    List<Detail> problems = new ArrayList<>();
    String contract = reference("serviceContractNumber", serviceContractNumber, problems);
    String invoice = reference("invoiceNumber", invoiceNumber, problems);
    if (amountFen == null || amountFen <= 0) {
      problems.add(Detail.of("amountFen", "error.voucher.amount", String.valueOf(amountFen)));
    }
    // the service contract and the invoice themselves: each named, a PDF or an image
    List<Upload> files = documents == null ? List.of() : documents;
    for (String kind : REDEMPTION_DOCUMENTS) {
      if (files.stream().noneMatch(d -> d != null && kind.equals(d.requirement()))) {
        problems.add(Detail.of("documents", "error.voucher.document", kind));
      }
    }
    files.stream()
        .filter(d -> d != null && !REDEMPTION_DOCUMENTS.contains(d.requirement()))
        .findFirst()
        .ifPresent(
            d ->
                problems.add(
                    Detail.of(
                        "documents",
                        "error.voucher.documentKind",
                        String.valueOf(d.requirement()))));
    if (!problems.isEmpty()) {
      throw DomainException.invalidAll(problems);
    }
    List<CheckedUpload> checked =
        new UploadCheck(config.uploadLimits()).documents(files, "documents");
    InnovationVoucher voucher =
        records
            .byNumberForUpdate(voucherNumber)
            .orElseThrow(() -> DomainException.notFound("error.voucher.notFound", voucherNumber));
    if (records.invoiceRedeemed(invoice)) {
      throw DomainException.conflict("error.voucher.redeemedTwice", invoice);
    }
    Instant now = clock.instant();
    voucher.redeem(amountFen, BureauTime.day(now));
    // into the voucher's case file, where its firm and the section read them
    Application application = applications.entity(voucher.getApplicationNumber());
    checked.forEach(
        file ->
            application.addFile(
                new CheckedUpload(
                    "voucher-" + file.requirement(),
                    file.fileName(),
                    file.contentType(),
                    file.content()),
                actor.username(),
                now));
    records.add(
        new VoucherRedemption(
            voucher.getId(),
            provider.getId(),
            contract,
            invoice,
            amountFen,
            actor.username(),
            now));
    audit.caseAct(
        actor,
        "voucher.redeemed",
        voucher.getApplicationNumber(),
        voucher.getVoucherNumber() + " " + provider.getCode() + " " + invoice + " " + amountFen);
    return view(voucher);
  }

  /** The providers of the list (active ones; the administrators see every one, with accounts). */
  public List<ProviderView> providers(Actor actor) {
    boolean admin = actor != null && actor.has(Role.ADMIN);
    return records.providers().stream()
        .filter(p -> admin || p.isActive())
        .map(
            p ->
                new ProviderView(
                    p.getCode(),
                    p.getName(),
                    p.getKind().name().toLowerCase(Locale.ROOT),
                    p.isActive(),
                    admin ? p.getAccount() : null))
        .toList();
  }

  /** The administrators add a provider to the list ({@code 409} for a code already there). */
  public ProviderView addProvider(
      Actor actor, String code, String name, String kind, String account) {
    actor.require(Role.ADMIN);
    String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    List<Detail> problems = new ArrayList<>();
    if (!PROVIDER_CODE.matcher(c).matches()) {
      problems.add(Detail.of("code", "error.voucher.providerCode", c));
    }
    VoucherProvider.Kind k = null;
    try {
      k = VoucherProvider.Kind.valueOf(String.valueOf(kind).strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(Detail.of("kind", "error.voucher.providerKind", String.valueOf(kind)));
    }
    String n = providerName(name, problems);
    if (!problems.isEmpty()) {
      throw DomainException.invalidAll(problems);
    }
    if (records.provider(c).isPresent()) {
      throw DomainException.conflict("error.voucher.providerExists", c);
    }
    VoucherProvider provider =
        new VoucherProvider(c, n, k, blankToNull(account), actor.username(), clock.instant());
    records.add(provider);
    audit.record(actor, "voucher.providerAdded", "voucher-provider", c, n);
    return new ProviderView(c, n, k.name().toLowerCase(Locale.ROOT), true, provider.getAccount());
  }

  /** The administrators rename a provider, change its account, or take it off the list. */
  public ProviderView updateProvider(
      Actor actor, String code, String name, String account, boolean active) {
    actor.require(Role.ADMIN);
    VoucherProvider provider =
        records
            .provider(String.valueOf(code))
            .orElseThrow(() -> DomainException.notFound("error.voucher.providerNotFound", code));
    List<Detail> problems = new ArrayList<>();
    String n = providerName(name, problems);
    if (!problems.isEmpty()) {
      throw DomainException.invalidAll(problems);
    }
    provider.update(n, blankToNull(account), active);
    audit.record(
        actor,
        "voucher.providerChanged",
        "voucher-provider",
        provider.getCode(),
        n + (active ? "" : " (inactive)"));
    return new ProviderView(
        provider.getCode(),
        n,
        provider.getKind().name().toLowerCase(Locale.ROOT),
        active,
        provider.getAccount());
  }

  /** The installation's voucher terms (face value, validity, province, private share). */
  public cn.oneseal.domain.model.innovation.VoucherTerms terms() {
    return config.voucherTerms();
  }

  /**
   * The demonstration: provider {@code code} redeems through {@code account}, unless an
   * administrator bound it to another.
   */
  public void demoProvider(String code, String account) {
    records
        .provider(code)
        .filter(p -> p.getAccount() == null)
        .ifPresent(p -> p.update(p.getName(), account, p.isActive()));
  }

  /** The year's vouchers (supervisors, the director): issued, redeemed, the private share. */
  public VoucherStatistics statistics(Actor actor, Integer requestedYear) {
    if (!actor.has(Role.SUPERVISOR) && !actor.has(Role.DIRECTOR)) {
      throw DomainException.forbidden("error.forbidden.role", Role.SUPERVISOR.id());
    }
    int year = requestedYear == null ? today().getYear() : requestedYear;
    if (year < 2000 || year > 9999) {
      throw DomainException.invalidField("year", "error.technicalContract.year", year);
    }
    Instant from = BureauTime.endOf(LocalDate.of(year - 1, 12, 31));
    Instant to = BureauTime.endOf(LocalDate.of(year, 12, 31));
    long issued = 0;
    long issuedFen = 0;
    long privateFen = 0;
    Map<String, long[]> industries = new TreeMap<>();
    for (InnovationVoucher v : records.issuedBetween(from, to)) {
      issued++;
      issuedFen += v.getAmountFen();
      if (v.isPrivateFirm()) {
        privateFen += v.getAmountFen();
      }
      long[] row = industries.computeIfAbsent(v.getIndustry(), i -> new long[2]);
      row[0]++;
      row[1] += v.getAmountFen();
    }
    Map<Long, VoucherProvider> providers = new LinkedHashMap<>();
    records.providers().forEach(p -> providers.put(p.getId(), p));
    Map<String, long[]> byProvider = new TreeMap<>();
    long redeemed = 0;
    for (VoucherRedemption r : records.redeemedBetween(from, to)) {
      redeemed += r.getAmountFen();
      long[] row =
          byProvider.computeIfAbsent(providers.get(r.getProviderId()).getCode(), c -> new long[2]);
      row[0]++;
      row[1] += r.getAmountFen();
    }
    int target = config.voucherTerms().privateSharePercent();
    BigDecimal share =
        issuedFen == 0
            ? null
            : BigDecimal.valueOf(privateFen * 100)
                .divide(BigDecimal.valueOf(issuedFen), 1, RoundingMode.HALF_UP);
    List<VoucherStatistics.IndustryRow> industryRows = new ArrayList<>();
    industries.forEach(
        (k, v) -> industryRows.add(new VoucherStatistics.IndustryRow(k, v[0], v[1])));
    List<VoucherStatistics.ProviderRow> providerRows = new ArrayList<>();
    for (VoucherProvider p : providers.values()) {
      long[] row = byProvider.getOrDefault(p.getCode(), new long[2]);
      providerRows.add(new VoucherStatistics.ProviderRow(p.getCode(), p.getName(), row[0], row[1]));
    }
    return new VoucherStatistics(
        year,
        issued,
        issuedFen,
        redeemed,
        privateFen,
        share,
        target,
        share != null && share.compareTo(BigDecimal.valueOf(target)) >= 0,
        industryRows,
        providerRows);
  }

  private boolean holds(InnovationVoucher voucher, LocalDate today) {
    if (!voucher.holdsOn(today)) {
      return false;
    }
    if (voucher.getStatus() != InnovationVoucher.Status.APPLIED) {
      return true;
    }
    // an application refused at the window or withdrawn no longer holds the firm back
    String status = applications.statusOf(voucher.getApplicationNumber());
    return !ApplicationStatus.REFUSED.name().equals(status)
        && !ApplicationStatus.WITHDRAWN.name().equals(status);
  }

  private VoucherView view(InnovationVoucher v) {
    LocalDate today = today();
    String state = v.stateOn(today);
    if (v.getStatus() == InnovationVoucher.Status.APPLIED && !holds(v, today)) {
      state = "closed";
    }
    List<VoucherView.Redemption> redemptions = new ArrayList<>();
    if (v.getId() != null) {
      Map<Long, VoucherProvider> providers = new LinkedHashMap<>();
      records.providers().forEach(p -> providers.put(p.getId(), p));
      for (VoucherRedemption r : records.redemptionsOf(v.getId())) {
        VoucherProvider p = providers.get(r.getProviderId());
        redemptions.add(
            new VoucherView.Redemption(
                p.getCode(),
                p.getName(),
                r.getServiceContractNumber(),
                r.getInvoiceNumber(),
                r.getAmountFen(),
                r.getFiledAt()));
      }
    }
    return new VoucherView(
        v.getApplicationNumber(),
        state,
        v.getFirmName(),
        v.getCreditCode(),
        v.getIndustry(),
        v.isPrivateFirm(),
        v.getVoucherNumber(),
        v.getAmountFen(),
        v.getRedeemedFen(),
        v.remainingFen(),
        v.getIssuedAt(),
        v.getValidUntil(),
        redemptions);
  }

  private InnovationVoucher requireOfApplication(String number) {
    return records
        .ofApplication(number)
        .orElseThrow(() -> DomainException.notFound("error.voucher.notFound", number));
  }

  private LocalDate today() {
    return BureauTime.day(clock.instant());
  }

  private static String reference(String field, String value, List<Detail> problems) {
    String v = value == null ? "" : value.strip();
    if (!REFERENCE.matcher(v).matches()) {
      problems.add(Detail.of(field, "error.voucher.reference", field));
      return null;
    }
    return v;
  }

  private static String providerName(String name, List<Detail> problems) {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty() || n.length() > 256) {
      problems.add(Detail.of("name", "error.voucher.providerName"));
    }
    return n;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
