package cn.oneseal.application;

import cn.oneseal.application.documents.NoticeTemplates;
import cn.oneseal.application.innovation.ContractFiling;
import cn.oneseal.application.innovation.ContractStatistics;
import cn.oneseal.application.innovation.TechnicalContractView;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.model.application.Application;
import cn.oneseal.domain.model.clock.BureauTime;
import cn.oneseal.domain.model.document.IssuedDocument;
import cn.oneseal.domain.model.innovation.ContractTerms;
import cn.oneseal.domain.model.innovation.ContractType;
import cn.oneseal.domain.model.innovation.TechnicalContract;
import cn.oneseal.domain.model.innovation.TechnicalContractRepository;
import cn.oneseal.domain.model.innovation.TechnicalContractRepository.TypeTotal;
import cn.oneseal.domain.shared.DomainException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * 技术合同认定登记 (docs/technical-contracts.md): the seller files a technical contract; after the window,
 * a registrar of the science section registers it under a registration number with a sealed
 * certificate, or rejects it with reasons. Not an administrative licence: its notices speak the
 * registration rules, and no director decides it. The workflow module starts and moves its process
 * ({@code TechnicalContractWorkflow}); each act here runs in the step's transaction.
 */
@Stateless
@PermitAll
public class TechnicalContractService {

  /** The catalogue item (KJ-0001 技术合同认定登记). */
  public static final String ITEM = "KJ-0001";

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

  @Inject private TechnicalContractRepository records;

  @Inject private Clock clock;

  @Inject private ApplicationService applications;

  @Inject private DocumentIssuer documents;

  @Inject private CitizenNotices citizenNotices;

  @Inject private SealRefusals refusals;

  @Inject private AuditTrail audit;

  @Inject private cn.oneseal.infrastructure.config.OneSealConfig config;

  /** A filing's result: the contract, and whether this call filed it (not a repeat). */
  public record Filed(TechnicalContractView view, boolean created) {}

  /**
   * Files a technical contract for registration: every problem of its terms at once ({@code 400}),
   * then the application of item {@link #ITEM} with the contract text, and the contract record. The
   * same idempotency key with the same filing answers the first one.
   */
  public Filed file(Actor actor, ContractFiling filing) {
    actor.require(Role.CITIZEN);
    Instant now = clock.instant();
    ContractTerms terms =
        ContractTerms.check(
            filing.contractName(),
            filing.contractType(),
            filing.sellerName(),
            filing.sellerCreditCode(),
            filing.buyerName(),
            filing.buyerCreditCode(),
            filing.signedOn(),
            filing.endsOn(),
            filing.amountFen(),
            filing.technicalIncomeFen(),
            BureauTime.day(now));
    Map<String, String> form = new LinkedHashMap<>();
    form.put(ApplicationForm.APPLICANT_NAME, terms.sellerName());
    form.put(ApplicationForm.CONTACT_PHONE, filing.contactPhone());
    form.put(
        ApplicationForm.DESCRIPTION,
        "技术合同认定登记：" + terms.contractName() + "（" + typeName(terms.type()) + "）");
    if (terms.sellerCreditCode() != null) {
      form.put(ApplicationForm.CREDIT_CODE, terms.sellerCreditCode());
    }
    // the terms are part of what a repeated filing must repeat
    form.put("contractType", terms.type().id());
    form.put("buyerName", terms.buyerName());
    form.put("amountFen", Long.toString(terms.amountFen()));
    form.put("technicalIncomeFen", Long.toString(terms.technicalIncomeFen()));
    form.put("signedOn", terms.signedOn().toString());
    String key =
        filing.idempotencyKey() == null || filing.idempotencyKey().isBlank()
            ? "technical-contract-" + UUID.randomUUID()
            : filing.idempotencyKey();
    Submission submission =
        applications.submit(
            actor,
            ITEM,
            form,
            filing.materials() == null ? List.of() : filing.materials(),
            key,
            false);
    if (!submission.created()) {
      return new Filed(of(actor, submission.number()), false);
    }
    TechnicalContract contract =
        new TechnicalContract(submission.number(), terms, actor.username(), now);
    records.add(contract);
    audit.caseAct(
        actor,
        "technicalContract.filed",
        submission.number(),
        terms.type().id() + " " + terms.amountFen() + " fen");
    return new Filed(view(contract), true);
  }

  /** The contract of case {@code number}, for whoever may read the case (others: 404). */
  public TechnicalContractView of(Actor actor, String number) {
    applications.readable(actor, number);
    return contractOf(number)
        .map(this::view)
        .orElseThrow(() -> DomainException.notFound("error.technicalContract.notFound", number));
  }

  /** The contract of case {@code number}, if it is one (the case pages ask every case). */
  public Optional<TechnicalContractView> ofCase(Actor actor, String number) {
    if (!applications.mayRead(actor, number)) {
      return Optional.empty();
    }
    return contractOf(number).map(this::view);
  }

  /**
   * The registrar (a case officer of the item's section) registers the contract: the case is
   * concluded, the contract gets the year's next registration number, and the certificate (技术合同认定
   * 登记证明) is sealed, all in the step's transaction.
   */
  public TechnicalContractView register(
      Actor actor, String number, String opinion, Instant taskCreated) {
    requireRegistrar(actor, number, "registerContract");
    Application application = applications.entity(number);
    TechnicalContract contract = requireContract(number);
    Instant now = clock.instant();
    application.concludeRegistration(actor.username(), true, opinion, taskCreated, now);
    int year = BureauTime.day(now).getYear();
    contract.register(
        TechnicalContract.registrationNumber(
            config.authorityDivision(), year, records.nextSequence(year)),
        actor.username(),
        now);
    ContractTerms terms = contract.terms();
    IssuedDocument certificate =
        documents.notice(
            application,
            IssuedDocument.Kind.TECHNICAL_CONTRACT_CERTIFICATE,
            actor,
            opinion == null ? "" : opinion,
            contract.getRegistrationNumber(),
            terms.contractName(),
            typeName(terms.type()),
            terms.sellerName(),
            terms.buyerName(),
            DATE.format(terms.signedOn()),
            yuan(terms.amountFen()),
            yuan(terms.technicalIncomeFen()),
            NoticeTemplates.phrase("taxRelief." + terms.type().taxRelief()));
    citizenNotices.contractConcluded(
        application, contract.getRegistrationNumber(), opinion, certificate);
    audit.caseAct(actor, "technicalContract.registered", number, contract.getRegistrationNumber());
    return view(contract);
  }

  /** The registrar refuses to register the contract, with reasons; the rejection is sealed. */
  public TechnicalContractView reject(
      Actor actor, String number, String reasons, Instant taskCreated) {
    requireRegistrar(actor, number, "rejectContract");
    Application application = applications.entity(number);
    TechnicalContract contract = requireContract(number);
    application.concludeRegistration(
        actor.username(), false, reasons, taskCreated, clock.instant());
    ContractTerms terms = contract.terms();
    IssuedDocument rejection =
        documents.notice(
            application,
            IssuedDocument.Kind.TECHNICAL_CONTRACT_REJECTION,
            actor,
            reasons,
            "",
            terms.contractName(),
            typeName(terms.type()));
    citizenNotices.contractConcluded(application, null, reasons, rejection);
    audit.caseAct(actor, "technicalContract.rejected", number, terms.type().id());
    return view(contract);
  }

  /**
   * The contracts registered in {@code requestedYear} ({@code null}: this year), per type
   * (supervisors and the director): how many, their amounts and their technical income.
   */
  public ContractStatistics statistics(Actor actor, Integer requestedYear) {
    if (!actor.has(Role.SUPERVISOR) && !actor.has(Role.DIRECTOR)) {
      throw DomainException.forbidden("error.forbidden.role", Role.SUPERVISOR.id());
    }
    int year = requestedYear == null ? BureauTime.day(clock.instant()).getYear() : requestedYear;
    if (year < 2000 || year > 9999) {
      throw DomainException.invalidField("year", "error.technicalContract.year", year);
    }
    return yearTotals(year);
  }

  /** The year the bureau's clock is in. */
  public int thisYear() {
    return BureauTime.day(clock.instant()).getYear();
  }

  /**
   * The contracts registered in {@code year}, per type, for whoever may read aggregates: the
   * statistics above, the open data.
   */
  public ContractStatistics yearTotals(int year) {
    Map<ContractType, TypeTotal> byType = new EnumMap<>(ContractType.class);
    records
        .registeredBetween(
            BureauTime.endOf(LocalDate.of(year - 1, 12, 31)),
            BureauTime.endOf(LocalDate.of(year, 12, 31)))
        .forEach(t -> byType.put(t.type(), t));
    List<ContractStatistics.Row> types = new ArrayList<>();
    long contracts = 0;
    long amount = 0;
    long income = 0;
    long reliefContracts = 0;
    long reliefIncome = 0;
    for (ContractType type : ContractType.values()) {
      TypeTotal total = byType.getOrDefault(type, new TypeTotal(type, 0, 0, 0));
      long n = total.contracts();
      long a = total.amountFen();
      long t = total.technicalIncomeFen();
      types.add(new ContractStatistics.Row(type.id(), type.taxRelief(), n, a, t));
      contracts += n;
      amount += a;
      income += t;
      if (type.taxRelief()) {
        reliefContracts += n;
        reliefIncome += t;
      }
    }
    return new ContractStatistics(
        year, types, contracts, amount, income, reliefContracts, reliefIncome);
  }

  /** A sum of fen as the documents write it: 1,234,567.89元. */
  static String yuan(long fen) {
    DecimalFormat format =
        new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return format.format(BigDecimal.valueOf(fen, 2)) + "元";
  }

  private static String typeName(ContractType type) {
    return NoticeTemplates.phrase("contractType." + type.name());
  }

  /**
   * Only a case officer registers or rejects; a refused attempt is on record, as every act that
   * would seal. The section rule is the task's (the workflow module checks it before this).
   */
  private void requireRegistrar(Actor actor, String number, String attempted) {
    if (!actor.has(Role.OFFICER)) {
      refusals.refused(actor, number, attempted);
      throw DomainException.forbidden("error.forbidden.role", Role.OFFICER.id());
    }
  }

  private TechnicalContract requireContract(String number) {
    return contractOf(number)
        .orElseThrow(() -> DomainException.notFound("error.technicalContract.notFound", number));
  }

  private Optional<TechnicalContract> contractOf(String number) {
    return records.ofApplication(number);
  }

  private TechnicalContractView view(TechnicalContract contract) {
    return TechnicalContractView.of(
        contract, applications.statusOf(contract.getApplicationNumber()).toLowerCase(Locale.ROOT));
  }
}
