package cn.oneseal.domain.model.publication;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The publications (双公示) and the decided cases they are made from. */
public interface PublicationRepository {

  void add(Publication publication);

  Optional<Publication> bySourceKey(String sourceKey);

  /** Approved cases that have no publication yet, oldest decision first, at most {@code limit}. */
  List<DecidedCase> approvedWithoutPublication(int limit);

  /** The decided case behind a pending publication, to complete it before it is published. */
  Optional<DecidedCase> decidedCase(String number);

  /** Not yet published, oldest due first, at most {@code limit}. */
  List<Publication> pending(int limit);

  /**
   * Published ones matching {@code filter}, ordered by {@code order} ({@code decidedOn} or {@code
   * publishedAt}; then by id), a slice of them.
   */
  List<Publication> published(
      PublicationFilter filter, String order, boolean descending, int offset, int limit);

  long countPublished(PublicationFilter filter);

  /**
   * Overdue ones: pending after their due day, or published after it; latest due first (then by
   * id).
   */
  List<Publication> overdue(LocalDate today, int offset, int limit);

  long countOverdue(LocalDate today);

  /** Those of decisions made on a day in {@code [from, until)}, pending or published. */
  List<Publication> decidedBetween(LocalDate from, LocalDate until);

  /** Every published one, oldest decision first: the open dataset. */
  List<Publication> allPublished();
}
