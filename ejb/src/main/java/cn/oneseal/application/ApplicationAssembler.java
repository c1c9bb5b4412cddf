package cn.oneseal.application;

import cn.oneseal.application.dto.ApplicationDetails;
import cn.oneseal.application.dto.HistoryInfo;
import cn.oneseal.application.dto.MaterialInfo;
import cn.oneseal.domain.model.application.Application;
import cn.oneseal.domain.model.application.HistoryEntry;
import cn.oneseal.domain.model.application.Material;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds the read models of applications inside the transaction that loaded them. */
final class ApplicationAssembler {

  private ApplicationAssembler() {}

  static ApplicationDetails details(Application a, List<String> linked) {
    Map<String, String> form = new TreeMap<>(a.getForm());
    return new ApplicationDetails(
        a.getNumber(),
        a.getItem().getCode(),
        a.getItemVersion().getVersionNo(),
        a.getItemVersion().getName().zh(),
        a.getItemVersion().getName().en(),
        a.getApplicant(),
        a.getStatus().name(),
        a.getSubmittedAt(),
        a.getAcceptedAt(),
        a.getDecidedAt(),
        a.getDeliveredAt(),
        a.isDeemedAccepted(),
        form,
        a.getMaterials().stream().map(ApplicationAssembler::material).toList(),
        a.getCorrectionItems(),
        a.getCorrectionOpinion(),
        a.getCorrectionRequestedAt(),
        a.getCorrectionDue(),
        a.getCorrectionDue() == null ? null : a.getItemVersion().getCorrectionConsequence().zh(),
        a.getCorrectionDue() == null ? null : a.getItemVersion().getCorrectionConsequence().en(),
        a.getDecisionOutcome(),
        a.getDecisionReasons(),
        a.getWithdrawReason(),
        history(a.getHistory()),
        a.getLinkedTo(),
        linked);
  }

  static MaterialInfo material(Material m) {
    return new MaterialInfo(
        m.getId(),
        m.getRequirement(),
        m.getFileName(),
        m.getContentType(),
        m.getSizeBytes(),
        m.getUploadedAt(),
        m.getUploadedBy());
  }

  static List<HistoryInfo> history(List<HistoryEntry> entries) {
    return entries.stream().map(ApplicationAssembler::history).toList();
  }

  private static HistoryInfo history(HistoryEntry h) {
    Duration d = h.getDuration();
    return new HistoryInfo(
        h.getStep(),
        h.getAction(),
        h.getActor(),
        h.getFromStatus() == null ? null : h.getFromStatus().name(),
        h.getToStatus().name(),
        h.getStartedAt(),
        h.getOccurredAt(),
        d == null ? null : d.toSeconds(),
        h.getOpinion());
  }
}
