package cn.oneseal.web.view.account;

import cn.oneseal.application.TwoFactorService;
import cn.oneseal.application.dto.TwoFactorEnrolment;
import cn.oneseal.application.dto.TwoFactorStatus;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.infrastructure.config.OneSealConfig;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.security.SignInGate;
import cn.oneseal.web.view.shared.FacesSupport;
import cn.oneseal.web.view.shared.ReportsProblems;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Enrolling an authenticator app: the page offers a new secret (QR code and text), the person
 * proves it with a code, and the page then shows the recovery codes — this once. The secret lives
 * in this view until it is proven; nothing is stored before.
 */
@Named
@ViewScoped
public class TwoFactorView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private TwoFactorService twoFactor;

  @Inject private CurrentActor currentActor;

  @Inject private SignInGate gate;

  @Inject private OneSealConfig config;

  private TwoFactorStatus status;
  private TwoFactorEnrolment offer;
  private List<String> recoveryCodes = List.of();
  private String code;

  public void load() {
    FacesSupport.attemptLoading(
        () -> {
          Actor actor = currentActor.require();
          status = twoFactor.status(actor);
          if (!status.enrolled() && offer == null) {
            offer = twoFactor.offer(actor);
          }
        });
  }

  @ReportsProblems
  public void confirm() {
    Actor actor = currentActor.require();
    String typed = code;
    code = null;
    recoveryCodes = twoFactor.enrol(actor, offer.secret(), typed, AccountPages.source(config));
    offer = null;
    status = twoFactor.status(actor);
    gate.apply(AccountPages.session(), actor.username());
    // the page itself now says so, above the recovery codes
  }

  /** Whether the person must enrol before anything else. */
  public boolean isRequired() {
    return SignInGate.of(AccountPages.request().getSession(false))
        .filter(SignInGate.TWO_FACTOR_PAGE::equals)
        .isPresent();
  }

  public TwoFactorStatus getStatus() {
    return status;
  }

  public TwoFactorEnrolment getOffer() {
    return offer;
  }

  public List<String> getRecoveryCodes() {
    return recoveryCodes;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
