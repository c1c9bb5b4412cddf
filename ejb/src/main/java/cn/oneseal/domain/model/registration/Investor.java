package cn.oneseal.domain.model.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A shareholder, partner or cooperative member: who, from which country, with which identity
 * document (encrypted) and how much they subscribe.
 */
@Embeddable
public class Investor {

  /** Natural person (identity number) or organisation (unified social credit code). */
  public enum Kind {
    NATURAL_PERSON,
    ORGANISATION
  }

  /** How the contribution is made. */
  public enum Method {
    CURRENCY,
    IN_KIND,
    INTELLECTUAL_PROPERTY,
    LAND_USE_RIGHT
  }

  /** ISO 3166-1 alpha-3 of the People's Republic of China. */
  public static final String CHINA = "CHN";

  @Column(name = "investor_name", nullable = false, length = 128)
  @Size(max = 128)
  private String name;

  @Column(name = "investor_kind", nullable = false, length = 16)
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private Kind kind;

  @Column(nullable = false, length = 3)
  @Size(max = 3)
  private String country;

  @Column(name = "identity_cipher", nullable = false, length = 512)
  @Size(max = 512)
  private String identityCipher;

  @Column(name = "identity_masked", nullable = false, length = 64)
  @Size(max = 64)
  private String identityMasked;

  @Column(nullable = false, precision = 18, scale = 2)
  private BigDecimal contribution;

  @Column(name = "contribution_method", nullable = false, length = 16)
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private Method method;

  protected Investor() {}

  public Investor(
      String name,
      Kind kind,
      String country,
      SealedIdentity identity,
      BigDecimal contribution,
      Method method) {
    this.name = name;
    this.kind = kind;
    this.country = country;
    this.identityCipher = identity.cipherText();
    this.identityMasked = identity.masked();
    this.contribution = contribution;
    this.method = method;
  }

  public boolean isForeign() {
    return !CHINA.equals(country);
  }

  public String getName() {
    return name;
  }

  public Kind getKind() {
    return kind;
  }

  public String getCountry() {
    return country;
  }

  public SealedIdentity getIdentity() {
    return new SealedIdentity(identityCipher, identityMasked);
  }

  public BigDecimal getContribution() {
    return contribution;
  }

  public Method getMethod() {
    return method;
  }
}
