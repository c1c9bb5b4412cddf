package cn.oneseal.web.view.supervision;

import cn.oneseal.application.dto.ApplicationDetails;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.web.security.CurrentActor;
import cn.oneseal.web.view.shared.ReportsProblems;
import cn.oneseal.workflow.supervision.CaseTimeline;
import cn.oneseal.workflow.supervision.TimelineEntry;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A case's timeline for supervisors (/supervisor/timeline.xhtml?number=…): the engine's history,
 * the acts and the reads in one order, filtered by kind and person, printable. Anyone but a
 * supervisor is refused by the service (403), an unknown case is "not found".
 */
@Named
@ViewScoped
public class CaseTimelineView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The kinds of line, in the order the filter offers them. */
  private static final List<String> KINDS =
      List.of(TimelineEntry.ENGINE, TimelineEntry.ACT, TimelineEntry.READ);

  @Inject private CaseTimeline timeline;

  @Inject private CurrentActor currentActor;

  private String number;
  private ApplicationDetails details;
  private List<TimelineEntry> all = List.of();
  private List<String> kinds = new ArrayList<>(KINDS);
  private String who;
  private Instant openedAt;

  @ReportsProblems(pageStatus = true)
  public void load() {
    Actor actor = currentActor.require();
    CaseTimeline.Timeline found = timeline.of(actor, number);
    all = found.lines();
    details = found.file();
    openedAt = Instant.now();
  }

  /** The lines the filters let through. */
  public List<TimelineEntry> getRows() {
    String person = who == null ? "" : who.strip().toLowerCase(Locale.ROOT);
    return all.stream()
        .filter(l -> kinds.contains(l.kind()))
        .filter(
            l ->
                person.isEmpty()
                    || (l.who() != null && l.who().toLowerCase(Locale.ROOT).contains(person))
                    || (l.staffNumber() != null
                        && l.staffNumber().toLowerCase(Locale.ROOT).contains(person)))
        .toList();
  }

  public void resetFilters() {
    kinds = new ArrayList<>(KINDS);
    who = null;
  }

  public List<String> getAllKinds() {
    return KINDS;
  }

  public List<String> getKinds() {
    return kinds;
  }

  public void setKinds(List<String> kinds) {
    // only the kinds there are: a forged value filters nothing in
    this.kinds =
        kinds == null
            ? new ArrayList<>()
            : new ArrayList<>(kinds.stream().filter(KINDS::contains).toList());
  }

  public String getWho() {
    return who;
  }

  public void setWho(String who) {
    this.who = who;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public ApplicationDetails getDetails() {
    return details;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }
}
