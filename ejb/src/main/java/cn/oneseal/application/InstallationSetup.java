package cn.oneseal.application;

import cn.oneseal.application.dto.AccountView;
import cn.oneseal.domain.model.account.AccountRepository;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.model.account.UserAccount;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.domain.shared.DomainException.Detail;
import cn.oneseal.infrastructure.config.OneSealConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The first system administrator of a fresh production installation, which has no account at all
 * (the demo accounts exist only in demo mode). At start, when no active system administrator
 * exists:
 *
 * <ul>
 *   <li>with {@code ONESEAL_FIRST_ADMIN_PASSWORD} set, the account {@code ONESEAL_FIRST_ADMIN}
 *       (default {@code sysadmin}) is created with that password, which must be changed at the
 *       first sign-in;
 *   <li>otherwise a one-time setup token is printed in the server log; whoever reads the log opens
 *       {@code /setup.xhtml}, enters it and chooses the administrator's name and password. The
 *       token works once and dies with the server; a restart prints a new one.
 * </ul>
 *
 * Either way the administrator, like all staff, must then enrol a second factor before anything
 * else. The system administrator creates the security and audit administrators.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("DatabaseMigration")
public class InstallationSetup {

  private static final Logger LOG = Logger.getLogger(InstallationSetup.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  @Inject private AccountRepository repository;

  @Inject private OneSealConfig config;

  @Inject private AccountService accounts;

  @Inject private SecurityLog securityLog;

  /** The setup token while setup is open; null once an administrator exists. */
  private String token;

  @PostConstruct
  void start() {
    if (config.demo() || administratorExists()) {
      return;
    }
    Optional<String> password = config.firstAdminPassword();
    if (password.isPresent()) {
      String username = config.firstAdminUsername();
      List<Detail> problems = config.passwordPolicy().problems(username, password.get());
      if (problems.isEmpty() && accounts.find(username).isEmpty()) {
        UserAccount account =
            accounts.create(username, "系统管理员", password.get(), EnumSet.of(Role.ADMIN));
        account.requirePasswordChange();
        securityLog.record(
            SecurityLog.Kind.FIRST_ADMIN, "system", username, null, "from the environment");
        LOG.warning(
            () ->
                "OneSeal: first system administrator '"
                    + username
                    + "' created from ONESEAL_FIRST_ADMIN_PASSWORD; the password must be changed"
                    + " at the first sign-in. Remove the variable from the environment.");
        return;
      }
      LOG.severe(
          () ->
              "OneSeal: ONESEAL_FIRST_ADMIN_PASSWORD was not used: "
                  + (problems.isEmpty()
                      ? "the account " + username + " exists"
                      : "it does not meet the password policy " + problems)
                  + "; falling back to a setup token");
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 24; i++) {
      text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    token = text.toString();
    String shown = token;
    LOG.warning(
        () ->
            "OneSeal has no system administrator yet. Open "
                + config.publicUrl()
                + "/setup.xhtml and enter this one-time setup token: "
                + shown);
  }

  /** Whether setup is waiting for its token (a fresh installation without administrator). */
  @Lock(LockType.READ)
  public boolean open() {
    return token != null;
  }

  /**
   * Creates the first system administrator with the setup token from the server log; every problem
   * is reported at once. Closes setup for good.
   */
  @Lock(LockType.WRITE)
  public AccountView complete(
      String setupToken, String username, String displayName, String password, String source) {
    if (token == null || administratorExists()) {
      token = null;
      throw DomainException.conflict("error.setup.closed");
    }
    List<Detail> problems = new ArrayList<>();
    if (setupToken == null
        || !MessageDigest.isEqual(
            token.getBytes(StandardCharsets.UTF_8),
            setupToken.strip().getBytes(StandardCharsets.UTF_8))) {
      problems.add(Detail.of("token", "error.setup.token"));
    }
    String name = username == null ? "" : username.strip();
    if (!AccountAdministration.USERNAME.matcher(name).matches()) {
      problems.add(Detail.of("username", "error.account.username"));
    }
    if (displayName == null || displayName.isBlank()) {
      problems.add(Detail.of("displayName", "error.account.displayName"));
    }
    problems.addAll(config.passwordPolicy().problems(name, password));
    if (!problems.isEmpty()) {
      throw DomainException.invalidAll(problems);
    }
    UserAccount account =
        accounts.create(name, displayName.strip(), password, EnumSet.of(Role.ADMIN));
    token = null;
    securityLog.record(SecurityLog.Kind.FIRST_ADMIN, name, name, source, "with the setup token");
    return AccountAdministration.view(account);
  }

  private boolean administratorExists() {
    return repository.activeHolderOf(Role.ADMIN);
  }
}
