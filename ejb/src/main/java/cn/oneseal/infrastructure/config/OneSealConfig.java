package cn.oneseal.infrastructure.config;

import cn.oneseal.domain.model.application.UploadLimits;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Settings of one installation. Each is read from an environment variable (as a container or a
 * service unit sets it) or the equivalent system property ({@code ONESEAL_DEMO} ↔ {@code
 * oneseal.demo}); the defaults are the legal defaults of docs/domain.md.
 */
@ApplicationScoped
public class OneSealConfig {

  private static final Pattern ISO_DURATION =
      Pattern.compile(
          "P(?=\\d|T\\d)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?");

  /** Creates the demo accounts at start. Never set in production. */
  public boolean demo() {
    return Boolean.parseBoolean(value("ONESEAL_DEMO").orElse("false"));
  }

  /**
   * Tests only: fire the window's deemed-acceptance timer after this ISO-8601 duration instead of
   * at the end of the window's last working day ({@code ONESEAL_ACCEPTANCE_REMINDER}, e.g. PT5S).
   */
  public Optional<String> acceptanceReminder() {
    Optional<String> text = value("ONESEAL_ACCEPTANCE_REMINDER");
    text.filter(t -> !ISO_DURATION.matcher(t).matches())
        .ifPresent(
            t -> {
              throw new IllegalStateException(
                  "ONESEAL_ACCEPTANCE_REMINDER is not an ISO-8601 duration: " + t);
            });
    return text;
  }

  /** Working days the window has to accept or send the one-time correction list (the law: 5). */
  public int windowDays() {
    return integer("ONESEAL_WINDOW_DAYS", 5);
  }

  /** The share of a limit after which a case or step gets a yellow card (default 80%). */
  public double yellowShare() {
    double share = Double.parseDouble(value("ONESEAL_YELLOW_SHARE").orElse("0.8"));
    if (!(share > 0 && share <= 1)) {
      throw new IllegalStateException("ONESEAL_YELLOW_SHARE must be in (0, 1]: " + share);
    }
    return share;
  }

  /** Working days within which a spot check's result is published (双随机一公开: 20). */
  public int inspectionPublishDays() {
    return positive("ONESEAL_INSPECTION_PUBLISH_DAYS", 20);
  }

  /** Working days one extension by the director adds (行政许可法 Art. 42: 10). */
  public int extensionDays() {
    return integer("ONESEAL_EXTENSION_DAYS", 10);
  }

  /** Working days all extensions of one application may add together. */
  public int extensionMaxDays() {
    return integer("ONESEAL_EXTENSION_MAX_DAYS", 10);
  }

  /**
   * Working days before a deadline of the applicant's (the correction period's last day) on which
   * they are reminded (default 3).
   */
  public int deadlineReminderDays() {
    return integer("ONESEAL_DEADLINE_REMINDER_DAYS", 3);
  }

  /** How often the legal-clock watch recomputes the cards (an ISO-8601 repeating interval). */
  public String cardWatchCycle() {
    return value("ONESEAL_CARD_WATCH_CYCLE").orElse("R/PT1H");
  }

  /**
   * Lets an administrator move the application's clock (acceptance tests of the legal clock on a
   * deployed server). Never set in production.
   */
  public boolean clockControl() {
    return Boolean.parseBoolean(value("ONESEAL_CLOCK_CONTROL").orElse("false"));
  }

  /**
   * Failed sign-ins of one account within {@link #signInWindow()} that lock it (default 20). Keep
   * it above {@link #signInAddressLimit()}: then no single address can lock an account.
   */
  public int lockoutThreshold() {
    return integer("ONESEAL_LOCKOUT_THRESHOLD", 20);
  }

  public Duration lockoutDuration() {
    return duration("ONESEAL_LOCKOUT_DURATION", "PT15M");
  }

  /**
   * Unsuccessful sign-in attempts one source address may make within {@link #signInWindow()} before
   * it is refused for every account (default 10).
   */
  public int signInAddressLimit() {
    return integer("ONESEAL_SIGNIN_ADDRESS_LIMIT", 10);
  }

  /** The span over which failed sign-ins are counted, per address and per account (PT15M). */
  public Duration signInWindow() {
    return duration("ONESEAL_SIGNIN_WINDOW", "PT15M");
  }

  /**
   * How long one read of a case by one person for one purpose stands for all their reads of it
   * (PT10M): within it, further reads are not recorded again.
   */
  public Duration auditReadWindow() {
    Duration window = duration("ONESEAL_AUDIT_READ_WINDOW", "PT10M");
    if (window.isNegative()) {
      throw new IllegalStateException("ONESEAL_AUDIT_READ_WINDOW must not be negative: " + window);
    }
    return window;
  }

  /** The wait after an account's first failed sign-in; it doubles with each further one (PT1S). */
  public Duration signInDelay() {
    return duration("ONESEAL_SIGNIN_DELAY", "PT1S");
  }

  /** The longest wait between two judged sign-ins of one account (PT30S). */
  public Duration signInDelayMax() {
    return duration("ONESEAL_SIGNIN_DELAY_MAX", "PT30S");
  }

  /**
   * The addresses of the reverse proxies in front of the server ({@code ONESEAL_TRUSTED_PROXIES},
   * comma-separated, none by default). Only from them is {@code X-Forwarded-For} believed when the
   * sign-in throttle asks which address a request came from.
   */
  public java.util.Set<String> trustedProxies() {
    return value("ONESEAL_TRUSTED_PROXIES")
        .map(
            list ->
                java.util.Arrays.stream(list.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .collect(java.util.stream.Collectors.toUnmodifiableSet()))
        .orElse(java.util.Set.of());
  }

  /** PBKDF2 iterations for new password hashes; stored hashes carry their own count. */
  public int passwordIterations() {
    return integer("ONESEAL_PASSWORD_ITERATIONS", 120000);
  }

  /**
   * What a new password must be: {@code ONESEAL_PASSWORD_MIN_LENGTH} characters at least (12) and
   * none of the account's last {@code ONESEAL_PASSWORD_HISTORY} passwords (5).
   */
  public cn.oneseal.domain.model.account.PasswordPolicy passwordPolicy() {
    return new cn.oneseal.domain.model.account.PasswordPolicy(
        integer("ONESEAL_PASSWORD_MIN_LENGTH", 12), integer("ONESEAL_PASSWORD_HISTORY", 5));
  }

  /** The first system administrator's initial password, for a fresh installation only. */
  public Optional<String> firstAdminPassword() {
    return value("ONESEAL_FIRST_ADMIN_PASSWORD");
  }

  /** The first system administrator's user name ({@code ONESEAL_FIRST_ADMIN}, {@code sysadmin}). */
  public String firstAdminUsername() {
    return value("ONESEAL_FIRST_ADMIN").orElse("sysadmin");
  }

  /**
   * The installation's own directory outside the build: keys live here (the embedded database too,
   * by default). {@code ONESEAL_HOME}, default {@code ~/.oneseal}.
   */
  public java.nio.file.Path home() {
    return java.nio.file.Path.of(
        value("ONESEAL_HOME").orElse(System.getProperty("user.home") + "/.oneseal"));
  }

  /**
   * The key that encrypts identity numbers, Base64 of 32 bytes, when the operator supplies it (a
   * secret store); otherwise a key file under {@link #home()} is created at first use.
   */
  public Optional<String> identityKey() {
    return value("ONESEAL_IDENTITY_KEY");
  }

  /**
   * How often a push to a department is attempted before it becomes an incident for staff: an
   * ISO-8601 repeating interval, {@code R5/PT5M} = five attempts in all, five minutes apart.
   */
  public String pushRetryCycle() {
    return value("ONESEAL_PUSH_RETRY_CYCLE").orElse("R5/PT5M");
  }

  /**
   * Retries of an e-mail whose server refused it, as an ISO-8601 repeating interval: after them the
   * mail is an incident for administrators (default: 5 attempts, a minute apart).
   */
  public String mailRetryCycle() {
    return value("ONESEAL_MAIL_RETRY_CYCLE").orElse("R5/PT1M");
  }

  /** The address under which the public reaches this installation; QR codes lead there. */
  public String publicUrl() {
    String url = value("ONESEAL_PUBLIC_URL").orElse("http://localhost:8080");
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** The sender of notification e-mails; the SMTP server is the server's mail session. */
  public String mailFrom() {
    return value("ONESEAL_MAIL_FROM").orElse("noreply@oneseal.example");
  }

  /** The registration authority printed on licences. */
  public String registrationAuthority() {
    return value("ONESEAL_AUTHORITY").orElse("山西省行政审批服务管理局");
  }

  /** A configured PKCS#12 keystore holding the bureau's seal; empty for the demonstration seal. */
  public Optional<String> sealKeystore() {
    return value("ONESEAL_SEAL_KEYSTORE");
  }

  /** A configured PKCS#12 keystore holding the bureau's SM2 key (with {@link #sealKeystore()}). */
  public Optional<String> sealSm2Keystore() {
    return value("ONESEAL_SEAL_SM2_KEYSTORE");
  }

  /** The password of the seal keystore (the demonstration seal's too). */
  public String sealPassword() {
    return value("ONESEAL_SEAL_PASSWORD").orElse("oneseal-demo-seal");
  }

  /**
   * A configured PKCS #12 keystore holding the system key ({@code ONESEAL_SYSTEM_KEYSTORE}): the
   * key that signs what no person decides (audit anchors), never the bureau seal. Empty: the demo
   * system key under {@link #home()}{@code /keys}.
   */
  public Optional<String> systemKeystore() {
    return value("ONESEAL_SYSTEM_KEYSTORE");
  }

  /** The password of the system keystore ({@code ONESEAL_SYSTEM_KEYSTORE_PASSWORD}). */
  public String systemKeystorePassword() {
    return value("ONESEAL_SYSTEM_KEYSTORE_PASSWORD").orElse("oneseal-demo-system");
  }

  /**
   * How often the audit chaining job chains the entries written since its last run ({@code
   * ONESEAL_AUDIT_CHAIN_INTERVAL}, ISO-8601 duration, default {@code PT5S}, at least one second).
   */
  public Duration auditChainInterval() {
    Duration interval = duration("ONESEAL_AUDIT_CHAIN_INTERVAL", "PT5S");
    if (interval.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalStateException("ONESEAL_AUDIT_CHAIN_INTERVAL must be at least PT1S");
    }
    return interval;
  }

  /**
   * The longest the engine's job executor waits between two looks for due jobs when it finds none
   * ({@code ONESEAL_JOB_MAX_WAIT}, ISO-8601 duration, default {@code PT10S}, from {@code PT0.1S} to
   * {@code PT1M}): a timer fires at most this long after its due time. Jobs created by a request
   * are picked up at once whatever the value; a shorter wait costs one small query per wait.
   */
  public Duration jobMaxWait() {
    Duration wait = duration("ONESEAL_JOB_MAX_WAIT", "PT10S");
    if (wait.compareTo(Duration.ofMillis(100)) < 0 || wait.compareTo(Duration.ofMinutes(1)) > 0) {
      throw new IllegalStateException("ONESEAL_JOB_MAX_WAIT must be from PT0.1S to PT1M: " + wait);
    }
    return wait;
  }

  /**
   * How long the job executor holds the jobs it takes ({@code ONESEAL_JOB_LOCK_TIME}, ISO-8601
   * duration, default {@code PT5M}, from {@code PT5S} to {@code PT1H}). Another node takes a job
   * whose lock has expired: so a job must finish within it, waiting in the executor's queue
   * included, or it runs twice; and the jobs a node held when it died wait this long for another
   * node. The longest job is the legal-clock watch: about 2 ms per open case and step when every
   * card changes (docs/performance.md), some 80 s at 20,000 open cases.
   */
  public Duration jobLockTime() {
    Duration lock = duration("ONESEAL_JOB_LOCK_TIME", "PT5M");
    if (lock.compareTo(Duration.ofSeconds(5)) < 0 || lock.compareTo(Duration.ofHours(1)) > 0) {
      throw new IllegalStateException("ONESEAL_JOB_LOCK_TIME must be from PT5S to PT1H: " + lock);
    }
    return lock;
  }

  /**
   * This server's name among the nodes of a cluster: WildFly's {@code jboss.node.name}, which an
   * operator sets per node ({@code -Djboss.node.name=node-a}) and WildFly otherwise takes from the
   * host's name; {@value #UNNAMED_NODE} outside a server. The engine's job executor locks jobs in
   * this name, so that a job's lock says which node holds it.
   */
  public String nodeName() {
    String node = System.getProperty("jboss.node.name");
    return node == null || node.isBlank() ? UNNAMED_NODE : node.strip();
  }

  /** {@link #nodeName()} outside a server. */
  public static final String UNNAMED_NODE = "oneseal";

  /**
   * How often the audit chain's head is signed with the system key when it moved ({@code
   * ONESEAL_AUDIT_SIGN_INTERVAL}, ISO-8601 duration, default {@code PT10M}); a verification signs
   * it too.
   */
  public Duration auditSignInterval() {
    return duration("ONESEAL_AUDIT_SIGN_INTERVAL", "PT10M");
  }

  /** The shortest retention of the audit trail the rules allow: six months. */
  public static final java.time.Period AUDIT_RETENTION_MINIMUM = java.time.Period.ofMonths(6);

  /**
   * How long audit entries are kept ({@code ONESEAL_AUDIT_RETENTION}, an ISO-8601 period such as
   * {@code P6M} or {@code P1Y}; default and minimum six months). A value that is not a period is an
   * error at start; a period shorter than six months (measured from {@code today}) is refused: the
   * minimum applies instead, and {@link AuditRetention#refused()} says what was refused, for the
   * log.
   */
  public AuditRetention auditRetention(java.time.LocalDate today) {
    Optional<String> text = value("ONESEAL_AUDIT_RETENTION");
    if (text.isEmpty()) {
      return new AuditRetention(AUDIT_RETENTION_MINIMUM, Optional.empty());
    }
    java.time.Period period;
    try {
      period = java.time.Period.parse(text.get());
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalStateException(
          "ONESEAL_AUDIT_RETENTION is not an ISO-8601 period (e.g. P6M, P1Y): " + text.get(), e);
    }
    if (today.plus(period).isBefore(today.plus(AUDIT_RETENTION_MINIMUM))) {
      return new AuditRetention(AUDIT_RETENTION_MINIMUM, Optional.of(text.get()));
    }
    return new AuditRetention(period, Optional.empty());
  }

  /** The retention in force, and a configured value that was refused as too short. */
  public record AuditRetention(java.time.Period period, Optional<String> refused) {}

  /** Where the seal is applied, as the signature says (the bureau's city). */
  public String sealLocation() {
    return value("ONESEAL_SEAL_LOCATION").orElse("山西省太原市");
  }

  /**
   * What one form (an application, a correction, a site inspection) may carry: {@code
   * ONESEAL_UPLOAD_MAX_FILES} files (20), {@code ONESEAL_UPLOAD_MAX_FILE_MB} per file (10) and
   * {@code ONESEAL_UPLOAD_MAX_TOTAL_MB} in all (30). The server's own limit on a request body
   * ({@code ONESEAL_MAX_REQUEST_BYTES}, 48 MB) must hold the total in Base64.
   */
  public UploadLimits uploadLimits() {
    int files = positive("ONESEAL_UPLOAD_MAX_FILES", UploadLimits.DEFAULT_MAX_FILES);
    int fileMb = positive("ONESEAL_UPLOAD_MAX_FILE_MB", UploadLimits.DEFAULT_MAX_FILE_MB);
    int totalMb = positive("ONESEAL_UPLOAD_MAX_TOTAL_MB", UploadLimits.DEFAULT_MAX_TOTAL_MB);
    if (totalMb < fileMb) {
      throw new IllegalStateException(
          "ONESEAL_UPLOAD_MAX_TOTAL_MB (" + totalMb + ") is less than one file may have");
    }
    return UploadLimits.ofMegabytes(files, fileMb, totalMb);
  }

  /**
   * How often the publication job (双公示) records new decisions and publishes what is pending ({@code
   * ONESEAL_PUBLICATION_INTERVAL}, ISO-8601 duration, default {@code PT1M}, from one second to one
   * day: the law's limit is 7 working days).
   */
  public Duration publicationInterval() {
    Duration interval = duration("ONESEAL_PUBLICATION_INTERVAL", "PT1M");
    if (interval.compareTo(Duration.ofSeconds(1)) < 0
        || interval.compareTo(Duration.ofDays(1)) > 0) {
      throw new IllegalStateException("ONESEAL_PUBLICATION_INTERVAL must be from PT1S to P1D");
    }
    return interval;
  }

  /**
   * The registering authority's administrative division ({@code ONESEAL_AUTHORITY_DIVISION}, six
   * digits, default {@code 140000} 山西省): it stands in the technical contracts' registration
   * numbers, and its first two digits name the province whose firms may apply for innovation
   * vouchers.
   */
  public String authorityDivision() {
    String division = value("ONESEAL_AUTHORITY_DIVISION").orElse("140000");
    if (!division.matches("\\d{6}")) {
      throw new IllegalStateException("ONESEAL_AUTHORITY_DIVISION must be six digits: " + division);
    }
    return division;
  }

  /**
   * The innovation vouchers' terms (晋发〔2017〕51号 §21), the policy's numbers by default: {@code
   * ONESEAL_VOUCHER_FACE_VALUE_FEN} (5000000, i.e. 50,000 yuan), {@code ONESEAL_VOUCHER_VALIDITY}
   * (ISO-8601 period, {@code P1Y}), {@code ONESEAL_VOUCHER_PRIVATE_SHARE} (50, per cent); the
   * province is that of {@link #authorityDivision()}.
   */
  public cn.oneseal.domain.model.innovation.VoucherTerms voucherTerms() {
    var policy = cn.oneseal.domain.model.innovation.VoucherTerms.POLICY;
    return new cn.oneseal.domain.model.innovation.VoucherTerms(
        value("ONESEAL_VOUCHER_FACE_VALUE_FEN").map(Long::parseLong).orElse(policy.faceValueFen()),
        value("ONESEAL_VOUCHER_VALIDITY").map(java.time.Period::parse).orElse(policy.validity()),
        authorityDivision().substring(0, 2),
        integer("ONESEAL_VOUCHER_PRIVATE_SHARE", policy.privateSharePercent()));
  }

  private static int integer(String name, int fallback) {
    return value(name).map(Integer::parseInt).orElse(fallback);
  }

  private static Duration duration(String name, String fallback) {
    return Duration.parse(value(name).orElse(fallback));
  }

  private static int positive(String name, int fallback) {
    int number = integer(name, fallback);
    if (number < 1) {
      throw new IllegalStateException(name + " must be at least 1: " + number);
    }
    return number;
  }

  private static Optional<String> value(String name) {
    String env = System.getenv(name);
    if (env != null && !env.isBlank()) {
      return Optional.of(env.strip());
    }
    String property = System.getProperty(name.toLowerCase(Locale.ROOT).replace('_', '.'));
    return property == null || property.isBlank()
        ? Optional.empty()
        : Optional.of(property.strip());
  }
}
