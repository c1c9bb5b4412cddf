package cn.oneseal.web.view.application;

import cn.oneseal.application.ApplicationForm;
import cn.oneseal.application.dto.ApplicationDetails;
import cn.oneseal.application.dto.HistoryInfo;
import cn.oneseal.application.dto.MaterialInfo;
import cn.oneseal.domain.model.application.Action;
import cn.oneseal.domain.model.application.ApplicationStatus;
import cn.oneseal.web.view.catalog.ItemSheet;
import cn.oneseal.web.view.shared.FacesSupport;
import cn.oneseal.web.view.shared.Formats;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One application as the detail page and the staff's task page show it, already in the reader's
 * language: the statutory steps (申请 → 受理 → 审查 → 决定 → 送达) and where the case stands, the form, the
 * correction notice with material names instead of codes, and the history.
 */
public final class ApplicationPresentation implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A station of the step bar; {@code state} is done, current, waiting, stopped or todo. */
  public record Station(String id, String label, String state, String date, String note)
      implements Serializable {}

  public record FormField(String name, String label, String value) implements Serializable {}

  public record HistoryRow(
      String step, String action, String actor, String at, String duration, String opinion)
      implements Serializable {}

  private static final String[] STATIONS = {"apply", "accept", "review", "decide", "deliver"};

  /**
   * Form entries that link the application to records shown on their own (a business registration's
   * one form), not answers of the applicant.
   */
  static final Set<String> LINKS = Set.of("registrationId");

  /**
   * Form entries that repeat what a case's own card shows in words (a technical contract's terms, a
   * voucher firm's industry): kept in the form so that a repeated filing must repeat them.
   */
  static final Set<String> ON_THEIR_CARD =
      Set.of(
          "contractType",
          "buyerName",
          "amountFen",
          "technicalIncomeFen",
          "signedOn",
          "industry",
          "privateFirm");

  private final ApplicationDetails details;
  private final String itemName;
  private final List<Station> stations;
  private final List<FormField> fields;
  private final List<String> correctionItems;
  private final List<HistoryRow> history;
  private final boolean registration;

  /** In whose words the case speaks ({@link ItemSheet#wording()}), {@code null} for licensing's. */
  private final String wording;

  public ApplicationPresentation(ApplicationDetails details, ItemSheet item, Locale locale) {
    this.details = details;
    boolean en = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    this.itemName =
        en && details.itemNameEn() != null ? details.itemNameEn() : details.itemNameZh();
    this.stations = stations(details, item == null ? null : item.wording());
    this.fields = fields(details.form());
    this.correctionItems =
        details.correctionItems() == null
            ? List.of()
            : details.correctionItems().stream()
                .map(c -> item == null ? c : item.materialName(c))
                .toList();
    this.registration = item != null && item.registration();
    this.wording = item == null ? null : item.wording();
    this.history = details.history().stream().map(h -> row(h, item, en, wording)).toList();
  }

  /**
   * The case's status in its own words: a business registration's in registration's (准予设立登记, 登记驳回 —
   * {@code status.registration.*}), every other case's in licensing's.
   */
  public String getStatusLabel() {
    return statusLabel(details.status(), wording);
  }

  /** The heading of the decision: 登记决定 for a registration, 审批决定 otherwise. */
  public String getDecisionTitle() {
    return label("decision.", "title", wording);
  }

  /** The decision's outcome (准予设立登记 / 登记驳回 for a registration). */
  public String getDecisionLabel() {
    return label("decision.", details.decisionOutcome(), wording);
  }

  /**
   * A status in the words of its case ({@link ItemSheet#wording()}: a registration's, a technical
   * contract's, or licensing's when {@code null}).
   */
  public static String statusLabel(String status, String wording) {
    return label("status.", status, wording);
  }

  /**
   * {@code prefix + value}, in the case's own words ({@code prefix + wording + "." + value}) where
   * the bundle has them.
   */
  private static String label(String prefix, String value, String wording) {
    String generic = FacesSupport.text(prefix + value);
    if (wording == null) {
      return generic;
    }
    String key = prefix + wording + "." + value;
    String own = FacesSupport.text(key);
    return key.equals(own) ? generic : own;
  }

  public ApplicationDetails getDetails() {
    return details;
  }

  public String getItemName() {
    return itemName;
  }

  public List<Station> getStations() {
    return stations;
  }

  public List<FormField> getFields() {
    return fields;
  }

  public List<MaterialInfo> getMaterials() {
    return details.materials();
  }

  public List<String> getCorrectionItems() {
    return correctionItems;
  }

  public List<HistoryRow> getHistory() {
    return history;
  }

  /** A decision (or refusal to accept) exists. */
  public boolean isDecided() {
    return details.decisionOutcome() != null;
  }

  /** Denials and refusals carry the applicant's rights of reconsideration and litigation. */
  public boolean isAdverse() {
    return "denied".equals(details.decisionOutcome())
        || "rejected".equals(details.decisionOutcome())
        || "refused".equals(details.decisionOutcome());
  }

  public String getDecidedAt() {
    return Formats.formatTime(details.decidedAt());
  }

  // ---- the step bar ----

  private static List<Station> stations(ApplicationDetails d, String wording) {
    ApplicationStatus status = ApplicationStatus.valueOf(d.status());
    int current;
    String currentState = "current";
    String note = null;
    switch (status) {
      case SUBMITTED -> current = 1;
      case CORRECTION_REQUESTED -> {
        current = 1;
        currentState = "waiting";
        note = FacesSupport.text("steps.note.correction");
      }
      case UNDER_REVIEW -> current = 2;
      case AWAITING_DECISION -> current = 3;
      case APPROVED, DENIED -> current = d.deliveredAt() == null ? 4 : STATIONS.length;
      case REFUSED -> {
        current = 1;
        currentState = "stopped";
        note = FacesSupport.text("steps.note.refused");
      }
      case WITHDRAWN -> {
        current = stationOf(withdrawnFrom(d));
        currentState = "stopped";
        note = FacesSupport.text("steps.note.withdrawn");
      }
      default -> current = 0;
    }
    Instant[] dates = {
      d.submittedAt(), d.acceptedAt(), reviewedAt(d), d.decidedAt(), d.deliveredAt()
    };
    if (status == ApplicationStatus.REFUSED) {
      dates[1] = d.decidedAt();
      dates[3] = null;
    }
    if (status == ApplicationStatus.WITHDRAWN) {
      dates[current] = withdrawnAt(d);
    }
    if ("contract".equals(wording) && dates[2] == null) {
      // a technical contract's registrar reviews and concludes in one act
      dates[2] = d.decidedAt();
    }
    List<Station> list = new ArrayList<>();
    for (int i = 0; i < STATIONS.length; i++) {
      String state = i < current ? "done" : i == current ? currentState : "todo";
      String date =
          "done".equals(state) || "stopped".equals(state) ? Formats.formatTime(dates[i]) : "";
      list.add(
          new Station(
              STATIONS[i],
              label("steps.", STATIONS[i], wording),
              state,
              date,
              i == current ? note : null));
    }
    return list;
  }

  private static ApplicationStatus withdrawnFrom(ApplicationDetails d) {
    return d.history().stream()
        .filter(h -> Action.WITHDRAWN.id().equals(h.action()) && h.fromStatus() != null)
        .map(h -> ApplicationStatus.valueOf(h.fromStatus()))
        .reduce((first, second) -> second)
        .orElse(ApplicationStatus.SUBMITTED);
  }

  private static Instant withdrawnAt(ApplicationDetails d) {
    return d.history().stream()
        .filter(h -> Action.WITHDRAWN.id().equals(h.action()))
        .map(HistoryInfo::occurredAt)
        .reduce((first, second) -> second)
        .orElse(null);
  }

  private static int stationOf(ApplicationStatus status) {
    return switch (status) {
      case UNDER_REVIEW -> 2;
      case AWAITING_DECISION -> 3;
      default -> 1;
    };
  }

  private static Instant reviewedAt(ApplicationDetails d) {
    return d.history().stream()
        .filter(h -> Action.REVIEWED.id().equals(h.action()))
        .map(HistoryInfo::occurredAt)
        .reduce((first, second) -> second)
        .orElse(null);
  }

  // ---- form and history ----

  private static List<FormField> fields(Map<String, String> form) {
    List<FormField> list = new ArrayList<>();
    ApplicationForm.REQUIRED.stream()
        .filter(form::containsKey)
        .forEach(name -> list.add(field(name, form.get(name))));
    form.forEach(
        (name, value) -> {
          if (!ApplicationForm.REQUIRED.contains(name)
              && !LINKS.contains(name)
              && !ON_THEIR_CARD.contains(name)) {
            list.add(field(name, value));
          }
        });
    return list;
  }

  private static FormField field(String name, String value) {
    String key = "field." + name;
    String label = FacesSupport.text(key);
    return new FormField(name, key.equals(label) ? name : label, value);
  }

  private static HistoryRow row(HistoryInfo h, ItemSheet item, boolean en, String wording) {
    return new HistoryRow(
        FacesSupport.text("step." + h.step()),
        label("action.", h.action(), wording),
        h.actor(),
        Formats.formatTime(h.occurredAt()),
        Formats.formatDuration(h.durationSeconds()),
        opinion(h, item, en));
  }

  /**
   * The recorded opinion, readable: a correction notice lists material codes ("a；b — note"), a
   * review starts with its recommendation ("[approve] …").
   */
  private static String opinion(HistoryInfo h, ItemSheet item, boolean en) {
    String text = h.opinion();
    if (text == null || text.isBlank()) {
      return "";
    }
    if (Action.CORRECTION_REQUESTED.id().equals(h.action()) && item != null) {
      int dash = text.indexOf(" — ");
      String listed = dash < 0 ? text : text.substring(0, dash);
      String rest = dash < 0 ? "" : text.substring(dash);
      String[] names =
          Arrays.stream(listed.split("；"))
              .map(String::strip)
              .map(item::materialName)
              .toArray(String[]::new);
      return String.join(en ? "; " : "；", names) + rest;
    }
    if (Action.REVIEWED.id().equals(h.action()) && text.startsWith("[")) {
      int close = text.indexOf("] ");
      if (close > 0) {
        String recommendation = text.substring(1, close);
        // in the case's own words where it has them (建议发放科技创新券, 建议准予登记)
        String label =
            label("recommendation.", recommendation, item == null ? null : item.wording());
        if (!label.equals("recommendation." + recommendation)) {
          return "〔" + label + "〕" + text.substring(close + 2);
        }
      }
    }
    return text;
  }
}
