package cn.oneseal.application.dto;

import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A citizen registering herself (实名注册), on {@code /register.xhtml} or as the body of {@code POST
 * /api/accounts}: a Chinese applicant with a resident identity card number (GB 11643), a foreign
 * one with a passport number and nationality.
 */
public class CitizenSignUp implements Serializable {

  private static final long serialVersionUID = 1L;

  @Size(max = 64)
  private String username;

  @Size(max = 128)
  private String displayName;

  @Size(max = 128)
  private String password;

  /** {@code RESIDENT_ID} (default) or {@code PASSPORT}. */
  @Size(max = 16)
  private String identityKind = "RESIDENT_ID";

  @Size(max = 32)
  private String identityNumber;

  /** ISO 3166-1 alpha-3, for a passport. */
  @Size(max = 3)
  private String nationality;

  @Size(max = 20)
  private String mobile;

  @Size(max = 256)
  private String email;

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getIdentityKind() {
    return identityKind;
  }

  public void setIdentityKind(String identityKind) {
    this.identityKind = identityKind;
  }

  public String getIdentityNumber() {
    return identityNumber;
  }

  public void setIdentityNumber(String identityNumber) {
    this.identityNumber = identityNumber;
  }

  public String getNationality() {
    return nationality;
  }

  public void setNationality(String nationality) {
    this.nationality = nationality;
  }

  public String getMobile() {
    return mobile;
  }

  public void setMobile(String mobile) {
    this.mobile = mobile;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
