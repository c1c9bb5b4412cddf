package cn.oneseal.domain.model.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * The data-sharing channel to the department that receives one integrated certificate's data. While
 * a channel is closed (the department's system is down or in maintenance) pushes over it fail and
 * are retried; administrators open and close it, with a note that staff see. Its mode says how a
 * push travels: simulated (the demo default) or a signed document over HTTPS to the department's
 * receiver, with its endpoint, key id, shared secret (sealed at rest) and timeout.
 */
@Entity
@Table(name = "data_exchange_channel")
public class DataExchangeChannel {

  @Id
  @Column(name = "certificate_code")
  @Size(max = 64)
  private String certificateCode;

  @Column(nullable = false)
  private boolean available;

  @Size(max = 256)
  private String note;

  @Column(name = "changed_by", nullable = false)
  @Size(max = 64)
  private String changedBy;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  /** {@code simulated} (the demo's stand-in) or {@code https} (the department's real receiver). */
  @Column(nullable = false)
  @Size(max = 16)
  private String mode = Mode.SIMULATED.id();

  @Column(name = "endpoint_url")
  @Size(max = 512)
  private String endpointUrl;

  @Column(name = "key_id")
  @Size(max = 64)
  private String keyId;

  /** The shared secret as the vault sealed it; never shown, never logged. */
  @Column(name = "secret_cipher")
  @Size(max = 1024)
  private String secretCipher;

  @Column(name = "timeout_seconds", nullable = false)
  private int timeoutSeconds = DEFAULT_TIMEOUT_SECONDS;

  public static final int DEFAULT_TIMEOUT_SECONDS = 10;

  /** How pushes over a channel travel. */
  public enum Mode {
    /** This installation answers for the department (demo, training). */
    SIMULATED("simulated"),
    /** A signed JSON document over HTTPS to the department's receiver (docs/exchange.md). */
    HTTPS("https");

    private final String id;

    Mode(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }

    public static java.util.Optional<Mode> of(String id) {
      for (Mode m : values()) {
        if (m.id.equals(id)) {
          return java.util.Optional.of(m);
        }
      }
      return java.util.Optional.empty();
    }
  }

  protected DataExchangeChannel() {}

  /**
   * An administrator sets how pushes travel. A null sealed secret keeps the one set before; the
   * plain secret never reaches this object.
   */
  public void configure(
      Mode mode,
      String endpointUrl,
      String keyId,
      String sealedSecret,
      int timeoutSeconds,
      String by,
      Instant now) {
    this.mode = mode.id();
    this.endpointUrl = endpointUrl;
    this.keyId = keyId;
    if (sealedSecret != null) {
      this.secretCipher = sealedSecret;
    }
    this.timeoutSeconds = timeoutSeconds;
    this.changedBy = by;
    this.changedAt = now;
  }

  public void change(boolean available, String note, String by, Instant now) {
    this.available = available;
    this.note = note == null || note.isBlank() ? null : note.strip();
    this.changedBy = by;
    this.changedAt = now;
  }

  public String getCertificateCode() {
    return certificateCode;
  }

  public boolean isAvailable() {
    return available;
  }

  public String getNote() {
    return note;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public Mode getMode() {
    return Mode.of(mode).orElse(Mode.SIMULATED);
  }

  public String getEndpointUrl() {
    return endpointUrl;
  }

  public String getKeyId() {
    return keyId;
  }

  public String getSecretCipher() {
    return secretCipher;
  }

  public boolean isSecretSet() {
    return secretCipher != null;
  }

  public int getTimeoutSeconds() {
    return timeoutSeconds;
  }
}
