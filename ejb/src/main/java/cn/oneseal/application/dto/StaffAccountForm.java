package cn.oneseal.application.dto;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A new staff account as the system administrator enters it, on the page or as the body of {@code
 * POST /api/admin/users}: the initial password is one the holder must change at the first sign-in.
 * Holds what was typed; the account service checks it and reports every problem at once.
 */
public class StaffAccountForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Size(max = 64)
  private String username;

  @Size(max = 128)
  private String displayName;

  @Size(max = 128)
  private String password;

  @Size(max = 8)
  private List<String> roles = new ArrayList<>();

  @Size(max = 32)
  private String section;

  @Size(max = 256)
  private String email;

  @Size(max = 20)
  private String mobile;

  @Size(max = 32)
  private String staffNumber;

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

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
  }

  public String getSection() {
    return section;
  }

  public void setSection(String section) {
    this.section = section;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getMobile() {
    return mobile;
  }

  public void setMobile(String mobile) {
    this.mobile = mobile;
  }

  public String getStaffNumber() {
    return staffNumber;
  }

  public void setStaffNumber(String staffNumber) {
    this.staffNumber = staffNumber;
  }
}
