package cn.oneseal.application.publication;

import cn.oneseal.domain.model.publication.Publication;
import cn.oneseal.domain.model.publication.PublicationFilter;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.domain.shared.DomainException.Detail;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads the public's search of the publications from text (query parameters, the page's fields) and
 * refuses, with every problem at once, what is not a search: a text over {@value #MAX_TEXT}
 * characters, a kind that does not exist, a day that is not one, a period that ends before it
 * begins.
 */
public final class PublicationQuery {

  public static final int MAX_TEXT = 100;

  private PublicationQuery() {}

  public static PublicationFilter parse(
      String text, String kind, String itemCode, String from, String to) {
    List<Detail> problems = new ArrayList<>();
    String q = blankToNull(text);
    if (q != null && q.length() > MAX_TEXT) {
      problems.add(Detail.of("q", "error.publications.text", MAX_TEXT));
      q = null;
    } else if (q != null && q.chars().anyMatch(Character::isISOControl)) {
      // a NUL byte cannot even reach PostgreSQL's text type
      problems.add(Detail.of("q", "error.publications.textCharacters"));
      q = null;
    }
    Publication.Kind k = null;
    if (blankToNull(kind) != null) {
      k = Publication.Kind.ofId(kind.strip());
      if (k == null) {
        problems.add(
            Detail.of(
                "kind",
                "error.publications.kind",
                kind,
                Arrays.stream(Publication.Kind.values())
                    .map(Publication.Kind::id)
                    .collect(Collectors.joining(", "))));
      }
    }
    String item = blankToNull(itemCode);
    if (item != null && (item.length() > 64 || item.chars().anyMatch(Character::isISOControl))) {
      problems.add(Detail.of("item", "error.publications.item", 64));
      item = null;
    }
    LocalDate start = day("from", from, problems);
    LocalDate end = day("to", to, problems);
    if (start != null && end != null && start.isAfter(end)) {
      problems.add(Detail.of("from", "error.publications.fromAfterTo", start, end));
    }
    if (!problems.isEmpty()) {
      throw DomainException.invalidAll(problems);
    }
    return new PublicationFilter(q, k, item, start, end);
  }

  private static LocalDate day(String field, String text, List<Detail> problems) {
    String clean = blankToNull(text);
    if (clean == null) {
      return null;
    }
    try {
      return LocalDate.parse(clean);
    } catch (DateTimeParseException e) {
      problems.add(Detail.of(field, "error.publications.date", text));
      return null;
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
