package cn.oneseal.infrastructure.demo;

import cn.oneseal.application.AccountService;
import cn.oneseal.application.SpotCheckService;
import cn.oneseal.application.TwoFactorService;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.model.account.UserAccount;
import cn.oneseal.domain.model.inspection.SpotCheckDraw;
import cn.oneseal.domain.model.registration.CreditCode;
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
          new DemoAccount("auditor", "卫审计管理员", Role.AUDIT_ADMIN),
          // 双随机一公开: law-enforcement staff of two supervising departments (inspector registrations)
          new DemoAccount("inspector1", "蒋执法（市场监管一队）", Role.INSPECTOR),
          new DemoAccount("inspector2", "沈执法（市场监管二队）", Role.INSPECTOR),
          new DemoAccount("inspector3", "韩监督（卫生监督一所）", Role.INSPECTOR),
          new DemoAccount("inspector4", "杨监督（卫生监督二所）", Role.INSPECTOR));

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

  @Inject private SpotCheckService spotChecks;

  @Inject private cn.oneseal.application.VoucherService vouchers;

  /** The provider of innovation vouchers the demo's provider account redeems for. */
  public static final String DEMO_PROVIDER = "SXU-ATC";

  /** The demo citizen who also signs in for the demo provider. */
  public static final String DEMO_PROVIDER_ACCOUNT = "lisi";

  /** The demo's businesses for the spot-check pool (Taiyuan, division 140100/140105). */
  private static final List<SpotCheckDraw.Subject> DEMO_BUSINESSES =
      List.of(
          business('1', "140100", 101, "太原晋创科技有限公司", "COMPANY", "SC-0002"),
          business('1', "140100", 102, "太原汾河餐饮管理有限公司", "COMPANY", "WJ-0001"),
          business('2', "140105", 103, "小店区王记面馆", "INDIVIDUAL_BUSINESS", "SC-0003"),
          business('1', "140100", 104, "晋阳建设工程有限公司", "COMPANY", "SC-0002"),
          business('1', "140106", 105, "迎泽龙城大酒店有限公司", "COMPANY", "WJ-0001"),
          business('1', "140100", 106, "并州文化娱乐有限公司", "COMPANY", "WL-0001"),
          business('2', "140109", 107, "万柏林区李记超市", "INDIVIDUAL_BUSINESS", "SC-0003"),
          business('1', "140100", 108, "太原晋运物流有限公司", "COMPANY", "JT-0001"));

  /** The public seed of the demo draw: an index's closing value as it would be entered. */
  static final String DEMO_SEED = "2026-12-01 上证综合指数收盘 3365.12";

  private static SpotCheckDraw.Subject business(
      char type, String division, long number, String name, String entityType, String item) {
    String code = CreditCode.compose('9', type, division, CreditCode.bodyFor(number)).value();
    return new SpotCheckDraw.Subject(code, name, entityType, division, "VALID", List.of(item));
  }

  /** Inspectors of two departments, one with a declared conflict, and a plan whose draw is made. */
  private void loadSpotCheck() {
    spotChecks.register("inspector1", "MARKET", "市场监管执法一队", java.util.Set.of());
    spotChecks.register(
        "inspector2", "MARKET", "市场监管执法二队", java.util.Set.of(DEMO_BUSINESSES.get(1).id()));
    spotChecks.register("inspector3", "HEALTH", "卫生监督一所", java.util.Set.of());
    spotChecks.register("inspector4", "HEALTH", "卫生监督二所", java.util.Set.of());
    spotChecks.demoPlan(
        cn.oneseal.domain.model.account.Actor.of("supervisor", Role.SUPERVISOR),
        DEMO_BUSINESSES,
        DEMO_SEED);
  }

  @PostConstruct
  void load() {
    if (!config.demo()) {
      return;
    }
    int created = 0;
    // one hash for all: 19 hashes of 120,000 PBKDF2 rounds cost ≈ 2 s of CPU at start (issue 18)
    String passwordHash = null;
    for (DemoAccount demo : ACCOUNTS) {
      if (accounts.find(demo.username()).isEmpty()) {
        passwordHash = passwordHash == null ? accounts.hash(PASSWORD) : passwordHash;
        accounts
            .createHashed(
                demo.username(),
                demo.displayName(),
                passwordHash,
                EnumSet.of(demo.roles()[0], demo.roles()))
            .assignSection(demo.section());
        created++;
      }
      if (accounts.find(demo.username()).map(UserAccount::getEmail).isEmpty()) {
        accounts.changeEmail(demo.username(), demo.username() + MAIL_DOMAIN);
      }
      int number = ACCOUNTS.indexOf(demo) + 1;
      // the citizens get a mobile number of the reserved 13800000xxx range, for the demo's SMS log
      accounts
          .find(demo.username())
          .filter(a -> a.getMobile() == null && a.getRoles().contains(Role.CITIZEN))
          .ifPresent(a -> a.setMobile(String.format("138%08d", number)));
      accounts
          .find(demo.username())
          .filter(a -> a.getStaffNumber() == null && !a.getRoles().contains(Role.CITIZEN))
          .ifPresent(a -> a.setStaffNumber(String.format("OS-%04d", number)));
    }
    twoFactor.enrolDemo(ENROLLED_ACCOUNT, ENROLLED_SECRET);
    loadSpotCheck();
    // 科技创新券: lisi signs in for the demo provider 山西大学分析测试中心 and redeems vouchers
    vouchers.demoProvider(DEMO_PROVIDER, DEMO_PROVIDER_ACCOUNT);
    int count = created;
    LOG.info(() -> "demo mode: " + count + " demo accounts created (password " + PASSWORD + ")");
  }
}
