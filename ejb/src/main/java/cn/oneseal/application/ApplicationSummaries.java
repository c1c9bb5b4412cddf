package cn.oneseal.application;

import cn.oneseal.application.dto.ApplicationSummary;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * The application lists as the screens and the API show them: rows read straight from the database
 * as {@link ApplicationSummary}, never the applications themselves. Whose applications a caller may
 * list is the service's decision; the filter it passes here already says so.
 */
public interface ApplicationSummaries {

  /** What {@link #page} accepts as {@link Paging#sort()}. */
  Set<String> SORTABLE = Set.of("number", "submittedAt", "status");

  /** One page of the matching applications, counted and sliced by the database. */
  ResultPage<ApplicationSummary> page(ApplicationFilter filter, Paging paging);

  /** The summaries of the given applications by number; unknown numbers are left out. */
  Map<String, ApplicationSummary> byNumber(Collection<String> numbers);
}
