package cn.oneseal.domain.model.publication;

import java.time.LocalDate;

/**
 * What the public searches the publications by; every part is optional. {@code text} matches the
 * holder's published name (a natural person only by the surname shown) or the credit code; the days
 * bound the day of the decision, both included.
 */
public record PublicationFilter(
    String text, Publication.Kind kind, String itemCode, LocalDate from, LocalDate to) {

  public static final PublicationFilter ALL = new PublicationFilter(null, null, null, null, null);
}
