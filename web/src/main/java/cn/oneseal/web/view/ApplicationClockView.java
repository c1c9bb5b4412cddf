package cn.oneseal.web.view;

import cn.oneseal.application.LegalClockService;
import cn.oneseal.application.dto.ApplicationDetails;
import cn.oneseal.application.dto.CardEventView;
import cn.oneseal.application.dto.ClockView;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.web.security.CurrentActor;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The time limit of one application (办理时限) beside its record: the applicant sees the deadlines and
 * the reasons of every extension; staff and supervisors also the card history (电子监察).
 */
@Named
@ViewScoped
public class ApplicationClockView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private LegalClockService clocks;

  @Inject private CurrentActor currentActor;

  private ClockView clock;
  private List<CardEventView> cards = List.of();
  private boolean watcher;

  /** Reads the clock of an application the page has read; {@code null}: it could not. */
  public void load(ApplicationDetails details) {
    if (details == null) {
      return;
    }
    try {
      Actor actor = currentActor.require();
      clock = clocks.clockOf(actor, details.number());
      watcher = actor.isStaff() || actor.has(Role.SUPERVISOR);
      cards = watcher ? clocks.cardHistory(actor, details.number()) : List.of();
    } catch (DomainException e) {
      FacesSupport.error(e);
    } catch (EJBException e) {
      FacesSupport.unexpected(e);
    }
  }

  public boolean isLoaded() {
    return clock != null;
  }

  public ClockView getClock() {
    return clock;
  }

  /** Staff and supervisors read the card history; the applicant does not. */
  public boolean isWatcher() {
    return watcher;
  }

  public List<CardEventView> getCards() {
    return cards;
  }
}
