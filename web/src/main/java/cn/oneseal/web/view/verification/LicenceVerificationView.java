package cn.oneseal.web.view.verification;

import cn.oneseal.application.LicenceService;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.web.view.shared.FacesSupport;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Public verification of a business licence (电子营业执照核验), where the licence's QR code leads: anyone
 * reads the licence record of {@code ?code=} and whether it is still valid. An unknown or malformed
 * code is simply not found.
 */
@Named
@ViewScoped
public class LicenceVerificationView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Longer input is no credit code; what is kept is enough to show what was asked. */
  static final int MAX_LENGTH = 64;

  @Inject private LicenceService licences;

  @Inject private cn.oneseal.application.VerificationService verifications;

  /** {@code ?decision=}: the QR token of an approval decision (any item), whose status is shown. */
  private String decision;

  private cn.oneseal.application.dto.VerificationResult.Document decisionRecord;

  private String code;

  /** {@code ?v=}: the version the QR code of a licence PDF names; absent for the one in force. */
  private String v;

  private String checkedCode;
  private LicencePresentation licence;
  private boolean notFound;

  /** Looks up the code of the address, if any. */
  public void load() {
    if (decision != null && !decision.isBlank()) {
      loadDecision();
      return;
    }
    String candidate = normalised(code);
    if (candidate.isEmpty()) {
      return;
    }
    checkedCode = candidate;
    // not @ReportsProblems: an unknown code shows the page's not-found panel, not a message
    try {
      licence = new LicencePresentation(licences.publicLicence(candidate, version()));
    } catch (DomainException e) {
      notFound = true;
      FacesSupport.statusFor(e);
    } catch (EJBException e) {
      FacesSupport.unexpected(e);
    }
  }

  /**
   * An approval decision of any item, by its QR token: whether it still stands (valid, superseded,
   * deregistered, revoked). A token nobody issued is not found.
   */
  private void loadDecision() {
    try {
      decisionRecord = verifications.verifyToken(decision.strip()).document();
      if (decisionRecord == null || decisionRecord.status() == null) {
        decisionRecord = null;
        notFound = true;
        FacesSupport.status(404);
      }
    } catch (DomainException e) {
      notFound = true;
      FacesSupport.statusFor(e);
    } catch (EJBException e) {
      FacesSupport.unexpected(e);
    }
  }

  public boolean isDecisionFound() {
    return decisionRecord != null;
  }

  public cn.oneseal.application.dto.VerificationResult.Document getDecisionRecord() {
    return decisionRecord;
  }

  public String getDecision() {
    return decision;
  }

  public void setDecision(String decision) {
    this.decision = decision == null || decision.length() > MAX_LENGTH ? null : decision;
  }

  /** The version asked for; one that is no whole number from 1 is a version nobody issued. */
  private Integer version() {
    if (v == null || v.isBlank()) {
      return null;
    }
    String text = v.strip();
    if (text.length() > 6 || !text.matches("[0-9]+")) {
      throw cn.oneseal.domain.shared.DomainException.notFound(
          "error.licence.versionNotFound", normalised(code), text);
    }
    return Integer.parseInt(text);
  }

  public String getV() {
    return v;
  }

  public void setV(String v) {
    this.v = v;
  }

  /** The typed code, looked up at an address of its own (a result is a link). */
  public void verify() {
    FacesSupport.redirect(
        "/verify-licence.xhtml?code="
            + URLEncoder.encode(normalised(code), StandardCharsets.UTF_8));
  }

  private static String normalised(String text) {
    if (text == null) {
      return "";
    }
    String stripped = text.strip().toUpperCase(Locale.ROOT);
    return stripped.length() > MAX_LENGTH ? stripped.substring(0, MAX_LENGTH) : stripped;
  }

  public boolean isFound() {
    return licence != null;
  }

  public boolean isNotFound() {
    return notFound;
  }

  public LicencePresentation getLicence() {
    return licence;
  }

  public String getCheckedCode() {
    return checkedCode;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
