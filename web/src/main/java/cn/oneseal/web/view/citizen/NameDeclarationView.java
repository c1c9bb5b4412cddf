package cn.oneseal.web.view.citizen;

import cn.oneseal.application.NameService;
import cn.oneseal.domain.model.registration.NameDeclaration;
import cn.oneseal.domain.model.registration.NameProblem;
import cn.oneseal.domain.model.registration.NameReservation;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.web.i18n.Messages;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.view.shared.FacesSupport;
import cn.oneseal.web.view.shared.Formats;
import cn.oneseal.web.view.shared.ReportsProblems;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * Enterprise name self-declaration (企业名称自主申报) on a public page: anyone checks a name and sees every
 * problem at once, in plain language; a signed-in citizen reserves a name that passed for two
 * months. What is reserved is the name last checked, not whatever the fields hold meanwhile.
 */
@Named
@ViewScoped
public class NameDeclarationView implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String BUNDLE = "cn.oneseal.web.i18n.registration";

  /** Taiyuan, the bureau's own registration area. */
  static final String DEFAULT_AREA = "140100";

  @Inject private NameService names;

  @Inject private CurrentActor currentActor;

  private String region;
  private String tradeName;
  private String industry;
  private String organizationForm;
  private String area = DEFAULT_AREA;

  private boolean checked;
  private String fullName;
  private List<String> problems = List.of();
  private String checkedRegion;
  private String checkedTradeName;
  private String checkedIndustry;
  private String checkedOrganizationForm;
  private String checkedArea;
  private String reservedText;
  private String reservedName;
  private String reservedArea;

  /** Checks the name in the fields and remembers it as the one a reservation would take. */
  @ReportsProblems
  public void check() {
    checked = false;
    reservedText = null;
    problems = List.of();
    NameDeclaration name = new NameDeclaration(region, tradeName, industry, organizationForm);
    String where = areaOrDefault();
    problems = translate(names.check(name, where));
    fullName = name.fullName();
    checkedRegion = region;
    checkedTradeName = tradeName;
    checkedIndustry = industry;
    checkedOrganizationForm = organizationForm;
    checkedArea = where;
    checked = true;
  }

  /** Reserves the name last checked, for the signed-in citizen. */
  public void reserve() {
    if (!isCheckOk()) {
      return;
    }
    NameDeclaration name =
        new NameDeclaration(
            checkedRegion, checkedTradeName, checkedIndustry, checkedOrganizationForm);
    // not @ReportsProblems: after a refusal the problems shown are rechecked
    try {
      NameReservation reservation = names.reserve(currentActor.require(), name, checkedArea);
      reservedName = reservation.fullName();
      reservedArea = reservation.area();
      reservedText =
          text(
              "names.reserved",
              reservation.fullName(),
              Formats.formatTime(reservation.reservedUntil()));
    } catch (DomainException e) {
      FacesSupport.error(e);
      recheck(name);
    } catch (EJBException e) {
      FacesSupport.unexpected(e);
    }
  }

  /** After a refused reservation the problems shown are the name's problems now. */
  private void recheck(NameDeclaration name) {
    try {
      problems = translate(names.check(name, checkedArea));
    } catch (DomainException | EJBException e) {
      // the refusal itself is already shown
    }
  }

  private List<String> translate(List<NameProblem> found) {
    Locale locale = FacesSupport.locale();
    return found.stream()
        .map(p -> Messages.error("error." + p.code(), locale, p.args().toArray()))
        .toList();
  }

  private static String text(String key, Object... arguments) {
    return Messages.textOr(BUNDLE, key, key, FacesSupport.locale(), arguments);
  }

  private String areaOrDefault() {
    return area == null || area.isBlank() ? DEFAULT_AREA : area.strip();
  }

  public boolean isChecked() {
    return checked;
  }

  /** The last check found nothing wrong. */
  public boolean isCheckOk() {
    return checked && problems.isEmpty();
  }

  public boolean isReserved() {
    return reservedText != null;
  }

  public boolean isCanReserve() {
    return currentActor.has("citizen");
  }

  public String getFullName() {
    return fullName;
  }

  public List<String> getProblems() {
    return problems;
  }

  /** The name just reserved, which the registration form is opened with. */
  public String getReservedName() {
    return reservedName;
  }

  public String getReservedArea() {
    return reservedArea;
  }

  public String getReservedText() {
    return reservedText;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getTradeName() {
    return tradeName;
  }

  public void setTradeName(String tradeName) {
    this.tradeName = tradeName;
  }

  public String getIndustry() {
    return industry;
  }

  public void setIndustry(String industry) {
    this.industry = industry;
  }

  public String getOrganizationForm() {
    return organizationForm;
  }

  public void setOrganizationForm(String organizationForm) {
    this.organizationForm = organizationForm;
  }

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }
}
