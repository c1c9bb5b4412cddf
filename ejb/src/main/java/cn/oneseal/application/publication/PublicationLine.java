package cn.oneseal.application.publication;

import cn.oneseal.domain.model.publication.Publication;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One publication as the public sees it: nothing here identifies a natural person beyond the
 * surname. {@code overdue} is set for the supervisors' list only (false in the public one).
 */
public record PublicationLine(
    long id,
    String kind,
    String holderName,
    boolean naturalPerson,
    String creditCode,
    String itemCode,
    String itemNameZh,
    String itemNameEn,
    String documentNumber,
    String authority,
    String summary,
    LocalDate decidedOn,
    LocalDate dueOn,
    Instant publishedAt,
    boolean overdue)
    implements Serializable {

  static PublicationLine of(Publication p, LocalDate today) {
    return new PublicationLine(
        p.getId(),
        p.getKind().id(),
        p.getHolderName(),
        p.isNaturalPerson(),
        p.getCreditCode(),
        p.getItemCode(),
        p.getItemNameZh(),
        p.getItemNameEn(),
        p.getDocumentNumber(),
        p.getAuthority(),
        p.getSummary(),
        p.getDecidedOn(),
        p.getDueOn(),
        p.getPublishedAt(),
        today != null && p.isOverdue(today));
  }
}
