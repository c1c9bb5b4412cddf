package cn.oneseal.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Settings of one installation. Each is read from an environment variable (as a container or a
 * service unit sets it) or the equivalent system property ({@code ONESEAL_DEMO} ↔ {@code
 * oneseal.demo}); the defaults are the legal defaults of ../shared/domain.md.
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
   * How long the window may take to accept or send the one-time correction list before the
   * application is deemed accepted (an ISO-8601 duration; the law says 5 days).
   */
  public String acceptanceReminder() {
    String text = value("ONESEAL_ACCEPTANCE_REMINDER").orElse("P5D");
    if (!ISO_DURATION.matcher(text).matches()) {
      throw new IllegalStateException(
          "ONESEAL_ACCEPTANCE_REMINDER is not an ISO-8601 duration: " + text);
    }
    return text;
  }

  /** Failed sign-ins in a row that lock an account. */
  public int lockoutThreshold() {
    return Integer.parseInt(value("ONESEAL_LOCKOUT_THRESHOLD").orElse("5"));
  }

  public Duration lockoutDuration() {
    return Duration.parse(value("ONESEAL_LOCKOUT_DURATION").orElse("PT15M"));
  }

  /** PBKDF2 iterations for new password hashes; stored hashes carry their own count. */
  public int passwordIterations() {
    return Integer.parseInt(value("ONESEAL_PASSWORD_ITERATIONS").orElse("120000"));
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

  /** The address under which the public reaches this installation; QR codes lead there. */
  public String publicUrl() {
    String url = value("ONESEAL_PUBLIC_URL").orElse("http://localhost:8080");
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
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

  /** Where the seal is applied, as the signature says (the bureau's city). */
  public String sealLocation() {
    return value("ONESEAL_SEAL_LOCATION").orElse("山西省太原市");
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
