package cn.oneseal.application;

import cn.oneseal.application.dto.ChannelInfo;
import cn.oneseal.application.dto.PushInfo;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.model.application.Action;
import cn.oneseal.domain.model.application.Application;
import cn.oneseal.domain.model.application.Step;
import cn.oneseal.domain.model.audit.AuditEntry;
import cn.oneseal.domain.model.registration.BusinessRegistration;
import cn.oneseal.domain.model.registration.DataExchangeChannel;
import cn.oneseal.domain.model.registration.DepartmentField;
import cn.oneseal.domain.model.registration.DepartmentFields;
import cn.oneseal.domain.model.registration.DepartmentPush;
import cn.oneseal.domain.model.registration.IdentityVault;
import cn.oneseal.domain.model.registration.IntegratedCertificate;
import cn.oneseal.domain.model.registration.IntegratedList;
import cn.oneseal.domain.model.registration.IntegratedListRepository;
import cn.oneseal.domain.shared.DomainException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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
   * One attempt to push the data to one department. On success the receipt is kept; on failure the
   * attempt is recorded in its own transaction and the exception is thrown on, to be retried.
   */
  public void deliver(String number, String certificateCode) {
    DepartmentPush push = push(number, certificateCode);
    if (push.getStatus() == DepartmentPush.Status.DELIVERED) {
      return;
    }
    BusinessRegistration registration = registrations.requireByApplication(number);
    String receipt;
    try {
      receipt = exchange.send(certificateCode, number, payload(registration, certificateCode));
    } catch (DataExchange.DepartmentUnavailableException e) {
      attempts.failed(push.getId(), e.getMessage());
      throw e;
    }
    push.delivered(receipt, clock.instant());
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
    if (push.getStatus() == DepartmentPush.Status.DELIVERED) {
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

  private ChannelInfo channel(
      DataExchangeChannel c, Map<String, IntegratedCertificate> certificates) {
    IntegratedCertificate certificate = certificates.get(c.getCertificateCode());
    return new ChannelInfo(
        c.getCertificateCode(),
        certificate == null ? c.getCertificateCode() : certificate.getNameZh(),
        certificate == null ? c.getCertificateCode() : certificate.getNameEn(),
        certificate == null ? "" : certificate.getReceivingDepartmentZh(),
        certificate == null ? "" : certificate.getReceivingDepartmentEn(),
        c.isAvailable(),
        c.getNote(),
        c.getChangedBy(),
        c.getChangedAt());
  }

  /** Every certificate of every list version by code (the latest version's wording wins). */
  private Map<String, IntegratedCertificate> certificates() {
    return integratedLists.versions().stream()
        .flatMap(l -> l.getCertificates().stream())
        .collect(
            Collectors.toMap(IntegratedCertificate::getCode, Function.identity(), (a, b) -> b));
  }

  /** The data one department gets: the registration's facts and that department's own fields. */
  private Map<String, String> payload(BusinessRegistration r, String certificateCode) {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("applicationNumber", r.getApplicationNumber());
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
