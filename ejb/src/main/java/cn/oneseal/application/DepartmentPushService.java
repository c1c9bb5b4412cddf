package cn.oneseal.application;

import cn.oneseal.application.dto.ChannelConnection;
import cn.oneseal.application.dto.ChannelInfo;
import cn.oneseal.application.dto.PushInfo;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.model.application.Action;
import cn.oneseal.domain.model.application.Application;
import cn.oneseal.domain.model.application.Step;
import cn.oneseal.domain.model.audit.AuditEntry;
import cn.oneseal.domain.model.catalog.Department;
import cn.oneseal.domain.model.registration.BusinessLicence;
import cn.oneseal.domain.model.registration.BusinessRegistration;
import cn.oneseal.domain.model.registration.DataExchangeChannel;
import cn.oneseal.domain.model.registration.DepartmentField;
import cn.oneseal.domain.model.registration.DepartmentFields;
import cn.oneseal.domain.model.registration.DepartmentPush;
import cn.oneseal.domain.model.registration.IdentityVault;
import cn.oneseal.domain.model.registration.IntegratedCertificate;
import cn.oneseal.domain.model.registration.IntegratedList;
import cn.oneseal.domain.model.registration.IntegratedListRepository;
import cn.oneseal.domain.model.registration.SealedIdentity;
import cn.oneseal.domain.shared.DomainException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The pushes of registration data to the integrated departments (多证合一: the departments receive data
 * instead of issuing certificates). Which departments get an application's data is decided once,
 * from the list in force on the day it was submitted; each push is then attempted until the
 * department gives a receipt. A failed attempt is recorded apart (see {@link PushAttempts}) and
 * thrown, so that the process engine retries it and, when its retries run out, raises an incident
 * that staff see and retry.
 */
@Stateless
@PermitAll
public class DepartmentPushService {

  /** Certificates whose department needs the identity number of the legal representative. */
  private static final Logger LOG = Logger.getLogger(DepartmentPushService.class.getName());

  /** The vault wants a masked form; a secret has none to show. */
  private static final String SECRET_MASK = "—";

  /** The prefix of a supervising department's channel (审管联动, SupervisionLinkService). */
  private static final String SUPERVISION_CHANNEL = "supervision-";

  static final Set<String> NEED_IDENTITY =
      Set.of("tax-registration", "social-insurance-registration", "housing-fund-registration");

  @PersistenceContext(unitName = "oneseal")
  private EntityManager em;

  @Inject private Clock clock;

  @Inject private ApplicationService applications;

  @Inject private RegistrationService registrations;

  @Inject private IntegratedListRepository integratedLists;

  @Inject private IdentityVault vault;

  @Inject private DataExchange exchange;

  @Inject private PushAttempts attempts;

  /**
   * Plans the pushes of an application once (a repeated call returns the same plan): the
   * certificates of the list in force on the day of submission that this registration's data goes
   * to.
   */
  public List<String> plan(String number) {
    List<DepartmentPush> planned = pushesOf(number);
    if (!planned.isEmpty()) {
      return planned.stream().map(DepartmentPush::getCertificateCode).toList();
    }
    BusinessRegistration registration = registrations.requireByApplication(number);
    // the departments record a business, not an application: only a registration granted and
    // given its licence (with the credit code they key their records by) is shared
    requireLicence(registration);
    IntegratedList list =
        integratedLists.inForceOn(
            LocalDate.ofInstant(registration.getUpdatedAt(), RegistrationService.CHINA));
    List<String> codes =
        list.getCertificates().stream()
            .map(IntegratedCertificate::getCode)
            .filter(
                code ->
                    DepartmentFields.pushedTo(
                        code, registration.isForeignInvested(), registration.getExtra()))
            .toList();
    codes.forEach(code -> em.persist(new DepartmentPush(number, code, list.getVersionNo())));
    em.flush();
    return codes;
  }

  /**
   * One attempt to push the data to one department. The push (with its push id) was committed when
   * it was planned, before any attempt — the outbox; each attempt sends that same id, so a
   * department that took the data but whose answer we never committed (a crash, a timeout) gets it
   * again under the same id and deduplicates. On success the receipt is kept, or the push awaits
   * the department's receipt by callback; on failure the attempt is recorded in its own transaction
   * and the exception is thrown on, to be retried.
   */
  public void deliver(String number, String certificateCode) {
    DepartmentPush push = push(number, certificateCode);
    if (push.getStatus() == DepartmentPush.Status.DELIVERED
        || push.getStatus() == DepartmentPush.Status.AWAITING_RECEIPT) {
      return;
    }
    BusinessRegistration registration = registrations.requireByApplication(number);
    DataExchange.Answer answer;
    try {
      DataExchangeChannel channel = em.find(DataExchangeChannel.class, certificateCode);
      if (channel == null) {
        throw new DataExchange.DepartmentUnavailableException(
            "no data-sharing channel for " + certificateCode);
      }
      answer =
          exchange.send(
              sending(channel),
              new DataExchange.Outgoing(
                  push.getPushId(),
                  certificateCode,
                  number,
                  payload(registration, requireLicence(registration), certificateCode)));
    } catch (DataExchange.DepartmentUnavailableException e) {
      attempts.failed(push.getId(), e.getMessage());
      throw e;
    }
    if (answer.awaiting()) {
      push.accepted(clock.instant());
    } else {
      push.delivered(answer.receipt(), clock.instant());
    }
  }

  /**
   * The channel of this code as the exchange sends over it (its secret opened for this send), for
   * other messages of the outbox than registration pushes (审管联动's decision reports).
   */
  public Optional<DataExchange.Channel> channelForSending(String code) {
    return Optional.ofNullable(code == null ? null : em.find(DataExchangeChannel.class, code))
        .map(this::sending);
  }

  /** A channel as the exchange sends over it, its secret opened for this send. */
  private DataExchange.Channel sending(DataExchangeChannel c) {
    String secret = null;
    if (c.getMode() == DataExchangeChannel.Mode.HTTPS && c.isSecretSet()) {
      secret = openSecret(c);
    }
    return new DataExchange.Channel(
        c.getCertificateCode(),
        c.isAvailable(),
        c.getNote(),
        c.getMode().id(),
        c.getEndpointUrl(),
        c.getKeyId(),
        secret,
        c.getTimeoutSeconds());
  }

  private String openSecret(DataExchangeChannel c) {
    try {
      return vault.open(new SealedIdentity(c.getSecretCipher(), SECRET_MASK));
    } catch (RuntimeException e) {
      throw new DataExchange.DepartmentUnavailableException(
          "the shared secret of "
              + c.getCertificateCode()
              + " cannot be opened with this installation's key; set it again");
    }
  }

  /** The pushes of an application, for staff and for its applicant. */
  public List<PushInfo> pushes(Actor actor, String number) {
    Application application = applications.readable(actor, number);
    Map<String, IntegratedCertificate> certificates = certificates();
    Map<String, DataExchangeChannel> channels =
        em.createQuery("select c from DataExchangeChannel c", DataExchangeChannel.class)
            .getResultStream()
            .collect(Collectors.toMap(DataExchangeChannel::getCertificateCode, c -> c));
    return pushesOf(application.getNumber()).stream()
        .map(
            p -> {
              IntegratedCertificate c = certificates.get(p.getCertificateCode());
              Optional<DataExchangeChannel> channel =
                  Optional.ofNullable(channels.get(p.getCertificateCode()));
              return new PushInfo(
                  p.getPushId(),
                  p.getCertificateCode(),
                  c == null ? p.getCertificateCode() : c.getNameZh(),
                  c == null ? p.getCertificateCode() : c.getNameEn(),
                  c == null ? "" : c.getReceivingDepartmentZh(),
                  c == null ? "" : c.getReceivingDepartmentEn(),
                  p.getStatus().name(),
                  p.getAttempts(),
                  p.getLastError(),
                  p.getLastAttemptAt(),
                  p.getReceiptNumber(),
                  p.getDeliveredAt(),
                  channel.map(DataExchangeChannel::isAvailable).orElse(false),
                  channel.map(DataExchangeChannel::getNote).orElse(null));
            })
        .toList();
  }

  /**
   * Staff ask for a failed push to be tried again; the act goes into the application's history. A
   * push already delivered is refused.
   */
  public void retryRequested(Actor actor, String number, String certificateCode) {
    if (!actor.isStaff()) {
      throw DomainException.forbidden("error.forbidden.role", Role.CLERK.id());
    }
    Application application = applications.readable(actor, number);
    DepartmentPush push = push(number, certificateCode);
    if (push.getStatus() == DepartmentPush.Status.DELIVERED
        || push.getStatus() == DepartmentPush.Status.AWAITING_RECEIPT) {
      throw DomainException.conflict("error.push.alreadyDelivered", certificateCode);
    }
    application.note(
        Step.PUSH_DATA, Action.PUSH_RETRIED, actor.username(), certificateCode, clock.instant());
  }

  public List<ChannelInfo> channels(Actor actor) {
    if (!actor.isStaff() && !actor.has(Role.ADMIN) && !actor.has(Role.SUPERVISOR)) {
      throw DomainException.forbidden("error.forbidden.role", Role.ADMIN.id());
    }
    Map<String, IntegratedCertificate> names = certificates();
    return em.createQuery(
            "select c from DataExchangeChannel c order by c.certificateCode",
            DataExchangeChannel.class)
        .getResultStream()
        // the integrated certificates' channels first, the supervising departments' after them
        .sorted(
            java.util.Comparator.comparing(
                (DataExchangeChannel c) -> c.getCertificateCode().startsWith(SUPERVISION_CHANNEL)))
        .map(c -> channel(c, names))
        .toList();
  }

  /** An administrator opens or closes a department's channel, with a note; audited. */
  public ChannelInfo changeChannel(Actor actor, String code, boolean available, String note) {
    actor.require(Role.ADMIN);
    if (note != null && note.length() > 256) {
      throw DomainException.invalid("error.form.tooLong", "note", 256);
    }
    DataExchangeChannel channel = code == null ? null : em.find(DataExchangeChannel.class, code);
    if (channel == null) {
      throw DomainException.notFound("error.channel.notFound", String.valueOf(code));
    }
    channel.change(available, note, actor.username(), clock.instant());
    em.persist(
        new AuditEntry(
            clock.instant(),
            actor.username(),
            available ? "channel.opened" : "channel.closed",
            "data-exchange-channel",
            code,
            note));
    return channel(channel, certificates());
  }

  /**
   * An administrator sets how a channel sends: simulated, or over HTTPS to the department's
   * receiver with its endpoint, key id, shared secret and timeout. A secret left out keeps the one
   * set; it is sealed with the installation's key and never shown again (only whether one is set).
   * Audited, without the secret.
   */
  public ChannelInfo configureChannel(Actor actor, String code, ChannelConnection connection) {
    actor.require(Role.ADMIN);
    DataExchangeChannel channel = code == null ? null : em.find(DataExchangeChannel.class, code);
    if (channel == null) {
      throw DomainException.notFound("error.channel.notFound", String.valueOf(code));
    }
    ChannelConnection c = connection.normalized();
    List<DomainException.Detail> problems = new ArrayList<>(c.problems());
    Optional<DataExchangeChannel.Mode> mode = DataExchangeChannel.Mode.of(c.mode());
    if (mode.orElse(null) == DataExchangeChannel.Mode.HTTPS) {
      if (c.endpointUrl() == null) {
        problems.add(DomainException.Detail.of("endpointUrl", "error.channel.urlRequired"));
      }
      if (c.keyId() == null) {
        problems.add(DomainException.Detail.of("keyId", "error.channel.keyIdRequired"));
      }
      if (c.secret() == null && !channel.isSecretSet()) {
        problems.add(DomainException.Detail.of("secret", "error.channel.secretRequired"));
      }
    }
    if (c.keyId() != null
        && em.createQuery(
                    "select count(c) from DataExchangeChannel c"
                        + " where c.keyId = :k and c.certificateCode <> :code",
                    Long.class)
                .setParameter("k", c.keyId())
                .setParameter("code", code)
                .getSingleResult()
            > 0) {
      problems.add(DomainException.Detail.of("keyId", "error.channel.keyIdTaken"));
    }
    if (!problems.isEmpty()) {
      throw DomainException.invalidAll(problems);
    }
    channel.configure(
        mode.orElseThrow(),
        c.endpointUrl(),
        c.keyId(),
        c.secret() == null ? null : vault.seal(c.secret(), SECRET_MASK).cipherText(),
        c.timeoutSeconds() == null
            ? DataExchangeChannel.DEFAULT_TIMEOUT_SECONDS
            : c.timeoutSeconds(),
        actor.username(),
        clock.instant());
    em.persist(
        new AuditEntry(
            clock.instant(),
            actor.username(),
            "channel.configured",
            "data-exchange-channel",
            code,
            "mode="
                + channel.getMode().id()
                + " endpoint="
                + channel.getEndpointUrl()
                + " keyId="
                + channel.getKeyId()
                + " secret="
                + (c.secret() == null ? "kept" : "changed")
                + " timeout="
                + channel.getTimeoutSeconds()
                + "s"));
    return channel(channel, certificates());
  }

  /**
   * Checks a department's signed request (its callback): the key id names the channel, whose shared
   * secret must have signed {@code timestamp + "\n" + body}, and the timestamp must be within five
   * minutes of our real time (not the application's clock, which tests move). Anything else is
   * "unauthenticated", with no hint which part was wrong.
   *
   * @return the certificate code of the channel that signed
   */
  public String authenticateDepartment(
      String keyId, String timestamp, String signature, byte[] body) {
    if (keyId == null || timestamp == null || signature == null) {
      throw refused("missing signature headers");
    }
    DataExchangeChannel channel =
        channelByKey(keyId)
            .filter(DataExchangeChannel::isSecretSet)
            .orElseThrow(() -> refused("unknown key id"));
    String secret;
    try {
      secret = vault.open(new SealedIdentity(channel.getSecretCipher(), SECRET_MASK));
    } catch (RuntimeException e) {
      throw refused("the secret of " + channel.getCertificateCode() + " cannot be opened");
    }
    if (!ExchangeSignature.matches(secret, timestamp, body, signature)) {
      throw refused("bad signature (key " + keyId + ")");
    }
    if (!ExchangeSignature.fresh(timestamp, Instant.now())) {
      LOG.info(() -> "refused a department's request: stale timestamp " + timestamp);
      throw new DomainException(DomainException.Kind.UNAUTHENTICATED, "error.exchange.stale");
    }
    return channel.getCertificateCode();
  }

  /**
   * A department's receipt for a push, by signed callback ({@link #authenticateDepartment} first).
   * The push must be one of that department's; the same receipt again changes nothing, another
   * receipt for a push already delivered is a conflict.
   */
  public ReceiptResult receipt(String keyId, String pushId, String receipt) {
    DataExchangeChannel channel = channelByKey(keyId).orElseThrow(() -> refused("unknown key id"));
    DepartmentPush push =
        em.createQuery(
                "select p from DepartmentPush p where p.pushId = :id and p.certificateCode = :c",
                DepartmentPush.class)
            .setParameter("id", pushId)
            .setParameter("c", channel.getCertificateCode())
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> DomainException.notFound("error.exchange.pushUnknown", pushId));
    DepartmentPush.ReceiptOutcome outcome = push.receiptArrived(receipt.strip(), clock.instant());
    if (outcome == DepartmentPush.ReceiptOutcome.CONFLICTING) {
      throw DomainException.conflict("error.exchange.receiptConflict", push.getReceiptNumber());
    }
    LOG.info(
        () ->
            "Receipt "
                + receipt
                + " for push "
                + pushId
                + " of "
                + push.getApplicationNumber()
                + " by "
                + push.getCertificateCode()
                + ": "
                + outcome);
    return new ReceiptResult(
        push.getPushId(),
        push.getStatus().name(),
        push.getReceiptNumber(),
        outcome == DepartmentPush.ReceiptOutcome.RECORDED);
  }

  /** The code of the channel a key id names (after {@link #authenticateDepartment}). */
  public String channelOfKey(String keyId) {
    return channelByKey(keyId)
        .map(DataExchangeChannel::getCertificateCode)
        .orElseThrow(() -> refused("unknown key id"));
  }

  /** What a callback achieved: the push as it now stands, and whether this call changed it. */
  public record ReceiptResult(String pushId, String status, String receipt, boolean changed)
      implements java.io.Serializable {}

  private Optional<DataExchangeChannel> channelByKey(String keyId) {
    return em.createQuery(
            "select c from DataExchangeChannel c where c.keyId = :k", DataExchangeChannel.class)
        .setParameter("k", keyId)
        .getResultStream()
        .findFirst();
  }

  private static DomainException refused(String why) {
    LOG.info(() -> "refused a department's request: " + why);
    return new DomainException(DomainException.Kind.UNAUTHENTICATED, "error.exchange.signature");
  }

  private ChannelInfo channel(
      DataExchangeChannel c, Map<String, IntegratedCertificate> certificates) {
    IntegratedCertificate certificate = certificates.get(c.getCertificateCode());
    // a supervising department's channel (审管联动) names its department, not a certificate
    Department supervising =
        certificate == null && c.getCertificateCode().startsWith(SUPERVISION_CHANNEL)
            ? em.find(
                Department.class, c.getCertificateCode().substring(SUPERVISION_CHANNEL.length()))
            : null;
    String nameZh =
        supervising == null ? c.getCertificateCode() : "审管联动：" + supervising.getNameZh();
    String nameEn =
        supervising == null
            ? c.getCertificateCode()
            : "Supervision link: " + supervising.getNameEn();
    return new ChannelInfo(
        c.getCertificateCode(),
        certificate == null ? nameZh : certificate.getNameZh(),
        certificate == null ? nameEn : certificate.getNameEn(),
        certificate == null
            ? (supervising == null ? "" : supervising.getNameZh())
            : certificate.getReceivingDepartmentZh(),
        certificate == null
            ? (supervising == null ? "" : supervising.getNameEn())
            : certificate.getReceivingDepartmentEn(),
        c.isAvailable(),
        c.getNote(),
        c.getChangedBy(),
        c.getChangedAt(),
        c.getMode().id(),
        c.getEndpointUrl(),
        c.getKeyId(),
        c.isSecretSet(),
        c.getTimeoutSeconds());
  }

  /** Every certificate of every list version by code (the latest version's wording wins). */
  private Map<String, IntegratedCertificate> certificates() {
    return integratedLists.versions().stream()
        .flatMap(l -> l.getCertificates().stream())
        .collect(
            Collectors.toMap(IntegratedCertificate::getCode, Function.identity(), (a, b) -> b));
  }

  /**
   * The licence the departments key the data by: the one issued on the application, or for a change
   * registration the licence it changed (same credit code, its new version); refused (409) while
   * there is none.
   */
  private BusinessLicence requireLicence(BusinessRegistration registration) {
    String number = registration.getApplicationNumber();
    if (registration.getChangeOf() != null) {
      return java.util.Optional.ofNullable(
              em.find(BusinessLicence.class, registration.getChangeOf()))
          .orElseThrow(() -> DomainException.conflict("error.push.noLicence", number));
    }
    return em.createQuery(
            "select l from BusinessLicence l where l.applicationNumber = :n", BusinessLicence.class)
        .setParameter("n", number)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> DomainException.conflict("error.push.noLicence", number));
  }

  /**
   * The data one department gets: the unified social credit code and establishment date of the
   * issued licence, the registration's facts and that department's own fields.
   */
  private Map<String, String> payload(
      BusinessRegistration r, BusinessLicence licence, String certificateCode) {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("applicationNumber", r.getApplicationNumber());
    if (r.getChangeOf() != null) {
      // a change registration (变更登记): the departments update the business they know by its code
      data.put("registration", "change");
    }
    data.put("creditCode", licence.getCreditCode());
    data.put("establishedOn", licence.getEstablishedOn().toString());
    data.put("name", r.getFullName());
    data.put("entityType", r.getEntityType().id());
    data.put("area", r.getArea());
    data.put("domicile", r.getDomicile());
    if (r.getCapitalAmount() != null) {
      data.put("capital", r.getCapitalAmount().toPlainString() + " " + r.getCapitalCurrency());
    }
    data.put("scope", r.businessScopeText());
    data.put("legalRepresentative", r.getLegalRepName());
    if (NEED_IDENTITY.contains(certificateCode)) {
      r.getLegalRepIdentity().ifPresent(id -> data.put("legalRepresentativeId", vault.open(id)));
    }
    data.put("investors", String.valueOf(r.getInvestors().size()));
    data.put("contactPhone", r.getContactPhone());
    for (DepartmentField field : DepartmentFields.ALL) {
      if (field.certificateCode().equals(certificateCode)
          && r.getExtra().containsKey(field.name())) {
        data.put(field.name(), r.getExtra().get(field.name()));
      }
    }
    return data;
  }

  private DepartmentPush push(String number, String certificateCode) {
    return pushesOf(number).stream()
        .filter(p -> p.getCertificateCode().equals(certificateCode))
        .findFirst()
        .orElseThrow(
            () -> DomainException.notFound("error.push.notFound", number, certificateCode));
  }

  private List<DepartmentPush> pushesOf(String number) {
    return em.createQuery(
            "select p from DepartmentPush p where p.applicationNumber = :n order by p.id",
            DepartmentPush.class)
        .setParameter("n", number)
        .getResultList();
  }
}
