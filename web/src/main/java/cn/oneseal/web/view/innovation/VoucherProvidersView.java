package cn.oneseal.web.view.innovation;

import cn.oneseal.application.VoucherService;
import cn.oneseal.application.innovation.ProviderView;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.view.shared.FacesSupport;
import cn.oneseal.web.view.shared.ReportsProblems;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The administrators keep the providers' list of innovation vouchers
 * (/admin/voucher-providers.xhtml): every provider with the account it redeems through and whether
 * it is on the list, each changed in its row; a new provider added below.
 */
@Named
@ViewScoped
public class VoucherProvidersView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private VoucherService vouchers;

  @Inject private CurrentActor currentActor;

  /** A provider as its row edits it. */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final String kind;
    private String name;
    private String account;
    private boolean active;

    Row(ProviderView p) {
      this.code = p.code();
      this.kind = p.kind();
      this.name = p.name();
      this.account = p.account();
      this.active = p.active();
    }

    public String getCode() {
      return code;
    }

    public String getKind() {
      return kind;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getAccount() {
      return account;
    }

    public void setAccount(String account) {
      this.account = account;
    }

    public boolean isActive() {
      return active;
    }

    public void setActive(boolean active) {
      this.active = active;
    }
  }

  private List<Row> rows;
  private String newCode;
  private String newName;
  private String newKind = "university";
  private String newAccount;

  public List<Row> getRows() {
    if (rows == null) {
      rows =
          new ArrayList<>(
              vouchers.providers(currentActor.require()).stream().map(Row::new).toList());
    }
    return rows;
  }

  @ReportsProblems
  public void save(Row row) {
    vouchers.updateProvider(
        currentActor.require(), row.getCode(), row.getName(), row.getAccount(), row.isActive());
    FacesSupport.info("providers.saved", row.getCode());
  }

  @ReportsProblems
  public void add() {
    ProviderView added =
        vouchers.addProvider(currentActor.require(), newCode, newName, newKind, newAccount);
    rows = null;
    newCode = null;
    newName = null;
    newAccount = null;
    FacesSupport.info("providers.added", added.code());
  }

  public List<String> getKinds() {
    return List.of("key_laboratory", "engineering_centre", "shared_platform", "university");
  }

  public String getNewCode() {
    return newCode;
  }

  public void setNewCode(String newCode) {
    this.newCode = newCode;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public String getNewKind() {
    return newKind;
  }

  public void setNewKind(String newKind) {
    this.newKind = newKind;
  }

  public String getNewAccount() {
    return newAccount;
  }

  public void setNewAccount(String newAccount) {
    this.newAccount = newAccount;
  }
}
