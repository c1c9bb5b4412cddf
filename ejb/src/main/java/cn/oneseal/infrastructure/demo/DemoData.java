package cn.oneseal.infrastructure.demo;

import cn.oneseal.application.AccountService;
import cn.oneseal.application.TwoFactorService;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.model.account.UserAccount;
import cn.oneseal.infrastructure.config.OneSealConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;

/**
 * The demo accounts (password {@code demo123}), created at start only when the installation runs in
 * demo mode ({@code ONESEAL_DEMO=true}); production never has them. Each has the address {@code
 * <username>@oneseal.example}, so notification mail can be watched in a local SMTP sink; accounts
 * of an older demo database get theirs at the next start. Members of the bureau get a staff number
 * ({@code OS-0004} …), as a real bureau's would have.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("DatabaseMigration")
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
  static final String PASSWORD = "demo123";
  static final String MAIL_DOMAIN = "@oneseal.example";

  private record DemoAccount(String username, String displayName, String section, Role... roles) {
    DemoAccount(String username, String displayName, Role role) {
      this(username, displayName, null, role);
    }
  }

  private static final List<DemoAccount> ACCOUNTS =
      List.of(
          new DemoAccount("zhangsan", "张三", Role.CITIZEN),
          new DemoAccount("lisi", "李四", Role.CITIZEN),
          new DemoAccount("wangwu", "王五", Role.CITIZEN),
          new DemoAccount("clerk", "赵窗口（受理员）", Role.CLERK),
          new DemoAccount("clerk2", "钱窗口（受理员）", Role.CLERK),
          new DemoAccount("officer", "孙审查（承办人）", Role.OFFICER),
          new DemoAccount("officer2", "李审查（市场准入科）", "MARKET_ACCESS", Role.OFFICER),
          new DemoAccount("officer3", "陈审查（社会事务科）", "SOCIAL_AFFAIRS", Role.OFFICER),
          new DemoAccount("chief", "刘科长（市场准入科）", "MARKET_ACCESS", Role.CHIEF, Role.OFFICER),
          new DemoAccount("director", "周局长", Role.DIRECTOR),
          new DemoAccount("supervisor", "吴监察", Role.SUPERVISOR),
          new DemoAccount("admin", "郑管理员", Role.ADMIN),
          new DemoAccount("sysadmin", "冯系统管理员", Role.ADMIN),
          new DemoAccount("secadmin", "褚安全管理员", Role.SECURITY_ADMIN),
          new DemoAccount("auditor", "卫审计管理员", Role.AUDIT_ADMIN));

  /**
   * The one demo account enrolled for two-factor sign-in, with a published secret (README, demo
   * accounts) so that tests and demonstrations can compute its codes; the other demo accounts are
   * exempt from the second factor while the demo runs.
   */
  public static final String ENROLLED_ACCOUNT = "clerk2";

  /** RFC 6238's test key "12345678901234567890" in Base32. */
  public static final String ENROLLED_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

  /** Whether {@code username} is one of the demo accounts. */
  public static boolean isDemoAccount(String username) {
    return ACCOUNTS.stream().anyMatch(a -> a.username().equals(username));
  }

  @Inject private OneSealConfig config;

  @Inject private TwoFactorService twoFactor;

  @Inject private AccountService accounts;

  @PostConstruct
  void load() {
    if (!config.demo()) {
      return;
    }
    int created = 0;
    for (DemoAccount demo : ACCOUNTS) {
      if (accounts.find(demo.username()).isEmpty()) {
        accounts
            .create(
                demo.username(),
                demo.displayName(),
                PASSWORD,
                EnumSet.of(demo.roles()[0], demo.roles()))
            .assignSection(demo.section());
        created++;
      }
      if (accounts.find(demo.username()).map(UserAccount::getEmail).isEmpty()) {
        accounts.changeEmail(demo.username(), demo.username() + MAIL_DOMAIN);
      }
      int number = ACCOUNTS.indexOf(demo) + 1;
      accounts
          .find(demo.username())
          .filter(a -> a.getStaffNumber() == null && !a.getRoles().contains(Role.CITIZEN))
          .ifPresent(a -> a.setStaffNumber(String.format("OS-%04d", number)));
    }
    twoFactor.enrolDemo(ENROLLED_ACCOUNT, ENROLLED_SECRET);
    int count = created;
    LOG.info(() -> "demo mode: " + count + " demo accounts created (password " + PASSWORD + ")");
  }
}
