package cn.oneseal.application.dto;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An account as the system and security administrators see it: who, which roles and section, and
 * its state. Never its password hash; a citizen's identity number only masked.
 */
public record AccountView(
    String username,
    String displayName,
    List<String> roles,
    String section,
    String email,
    String mobile,
    String staffNumber,
    boolean active,
    Instant lockedUntil,
    boolean passwordChangeRequired,
    Instant createdAt,
    Instant deactivatedAt,
    String identityKind,
    String identityMasked)
    implements Serializable {

  public boolean isActive() {
    return active;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public List<String> getRoles() {
    return roles;
  }

  public String getSection() {
    return section;
  }

  public String getStaffNumber() {
    return staffNumber;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }

  public boolean isPasswordChangeRequired() {
    return passwordChangeRequired;
  }

  public String getEmail() {
    return email;
  }

  public String getMobile() {
    return mobile;
  }
}
