package cn.oneseal.web.view.admin;

import cn.oneseal.application.AccountAdministration;
import cn.oneseal.application.CatalogService;
import cn.oneseal.application.dto.AccountView;
import cn.oneseal.application.dto.ItemGuide.CodeName;
import cn.oneseal.application.dto.StaffAccountForm;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.view.shared.FacesSupport;
import cn.oneseal.web.view.shared.ReportsProblems;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One account's page ({@code /admin/user.xhtml?username=…}), or a new staff account's form without
 * a user name. Each of the two account administrators sees the acts that are theirs: the system
 * administrator creates, corrects details, deactivates and reactivates; the security administrator
 * changes roles, locks, unlocks and resets the password. The services check it again.
 */
@Named
@ViewScoped
public class AccountEditorView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Inject private AccountAdministration administration;

  @Inject private CatalogService catalog;

  @Inject private CurrentActor currentActor;

  private String username;
  private AccountView account;
  private final StaffAccountForm form = new StaffAccountForm();
  private List<String> roles = new ArrayList<>();
  private LocalDateTime lockUntil;
  private String newPassword;
  private List<CodeName> sections = List.of();

  public void load() {
    sections = catalog.sections();
    if (username == null || username.isBlank()) {
      return;
    }
    FacesSupport.attemptLoading(
        () -> {
          account = administration.account(currentActor.require(), username);
          fill();
        });
  }

  private void fill() {
    form.setDisplayName(account.displayName());
    form.setSection(account.section());
    form.setEmail(account.email());
    form.setMobile(account.mobile());
    form.setStaffNumber(account.staffNumber());
    roles = new ArrayList<>(account.roles());
  }

  @ReportsProblems
  public String create() {
    form.setRoles(roles);
    AccountView created =
        administration.create(currentActor.require(), form, currentActor.source());
    FacesSupport.infoAfterRedirect("accounts.created", created.username());
    return "/admin/user.xhtml?faces-redirect=true&username=" + created.username();
  }

  @ReportsProblems
  public void saveDetails() {
    account =
        administration.update(
            currentActor.require(),
            username,
            form.getDisplayName(),
            form.getSection(),
            form.getEmail(),
            form.getMobile(),
            form.getStaffNumber(),
            currentActor.source());
    fill();
    FacesSupport.info("accounts.saved");
  }

  @ReportsProblems
  public void deactivate() {
    account = administration.deactivate(currentActor.require(), username, currentActor.source());
    FacesSupport.info("accounts.deactivated");
  }

  @ReportsProblems
  public void reactivate() {
    account = administration.reactivate(currentActor.require(), username, currentActor.source());
    FacesSupport.info("accounts.reactivated");
  }

  @ReportsProblems
  public void saveRoles() {
    account =
        administration.changeRoles(currentActor.require(), username, roles, currentActor.source());
    FacesSupport.info("accounts.rolesSaved");
  }

  @ReportsProblems
  public void lock() {
    account =
        administration.lock(
            currentActor.require(),
            username,
            lockUntil == null ? null : lockUntil.atZone(CHINA).toInstant(),
            currentActor.source());
    FacesSupport.info("accounts.locked");
  }

  @ReportsProblems
  public void unlock() {
    account = administration.unlock(currentActor.require(), username, currentActor.source());
    FacesSupport.info("accounts.unlocked");
  }

  @ReportsProblems
  public void resetPassword() {
    account =
        administration.resetPassword(
            currentActor.require(), username, newPassword, currentActor.source());
    newPassword = null;
    FacesSupport.info("accounts.passwordReset");
  }

  /** The roles an administrator may pick; citizens register themselves. */
  public List<String> getRoleOptions() {
    return Arrays.stream(Role.values()).filter(r -> r != Role.CITIZEN).map(Role::id).toList();
  }

  public boolean isCreating() {
    return username == null || username.isBlank();
  }

  public boolean isSystemAdministrator() {
    return currentActor.optional().map(a -> a.has(Role.ADMIN)).orElse(false);
  }

  public boolean isSecurityAdministrator() {
    return currentActor.optional().map(a -> a.has(Role.SECURITY_ADMIN)).orElse(false);
  }

  /** Whether this page shows another person's account (nobody administers their own). */
  public boolean isOther() {
    return account != null && !account.username().equals(currentActor.getUsername());
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public AccountView getAccount() {
    return account;
  }

  public StaffAccountForm getForm() {
    return form;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
  }

  public LocalDateTime getLockUntil() {
    return lockUntil;
  }

  public void setLockUntil(LocalDateTime lockUntil) {
    this.lockUntil = lockUntil;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public List<CodeName> getSections() {
    return sections;
  }
}
