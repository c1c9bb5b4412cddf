package cn.oneseal.application;

import cn.oneseal.application.dto.AccountView;
import cn.oneseal.application.dto.CitizenSignUp;
import cn.oneseal.application.dto.StaffAccountForm;
import cn.oneseal.domain.model.account.AccountRepository;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.PasswordPolicy;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.model.account.Roles;
import cn.oneseal.domain.model.account.UserAccount;
import cn.oneseal.domain.model.registration.IdentityNumber;
import cn.oneseal.domain.model.registration.IdentityVault;
import cn.oneseal.domain.model.registration.SealedIdentity;
import cn.oneseal.domain.model.registration.Validation;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.domain.shared.DomainException.Detail;
import cn.oneseal.infrastructure.config.OneSealConfig;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Accounts as the bureau administers them, divided among three people (三权分立, {@link Role}): the
 * system administrator creates staff accounts with their initial roles, keeps their details and
 * deactivates them; the security administrator changes roles, locks, unlocks and resets passwords;
 * the audit administrator reads the {@link SecurityLog} (and nothing here). Nobody acts on their
 * own account here, every act is in the security log, and an account is never deleted: the history
 * of every case names the people who acted.
 *
 * <p>Citizens register themselves with a real-name identity ({@link #register}).
 */
@Stateless
@PermitAll
public class AccountAdministration {

  static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,63}");
  static final Pattern MOBILE = Pattern.compile("(\\+\\d{6,15})|(1\\d{10})");
  static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
  static final Pattern STAFF_NUMBER = Pattern.compile("[A-Za-z0-9-]{1,32}");
  static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{5,20}");
  static final Pattern NATIONALITY = Pattern.compile("[A-Z]{3}");

  @Inject private AccountRepository repository;

  @Inject private CatalogService catalog;

  @Inject private Clock clock;

  @Inject private OneSealConfig config;

  @Inject private AccountService accounts;

  @Inject private SecurityLog securityLog;

  @Inject private SignInThrottle throttle;

  @Inject private IdentityVault vault;

  /**
   * One page of the accounts whose user name, name or staff number contains {@code search}, by user
   * name; the system and security administrators, who both act on accounts.
   */
  public ResultPage<AccountView> page(Actor actor, String search, Paging paging) {
    requireAccountAdministrator(actor);
    List<AccountView> items =
        repository.search(search, paging.offset(), paging.size()).stream()
            .map(AccountAdministration::view)
            .toList();
    return new ResultPage<>(items, repository.count(search));
  }

  /** One account; the system and security administrators. */
  public AccountView account(Actor actor, String username) {
    requireAccountAdministrator(actor);
    return view(require(username));
  }

  /**
   * The system administrator creates a staff account with its initial roles; the holder must change
   * the initial password at the first sign-in. Applicants register themselves and are not created
   * here.
   */
  public AccountView create(Actor actor, StaffAccountForm form, String source) {
    actor.require(Role.ADMIN);
    List<Detail> problems = new ArrayList<>();
    String username = newUsername(form.getUsername(), problems);
    String displayName = displayName(form.getDisplayName(), problems);
    Set<Role> roles = roles(form.getRoles(), problems);
    if (roles.contains(Role.CITIZEN)) {
      problems.add(Detail.of("roles", "error.account.citizenRegistersHerself"));
    }
    String section = section(form.getSection(), problems);
    String staffNumber = staffNumber(form.getStaffNumber(), null, problems);
    String email = email(form.getEmail(), problems);
    String mobile = mobile(form.getMobile(), problems);
    PasswordPolicy policy = config.passwordPolicy();
    problems.addAll(policy.problems(username, form.getPassword()));
    if (!problems.isEmpty()) {
      throw DomainException.invalidAll(problems);
    }
    UserAccount account = accounts.create(username, displayName, form.getPassword(), roles);
    account.requirePasswordChange();
    account.assignSection(section);
    account.setEmail(email);
    account.setMobile(mobile);
    account.setStaffNumber(staffNumber);
    securityLog.record(
        SecurityLog.Kind.ACCOUNT_CREATED,
        actor.username(),
        username,
        source,
        "roles " + ids(roles) + (section == null ? "" : ", section " + section));
    return view(account);
  }

  /** The system administrator corrects an account's details (not its roles: security's). */
  public AccountView update(
      Actor actor,
      String username,
      String displayName,
      String sectionCode,
      String emailAddress,
      String mobileNumber,
      String staffNo,
      String source) {
    actor.require(Role.ADMIN);
    UserAccount account = require(username);
    List<Detail> problems = new ArrayList<>();
    String name = displayName(displayName, problems);
    String section = section(sectionCode, problems);
    String staffNumber = staffNumber(staffNo, account, problems);
    String email = email(emailAddress, problems);
    String mobile = mobile(mobileNumber, problems);
    if (!problems.isEmpty()) {
      throw DomainException.invalidAll(problems);
    }
    account.setDisplayName(name);
    account.assignSection(section);
    account.setEmail(email);
    account.setMobile(mobile);
    account.setStaffNumber(staffNumber);
    securityLog.record(
        SecurityLog.Kind.ACCOUNT_UPDATED,
        actor.username(),
        account.getUsername(),
        source,
        "section " + section + ", staff number " + staffNumber);
    return view(account);
  }

  /** The system administrator ends an account: no sign-in of any kind; its history stays. */
  public AccountView deactivate(Actor actor, String username, String source) {
    actor.require(Role.ADMIN);
    UserAccount account = requireOther(actor, username);
    if (!account.isEnabled()) {
      throw DomainException.conflict("error.account.alreadyInactive", username);
    }
    account.deactivate(clock.instant());
    securityLog.record(
        SecurityLog.Kind.ACCOUNT_DEACTIVATED,
        actor.username(),
        account.getUsername(),
        source,
        null);
    return view(account);
  }

  /** The system administrator restores a deactivated account. */
  public AccountView reactivate(Actor actor, String username, String source) {
    actor.require(Role.ADMIN);
    UserAccount account = requireOther(actor, username);
    if (account.isEnabled()) {
      throw DomainException.conflict("error.account.alreadyActive", username);
    }
    account.reactivate();
    securityLog.record(
        SecurityLog.Kind.ACCOUNT_REACTIVATED,
        actor.username(),
        account.getUsername(),
        source,
        null);
    return view(account);
  }

  /** The security administrator changes another person's roles, within {@link Roles#problems}. */
  public AccountView changeRoles(
      Actor actor, String username, Collection<String> roleIds, String source) {
    actor.require(Role.SECURITY_ADMIN);
    UserAccount account = requireOther(actor, username);
    List<Detail> problems = new ArrayList<>();
    Set<Role> roles = roles(roleIds, problems);
    boolean citizen = account.getRoles().contains(Role.CITIZEN);
    if (problems.isEmpty() && citizen != roles.contains(Role.CITIZEN)) {
      problems.add(Detail.of("roles", "error.account.citizenAndStaff"));
    }
    if (!problems.isEmpty()) {
      throw DomainException.invalidAll(problems);
    }
    Set<Role> before = account.getRoles();
    account.changeRoles(roles);
    securityLog.record(
        SecurityLog.Kind.ROLES_CHANGED,
        actor.username(),
        account.getUsername(),
        source,
        ids(before) + " → " + ids(roles));
    return view(account);
  }

  /** The security administrator locks an account until a time (an incident, a departure). */
  public AccountView lock(Actor actor, String username, Instant until, String source) {
    actor.require(Role.SECURITY_ADMIN);
    UserAccount account = requireOther(actor, username);
    if (until == null || !until.isAfter(clock.instant())) {
      throw DomainException.invalidField("until", "error.account.lockUntil");
    }
    account.lockUntil(until);
    securityLog.record(
        SecurityLog.Kind.ACCOUNT_LOCKED,
        actor.username(),
        account.getUsername(),
        source,
        "until " + until);
    return view(account);
  }

  /** The security administrator lifts a lock, also the sign-in throttle's on this name. */
  public AccountView unlock(Actor actor, String username, String source) {
    actor.require(Role.SECURITY_ADMIN);
    UserAccount account = requireOther(actor, username);
    account.unlock();
    throttle.succeeded(account.getUsername());
    securityLog.record(
        SecurityLog.Kind.ACCOUNT_UNLOCKED, actor.username(), account.getUsername(), source, null);
    return view(account);
  }

  /**
   * The security administrator sets a new password for someone who lost theirs; the holder must
   * change it at the next sign-in. The password meets the policy like any other.
   */
  public AccountView resetPassword(Actor actor, String username, String password, String source) {
    actor.require(Role.SECURITY_ADMIN);
    UserAccount account = requireOther(actor, username);
    List<Detail> problems = config.passwordPolicy().problems(account.getUsername(), password);
    if (!problems.isEmpty()) {
      throw DomainException.invalidAll(problems);
    }
    account.resetPassword(accounts.hash(password), clock.instant());
    account.unlock();
    throttle.succeeded(account.getUsername());
    securityLog.record(
        SecurityLog.Kind.PASSWORD_RESET, actor.username(), account.getUsername(), source, null);
    return view(account);
  }

  /**
   * A citizen registers herself with her real name: a resident identity card number checked by GB
   * 11643 (check digit, birth date), or a passport number with nationality for a foreign applicant.
   * The number is stored encrypted and shown masked; every problem is reported at once.
   */
  public AccountView register(CitizenSignUp form, String source) {
    List<Detail> problems = new ArrayList<>();
    String username = newUsername(form.getUsername(), problems);
    String displayName = displayName(form.getDisplayName(), problems);
    problems.addAll(config.passwordPolicy().problems(username, form.getPassword()));
    String email = email(form.getEmail(), problems);
    String mobile = mobile(form.getMobile(), problems);
    if (mobile == null && problems.stream().noneMatch(p -> "mobile".equals(p.field()))) {
      problems.add(Detail.of("mobile", "error.account.mobileRequired"));
    }
    Optional<Identity> identity = identity(form, problems);
    if (!problems.isEmpty()) {
      throw DomainException.invalidAll(problems);
    }
    UserAccount account =
        accounts.create(username, displayName, form.getPassword(), EnumSet.of(Role.CITIZEN));
    account.setEmail(email);
    account.setMobile(mobile);
    Identity id = identity.orElseThrow();
    SealedIdentity sealed = vault.seal(id.number(), id.masked());
    account.identify(id.kind(), sealed.cipherText(), sealed.masked(), id.nationality());
    securityLog.record(
        SecurityLog.Kind.ACCOUNT_REGISTERED, username, null, source, id.kind().name());
    return view(account);
  }

  private record Identity(
      UserAccount.IdentityKind kind, String number, String masked, String nationality) {}

  private Optional<Identity> identity(CitizenSignUp form, List<Detail> problems) {
    String number =
        form.getIdentityNumber() == null
            ? ""
            : form.getIdentityNumber().strip().toUpperCase(Locale.ROOT);
    String kind = form.getIdentityKind() == null ? "RESIDENT_ID" : form.getIdentityKind();
    if ("PASSPORT".equals(kind)) {
      String nationality =
          form.getNationality() == null
              ? ""
              : form.getNationality().strip().toUpperCase(Locale.ROOT);
      boolean ok = true;
      if (!PASSPORT.matcher(number).matches()) {
        problems.add(Detail.of("identityNumber", "error.account.passport"));
        ok = false;
      }
      if (!NATIONALITY.matcher(nationality).matches() || "CHN".equals(nationality)) {
        problems.add(Detail.of("nationality", "error.account.nationality"));
        ok = false;
      }
      return ok
          ? Optional.of(
              new Identity(
                  UserAccount.IdentityKind.PASSPORT,
                  number,
                  number.substring(0, 2) + "****" + number.substring(number.length() - 2),
                  nationality))
          : Optional.empty();
    }
    if (!"RESIDENT_ID".equals(kind)) {
      problems.add(Detail.of("identityKind", "error.account.identityKind"));
      return Optional.empty();
    }
    LocalDate today = LocalDate.now(clock.withZone(RegistrationService.CHINA));
    Validation validation = IdentityNumber.validate(number, today);
    if (!validation.isValid()) {
      validation
          .problems()
          .forEach(
              p ->
                  problems.add(
                      Detail.of("identityNumber", p.code(), p.args().toArray(Object[]::new))));
      return Optional.empty();
    }
    return Optional.of(
        new Identity(
            UserAccount.IdentityKind.RESIDENT_ID,
            number,
            IdentityNumber.of(number, today).masked(),
            "CHN"));
  }

  /** A user name for a new account: well-formed and nobody's yet. */
  private String newUsername(String text, List<Detail> problems) {
    String username = trimmed(text);
    if (username == null || !USERNAME.matcher(username).matches()) {
      problems.add(Detail.of("username", "error.account.username"));
    } else if (accounts.find(username).isPresent()) {
      problems.add(Detail.of("username", "error.account.usernameTaken", username));
    }
    return username;
  }

  private static String displayName(String text, List<Detail> problems) {
    String name = trimmed(text);
    if (name == null) {
      problems.add(Detail.of("displayName", "error.account.displayName"));
    }
    return name;
  }

  private Set<Role> roles(Collection<String> ids, List<Detail> problems) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String id : ids == null ? List.<String>of() : ids) {
      Optional<Role> role = Role.fromId(id);
      if (role.isEmpty()) {
        problems.add(Detail.of("roles", "error.account.unknownRole", String.valueOf(id)));
      } else {
        roles.add(role.get());
      }
    }
    if (problems.stream().noneMatch(p -> "roles".equals(p.field()))) {
      problems.addAll(Roles.problems(roles));
    }
    return roles;
  }

  private String section(String code, List<Detail> problems) {
    String section = trimmed(code);
    if (section != null && catalog.sections().stream().noneMatch(s -> s.code().equals(section))) {
      problems.add(Detail.of("section", "error.account.section", section));
    }
    return section;
  }

  private String staffNumber(String text, UserAccount self, List<Detail> problems) {
    String number = trimmed(text);
    if (number == null) {
      return null;
    }
    if (!STAFF_NUMBER.matcher(number).matches()) {
      problems.add(Detail.of("staffNumber", "error.account.staffNumber"));
      return number;
    }
    if (repository.staffNumberTaken(number, self == null ? null : self.getId())) {
      problems.add(Detail.of("staffNumber", "error.account.staffNumberTaken", number));
    }
    return number;
  }

  private static String email(String text, List<Detail> problems) {
    String email = trimmed(text);
    if (email != null && !EMAIL.matcher(email).matches()) {
      problems.add(Detail.of("email", "error.account.email"));
    }
    return email;
  }

  private static String mobile(String text, List<Detail> problems) {
    String mobile = trimmed(text);
    if (mobile != null) {
      mobile = mobile.replace(" ", "").replace("-", "");
      if (!MOBILE.matcher(mobile).matches()) {
        problems.add(Detail.of("mobile", "error.account.mobile"));
      }
    }
    return mobile;
  }

  private UserAccount require(String username) {
    return repository
        .findForUpdate(username)
        .orElseThrow(() -> DomainException.notFound("error.account.notFound"));
  }

  /** Nobody administers their own account: that is what separates the duties. */
  private UserAccount requireOther(Actor actor, String username) {
    UserAccount account = require(username);
    if (account.getUsername().equals(actor.username())) {
      throw DomainException.forbidden("error.account.own");
    }
    return account;
  }

  private static void requireAccountAdministrator(Actor actor) {
    if (!actor.has(Role.ADMIN) && !actor.has(Role.SECURITY_ADMIN)) {
      throw DomainException.forbidden("error.forbidden.role", "admin, secadmin");
    }
  }

  private static String trimmed(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static String ids(Set<Role> roles) {
    return roles.stream().map(Role::id).sorted().toList().toString();
  }

  static AccountView view(UserAccount a) {
    return new AccountView(
        a.getUsername(),
        a.getDisplayName(),
        a.getRoles().stream().map(Role::id).sorted().toList(),
        a.getSection(),
        a.getEmail(),
        a.getMobile(),
        a.getStaffNumber(),
        a.isEnabled(),
        a.getLockedUntil(),
        a.isPasswordChangeRequired(),
        a.getCreatedAt(),
        a.getDeactivatedAt(),
        a.getIdentityKind() == null ? null : a.getIdentityKind().name(),
        a.getIdentityMasked());
  }
}
