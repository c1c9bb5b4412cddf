package cn.oneseal.application;

import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.model.registration.EnterpriseName;
import cn.oneseal.domain.model.registration.EnterpriseNameRepository;
import cn.oneseal.domain.model.registration.ExistingName;
import cn.oneseal.domain.model.registration.NameDeclaration;
import cn.oneseal.domain.model.registration.NameProblem;
import cn.oneseal.domain.model.registration.NameReservation;
import cn.oneseal.domain.model.registration.NameRules;
import cn.oneseal.domain.model.registration.NameVocabulary;
import cn.oneseal.domain.model.registration.RegistrationArea;
import cn.oneseal.domain.model.registration.ReservedName;
import cn.oneseal.domain.model.registration.WordCategory;
import cn.oneseal.domain.shared.DomainException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Enterprise name self-declaration: anyone may check a name; a citizen may reserve a name that
 * passes, for two months. The rules themselves are {@link NameRules}; this service feeds them the
 * word lists and the register of the area.
 */
@Stateless
@PermitAll
public class NameService {

  /** More reservations than a form's name picker can sensibly offer. */
  static final int MAX_LISTED_RESERVATIONS = 50;

  private final NameRules rules = NameRules.standard();

  @Inject private EnterpriseNameRepository register;

  @Inject private Clock clock;

  /** Every problem of the declared name in the registration area; empty when it may be used. */
  public List<NameProblem> check(NameDeclaration name, String area) {
    Optional<RegistrationArea> known = blank(area) ? Optional.empty() : register.area(area);
    return problems(name, area, known.isPresent(), clock.instant());
  }

  /**
   * Reserves a name that passes the check for this citizen until two months from now. The area is
   * locked first and the check repeated under the lock, so of two applicants reserving one name at
   * the same moment the second sees the first's reservation and gets a conflict. Reserving one's
   * own reserved name again returns the reservation already held.
   */
  public NameReservation reserve(Actor citizen, NameDeclaration name, String area) {
    citizen.require(Role.CITIZEN);
    // Whole seconds: what the database stores is then exactly what the applicant is told.
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Optional<RegistrationArea> locked;
    try {
      locked = blank(area) ? Optional.empty() : register.lockArea(area);
    } catch (PessimisticLockException | LockTimeoutException e) {
      // Another reservation in the area held the lock too long: let the applicant try again.
      throw DomainException.conflict("error.name.busy");
    }
    List<ExistingName> existing = existing(name, area);
    List<NameProblem> problems = problems(name, locked.isPresent(), area, existing, now);
    if (!problems.isEmpty()) {
      List<ExistingName> blocking = rules.sameNames(name, area, existing, now);
      boolean onlySameName = problems.size() == blocking.size();
      if (onlySameName && blocking.stream().allMatch(other -> other.isActiveReservation(now))) {
        Optional<ExistingName> own =
            blocking.stream()
                .filter(other -> citizen.username().equals(other.reservedBy()))
                .filter(other -> name.fullName().equals(other.fullName()))
                .findFirst();
        if (own.isPresent() && blocking.size() == 1) {
          ExistingName held = own.get();
          return new NameReservation(
              held.fullName(), held.area(), held.reservedBy(), held.reservedUntil());
        }
        throw DomainException.conflict("error.name.reservedByOther", name.fullName());
      }
      NameProblem first = problems.get(0);
      throw DomainException.invalid("error." + first.code(), first.args().toArray());
    }
    EnterpriseName reserved =
        EnterpriseName.reserve(name, area, citizen.username(), now, rules.reservedUntil(now));
    register.store(reserved);
    return reserved.toReservation();
  }

  /**
   * The names this citizen holds reserved now, the latest reservation first: those the one form of
   * a business registration may use.
   */
  public List<ReservedName> reservedBy(Actor citizen) {
    citizen.require(Role.CITIZEN);
    return register.heldBy(citizen.username(), clock.instant(), MAX_LISTED_RESERVATIONS);
  }

  private List<NameProblem> problems(
      NameDeclaration name, String area, boolean knownArea, Instant now) {
    return problems(name, knownArea, area, existing(name, area), now);
  }

  private List<NameProblem> problems(
      NameDeclaration name,
      boolean knownArea,
      String area,
      List<ExistingName> existing,
      Instant now) {
    List<NameProblem> problems = new ArrayList<>();
    if (!knownArea) {
      problems.add(NameProblem.of("name.area.unknown", String.valueOf(area)));
    }
    problems.addAll(rules.check(name, area, vocabulary(), existing, now));
    return problems;
  }

  private static boolean blank(String code) {
    return code == null || code.isBlank();
  }

  private NameVocabulary vocabulary() {
    return NameVocabulary.of(register.words())
        .with(WordCategory.WELL_KNOWN_MARK, register.wellKnownMarks());
  }

  private List<ExistingName> existing(NameDeclaration name, String area) {
    if (name.tradeName() == null || area == null) {
      return List.of();
    }
    return register.withTradeName(area, name.tradeName()).stream()
        .map(EnterpriseName::toExisting)
        .toList();
  }
}
